/**
 * The form of each action of the procedure: what the machine needs as input
 * (packages/domain/src/cases/types.ts, ActionInputs). Dates are DatePickers here and
 * become YYYY-MM-DD in `toActionInput`.
 */
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { disposalMethodNames, documentKindLabels, governmentCauseLabels, serviceMethodLabels, type DocumentKind } from '@panhuo/domain';
import type { CaseDocumentSummary } from '../../api/cases.ts';

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const required = (message: string) => [{ required: true, message }];
const noFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

function DateItem({ name, label, optional }: { name: string | string[]; label: string; optional?: boolean }) {
  return (
    <Form.Item name={name} label={label} rules={optional ? [] : required(`请选择${label}`)}>
      <DatePicker style={{ width: 200 }} disabledDate={noFuture} />
    </Form.Item>
  );
}

function ServiceFields({ kind, documents }: { kind: DocumentKind; documents: CaseDocumentSummary[] }) {
  const issued = documents.filter((d) => d.kind === kind && d.status === 'ISSUED');
  return (
    <>
      <Form.Item
        name="documentId"
        label={`送达的${documentKindLabels[kind] ?? '文书'}`}
        rules={required('请选择已签发的文书')}
        extra={issued.length === 0 ? `尚无已签发的${documentKindLabels[kind]}：请先在「文书」中生成并签发。` : undefined}
      >
        <Select
          placeholder="选择已签发的文书"
          options={issued.map((d) => ({ value: d.id, label: `${d.docNo ?? '（无文号）'} ${documentKindLabels[d.kind]}` }))}
        />
      </Form.Item>
      <DateItem name="servedOn" label="送达日期" />
      <Form.Item name="serviceMethod" label="送达方式" rules={required('请选择送达方式')}>
        <Radio.Group options={opts(serviceMethodLabels)} />
      </Form.Item>
    </>
  );
}

function ApprovalFields() {
  return (
    <>
      <Form.Item name={['approval', 'body']} label="批准机关" rules={required('请填写批准机关')}>
        <Input placeholder="例如：青岚县人民政府" maxLength={100} />
      </Form.Item>
      <DateItem name={['approval', 'decidedOn']} label="批准日期" />
      <Form.Item name={['approval', 'docNo']} label="批准文号">
        <Input placeholder="选填" maxLength={60} />
      </Form.Item>
      <DateItem name="hearingHeldOn" label="听证举行日期（举行听证的填写）" optional />
    </>
  );
}

/** The procedure's own disposal methods first: a Jingde case proposes D-JD…, an Order 53 case D-N…. */
function disposalOptions(profileId: string) {
  const own = profileId === 'JD-2022' ? 'D-JD' : 'D-N';
  return Object.entries(disposalMethodNames)
    .sort(([a], [b]) => Number(!a.startsWith(own)) - Number(!b.startsWith(own)))
    .map(([value, name]) => ({ value, label: `${name}（${value}）` }));
}

interface Props {
  profileId: string;
  action: string;
  serves?: DocumentKind;
  documents: CaseDocumentSummary[];
  /** the rule ids the case was opened on, offered first for 填表上报 */
  criteria: string[];
}

/** The inputs of one action; every action also takes an opinion (required to clear). */
export function ActionFields({ profileId, action, serves, documents, criteria }: Props) {
  const opinionRequired = action === 'clear';
  return (
    <>
      {serves && <ServiceFields kind={serves} documents={documents} />}
      {action === 'submitForm' && (
        <>
          <Form.Item name="proposedCriteria" label="拟认定依据（认定标准）" rules={required('请填写拟认定依据')}>
            <Select mode="tags" placeholder="选择或输入标准编号" options={criteria.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="proposedDisposal" label="拟处置方式" rules={required('请选择拟处置方式')}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              placeholder="选择处置方式"
              options={disposalOptions(profileId)}
            />
          </Form.Item>
        </>
      )}
      {action === 'groupReview' && (
        <>
          <Form.Item name="outcome" label="审定结果" rules={required('请选择审定结果')}>
            <Radio.Group options={[{ value: 'CONFIRM', label: '审定通过' }, { value: 'REJECT', label: '不予认定' }]} />
          </Form.Item>
          <DateItem name={['meeting', 'heldOn']} label="会议日期" />
        </>
      )}
      {action === 'receiveObjection' && <DateItem name="receivedOn" label="收到异议日期" />}
      {action === 'concludeReverification' && (
        <Form.Item name="outcome" label="核实结论" rules={required('请选择核实结论')}>
          <Radio.Group options={[{ value: 'UPHOLD', label: '维持认定' }, { value: 'OVERTURN', label: '异议成立，撤销' }]} />
        </Form.Item>
      )}
      {action === 'determine' && serves === 'IDLE_DETERMINATION' && <DateItem name="idleSince" label="闲置起算日" optional />}
      {action === 'closeRevitalised' && (
        <>
          <Form.Item name="evidence" label="盘活情况及证明材料" rules={required('请填写盘活情况')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <DateItem name="revitalisedOn" label="盘活完成日期" optional />
        </>
      )}
      {action === 'assessCause' && (
        <>
          <Form.Item name="cause" label="闲置原因" rules={required('请选择闲置原因')}>
            <Radio.Group options={[{ value: 'ENTERPRISE', label: '企业原因' }, { value: 'GOVERNMENT', label: '政府原因' }]} />
          </Form.Item>
          <Form.Item noStyle dependencies={['cause']}>
            {({ getFieldValue }) =>
              getFieldValue('cause') === 'GOVERNMENT' && (
                <Form.Item name="governmentCause" label="政府原因情形（第八条）" rules={required('请选择政府原因情形')}>
                  <Select options={opts(governmentCauseLabels)} />
                </Form.Item>
              )
            }
          </Form.Item>
          <DateItem name="materialsReceivedOn" label="收到企业材料日期" optional />
        </>
      )}
      {action === 'publish' && (
        <>
          <DateItem name="publishedOn" label="公示日期" />
          <Form.Item name="channel" label="公示渠道" rules={required('请填写公示渠道')}>
            <Input placeholder="例如：门户网站" maxLength={100} />
          </Form.Item>
          <Form.Item name="url" label="公示网址">
            <Input placeholder="选填" maxLength={300} />
          </Form.Item>
        </>
      )}
      {action === 'serveHearingNotice' && (
        <Form.Item name="sanction" label="拟作出的处理" rules={required('请选择拟作出的处理')}>
          <Radio.Group options={[{ value: 'FEE', label: '征缴土地闲置费' }, { value: 'RECOVERY', label: '无偿收回' }]} />
        </Form.Item>
      )}
      {(action === 'serveFeeDecision' || action === 'serveRecoveryDecision') && <ApprovalFields />}
      {action === 'serveFeeDecision' && (
        <Form.Item name="landPriceYuan" label="土地价款（元，台账未记载时填写）" rules={[{ pattern: /^\d+(\.\d{1,2})?$/, message: '请填写金额（元），最多两位小数' }]}>
          <Input style={{ width: 240 }} />
        </Form.Item>
      )}
      {action === 'requestHearing' && <DateItem name="requestedOn" label="申请听证日期" />}
      {action === 'recordPayment' && (
        <>
          <DateItem name="paidOn" label="缴款日期" />
          <Form.Item name="amountYuan" label="缴款金额（元）" rules={[...required('请填写缴款金额'), { pattern: /^\d+(\.\d{1,2})?$/, message: '请填写金额（元），最多两位小数' }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
        </>
      )}
      {action === 'recordAppeal' && (
        <>
          <Form.Item name="kind" label="类型" rules={required('请选择类型')}>
            <Radio.Group options={[{ value: 'REVIEW', label: '行政复议' }, { value: 'LITIGATION', label: '行政诉讼' }]} />
          </Form.Item>
          <DateItem name="filedOn" label="提起日期" />
        </>
      )}
      {action === 'concludeAppeal' && (
        <>
          <Form.Item name="outcome" label="结果" rules={required('请选择结果')}>
            <Radio.Group options={[{ value: 'UPHELD', label: '维持' }, { value: 'REVOKED', label: '撤销' }]} />
          </Form.Item>
          <DateItem name="concludedOn" label="作出日期" />
        </>
      )}
      {action === 'startEnforcement' && <DateItem name="appliedOn" label="申请日期" optional />}
      {action === 'recordRecovery' && <DateItem name="deregisteredOn" label="注销登记日期" />}
      <Form.Item name="opinion" label="办理意见" rules={opinionRequired ? required('撤销须填写意见') : []}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

/** Form values → the action's input: dates as YYYY-MM-DD, blanks left out. */
export function toActionInput(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (dayjs.isDayjs(value)) out[key] = value.format('YYYY-MM-DD');
    else if (typeof value === 'string') out[key] = value.trim();
    else if (typeof value === 'object' && !Array.isArray(value)) out[key] = toActionInput(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}
