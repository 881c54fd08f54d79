/**
 * The data a measure captures (DOMAIN.md §4.8), only the parts its method declares
 * (`fields`): a 协议有偿收回 asks for the valuation, a 分割转让 for the area split. Money is
 * typed in 万元 and sent as a decimal string in yuan; dates are sent as YYYY-MM-DD.
 */
import type { ReactNode } from 'react';
import { Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { formatMu } from '@panhuo/domain';
import type { Agreement, AgreementType, MeasureData, MeasureField, MethodOption, NewDeadlines } from '../../api/disposal.ts';
import { agreementTypeLabels, feeKindLabels, measureFieldLabels, newDeadlineLabels, valuationBasisLabels } from '@panhuo/domain';

type NamePath = (string | number)[];

const required = (message: string) => [{ required: true, message }];
const LAND_BASES = ['BENCHMARK_LAND_PRICE', 'ACTUAL_ACQUISITION_COST', 'MARKET_APPRAISAL', 'NEGOTIATED'];
const BUILDING_BASES = ['REPLACEMENT_COST', 'APPRAISAL'];
const DEFAULT_DEADLINES: Array<keyof NewDeadlines> = ['start', 'completion', 'production'];
const options = (keys: string[], labels: Readonly<Record<string, string>>) => keys.map((k) => ({ value: k, label: labels[k] ?? k }));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 12px 0', marginBottom: 12 }}>
      <legend style={{ fontSize: 13, width: 'auto', padding: '0 4px', margin: 0, border: 0, color: 'rgba(0,0,0,0.65)' }}>{title}</legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>{children}</div>
    </fieldset>
  );
}

function Money({ name, label, requiredMessage }: { name: NamePath; label: string; requiredMessage?: string }) {
  return (
    <Form.Item name={name} label={label} rules={requiredMessage ? required(requiredMessage) : []}>
      <InputNumber<number> min={0} precision={4} suffix="万元" style={{ width: 200 }} />
    </Form.Item>
  );
}

function DateField({ name, label, requiredMessage }: { name: NamePath; label: string; requiredMessage?: string }) {
  return (
    <Form.Item name={name} label={label} rules={requiredMessage ? required(requiredMessage) : []}>
      <DatePicker style={{ width: 200 }} />
    </Form.Item>
  );
}

/** m² entered, 亩 shown beside it as the user types. */
export function AreaField({ name, label, extra }: { name: NamePath; label: string; extra?: ReactNode }) {
  return (
    <Form.Item label={label} required extra={extra}>
      <Space align="baseline">
        <Form.Item name={name} noStyle rules={required(`请填写${label}`)}>
          <InputNumber<number> min={0} precision={2} suffix="m²" style={{ width: 200 }} aria-label={label} />
        </Form.Item>
        <Form.Item noStyle dependencies={[name]}>
          {({ getFieldValue }) => {
            const v = getFieldValue(name) as number | null | undefined;
            return <Typography.Text type="secondary">{v == null ? '≈ — 亩' : `≈ ${formatMu(v)}`}</Typography.Text>;
          }}
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

/** 协议: its type (from the method's list when it has one), the signing day, the parties and 协议编号. */
export function AgreementFields({
  prefix,
  agreementTypes,
  defaultType,
  withoutSignedAt,
}: {
  prefix: NamePath;
  agreementTypes?: string[] | null;
  /** the type already recorded on the measure, else the method's first */
  defaultType?: string;
  /** 登记签订协议 records the signing day as the step's own date */
  withoutSignedAt?: boolean;
}) {
  const types = agreementTypes?.length ? agreementTypes : Object.keys(agreementTypeLabels);
  return (
    <>
      {/* the method's first agreement type is the one its seed proposes; a form's initialValues must not name it too */}
      <Form.Item name={[...prefix, 'type']} label="协议类型" rules={required('请选择协议类型')} initialValue={defaultType ?? agreementTypes?.[0]}>
        <Select style={{ width: 260 }} options={options(types, agreementTypeLabels)} />
      </Form.Item>
      {!withoutSignedAt && <DateField name={[...prefix, 'signedAt']} label="签订日期" />}
      <Form.Item name={[...prefix, 'docNo']} label="协议编号">
        <Input maxLength={60} style={{ width: 200 }} placeholder="选填" />
      </Form.Item>
      <Form.Item name={[...prefix, 'parties']} label="协议各方" rules={required('请填写协议各方')} extra="输入一方后按回车，可填写多方" style={{ width: '100%' }}>
        <Select mode="tags" open={false} placeholder="例如：县自然资源局、县商务局、某某公司" />
      </Form.Item>
      <Form.Item name={[...prefix, 'termsZh']} label="协议主要内容" style={{ width: '100%' }}>
        <Input.TextArea rows={2} maxLength={4000} placeholder="选填：约定的期限、指标、违约责任等" />
      </Form.Item>
    </>
  );
}

/** 措施完成时限 and 备注, which every measure has whatever its method. */
export function MeasureCommonFields({ prefix }: { prefix: NamePath }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16 }}>
      <Form.Item name={[...prefix, 'deadline']} label="措施完成时限">
        <DatePicker style={{ width: 200 }} placeholder="选填，默认按方案时限" />
      </Form.Item>
      <Form.Item name={[...prefix, 'notesZh']} label="备注" style={{ flex: 1, minWidth: 260 }}>
        <Input maxLength={4000} placeholder="选填" />
      </Form.Item>
    </div>
  );
}

interface Props {
  /** where the measure's data sits in the form, e.g. ['measures', 'D-WP01'] */
  prefix: NamePath;
  method: Pick<MethodOption, 'fields' | 'agreementTypes' | 'deadlineFields'>;
  /** the agreement type already recorded, when editing */
  agreementType?: string;
}

export function MeasureDataFields({ prefix, method, agreementType }: Props) {
  const at = (...rest: string[]): NamePath => [...prefix, ...rest];
  const deadlineFields = method.deadlineFields?.length ? method.deadlineFields : DEFAULT_DEADLINES;
  return (
    <>
      {method.fields.map((field) => {
        switch (field) {
          case 'counterparty':
            return (
              <Section key={field} title={measureFieldLabels[field] ?? field}>
                <Form.Item name={at('counterparty', 'name')} label="名称" rules={required('请填写交易或合作对象名称')} style={{ minWidth: 300 }}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name={at('counterparty', 'uscc')} label="统一社会信用代码">
                  <Input maxLength={18} style={{ width: 220 }} placeholder="选填" />
                </Form.Item>
              </Section>
            );
          case 'agreement':
            return (
              <Section key={field} title={measureFieldLabels[field] ?? field}>
                <AgreementFields prefix={at('agreement')} agreementTypes={method.agreementTypes} defaultType={agreementType} />
              </Section>
            );
          case 'valuation':
            return (
              <Section key={field} title={measureFieldLabels[field] ?? field}>
                <Form.Item name={at('valuation', 'landBasis')} label="土地作价依据" rules={required('请选择土地作价依据')}>
                  <Select style={{ width: 200 }} options={options(LAND_BASES, valuationBasisLabels)} />
                </Form.Item>
                <Money name={at('valuation', 'landValue_yuan')} label="土地价值" />
                <Form.Item name={at('valuation', 'buildingBasis')} label="地上建筑物作价依据">
                  <Select allowClear style={{ width: 200 }} options={options(BUILDING_BASES, valuationBasisLabels)} />
                </Form.Item>
                <Money name={at('valuation', 'buildingValue_yuan')} label="地上建筑物价值" />
                <Form.Item name={at('valuation', 'movablesExcluded')} valuePropName="checked" style={{ width: '100%' }}>
                  <Checkbox>机械设备等动产不计入，由企业自行处置</Checkbox>
                </Form.Item>
              </Section>
            );
          case 'areaSplit':
            return (
              <Section key={field} title={measureFieldLabels[field] ?? field}>
                <AreaField name={at('areaSplit', 'retained_m2')} label="保留面积" />
                <AreaField name={at('areaSplit', 'transferred_m2')} label="分割转让（收回）面积" />
              </Section>
            );
          case 'fee':
            return (
              <Section key={field} title={measureFieldLabels[field] ?? field}>
                <Form.Item name={at('fee', 'kind')} label="费用类型" rules={required('请选择费用类型')}>
                  <Select style={{ width: 200 }} options={options(Object.keys(feeKindLabels), feeKindLabels)} />
                </Form.Item>
                <Money name={at('fee', 'amount_yuan')} label="金额" requiredMessage="请填写金额" />
                <Form.Item name={at('fee', 'rate')} label="费率（占土地价款）">
                  <InputNumber<number> min={0} max={100} precision={2} suffix="%" style={{ width: 200 }} placeholder="选填" />
                </Form.Item>
                <DateField name={at('fee', 'dueAt')} label="缴纳期限" />
                <DateField name={at('fee', 'paidAt')} label="缴清日期" />
              </Section>
            );
          case 'newDeadlines':
            return (
              <Section key={field} title={measureFieldLabels[field] ?? field}>
                {deadlineFields.map((k) => (
                  <DateField key={k} name={at('newDeadlines', k)} label={newDeadlineLabels[k] ?? k} />
                ))}
              </Section>
            );
        }
      })}
    </>
  );
}

// ---- form values → API values -------------------------------------------------------------

const iso = (v: unknown) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : undefined);
/** 万元 typed → yuan as a decimal string, kept exact to the fen */
const yuan = (v: unknown) => (typeof v === 'number' ? (Math.round(v * 1_000_000) / 100).toFixed(2) : undefined);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** Drops keys whose value is undefined, so a blank optional field is not sent at all. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

type Part = Record<string, unknown> | undefined;

export function toAgreement(a: Part): Agreement {
  return compact({
    type: String(a?.type ?? '') as AgreementType,
    signedAt: iso(a?.signedAt),
    parties: Array.isArray(a?.parties) ? a.parties.map((p) => String(p).trim()).filter(Boolean) : [],
    docNo: text(a?.docNo),
    termsZh: text(a?.termsZh),
  });
}

/** The declared parts of the form's values, in API units. */
export function toMeasureData(values: Record<string, unknown> | undefined, fields: MeasureField[]): MeasureData {
  const v = values ?? {};
  const out: MeasureData = {};
  for (const field of fields) {
    const part = (v[field] ?? {}) as Record<string, unknown>;
    switch (field) {
      case 'counterparty':
        out.counterparty = compact({ name: text(part.name) ?? '', uscc: text(part.uscc) });
        break;
      case 'agreement':
        out.agreement = toAgreement(part);
        break;
      case 'valuation':
        out.valuation = compact({
          landBasis: String(part.landBasis ?? ''),
          landValue_yuan: yuan(part.landValue_yuan),
          buildingBasis: text(part.buildingBasis),
          buildingValue_yuan: yuan(part.buildingValue_yuan),
          movablesExcluded: part.movablesExcluded === true ? true : undefined,
        });
        break;
      case 'areaSplit':
        out.areaSplit = { retained_m2: num(part.retained_m2) ?? 0, transferred_m2: num(part.transferred_m2) ?? 0 };
        break;
      case 'fee':
        out.fee = compact({
          kind: String(part.kind ?? ''),
          amount_yuan: yuan(part.amount_yuan) ?? '0',
          rate: typeof part.rate === 'number' ? part.rate / 100 : undefined,
          dueAt: iso(part.dueAt),
          paidAt: iso(part.paidAt),
        });
        break;
      case 'newDeadlines':
        out.newDeadlines = compact(Object.fromEntries(Object.entries(part).map(([k, d]) => [k, iso(d)])));
        break;
    }
  }
  const notes = text(v.notesZh);
  if (notes) out.notesZh = notes;
  return out;
}

// ---- API values → form values (editing a measure) ---------------------------------------------

const day = (d: string | null | undefined) => (d ? dayjs(d) : undefined);
/** yuan as a decimal string → 万元 for the input */
const tenThousand = (y: string | null | undefined) => {
  const n = y == null ? NaN : Number(y);
  return Number.isFinite(n) ? n / 10_000 : undefined;
};

/** A stored measure's data as the form holds it: dayjs dates, 万元, % . */
export function toFormData(m: MeasureData & { deadline?: string | null }): Record<string, unknown> {
  return {
    deadline: day(m.deadline),
    counterparty: m.counterparty,
    // the type comes in through the field's own initialValue (AgreementFields)
    agreement: m.agreement && { parties: m.agreement.parties, docNo: m.agreement.docNo, termsZh: m.agreement.termsZh, signedAt: day(m.agreement.signedAt) },
    valuation: m.valuation && {
      ...m.valuation,
      landValue_yuan: tenThousand(m.valuation.landValue_yuan),
      buildingValue_yuan: tenThousand(m.valuation.buildingValue_yuan),
    },
    areaSplit: m.areaSplit,
    fee: m.fee && {
      ...m.fee,
      amount_yuan: tenThousand(m.fee.amount_yuan),
      rate: m.fee.rate != null ? Math.round(m.fee.rate * 10_000) / 100 : undefined,
      dueAt: day(m.fee.dueAt),
      paidAt: day(m.fee.paidAt),
    },
    newDeadlines: m.newDeadlines && Object.fromEntries(Object.entries(m.newDeadlines).map(([k, d]) => [k, day(d)])),
    notesZh: m.notesZh,
  };
}
