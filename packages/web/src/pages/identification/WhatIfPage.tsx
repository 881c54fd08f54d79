import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Col, DatePicker, Row, Select, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import { ExperimentOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { formatMu, formatSquareMetres } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { runWhatIf, type CriterionChange, type WhatIfResult } from '../../api/identification.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate } from '../../format/values.ts';
import { useCan } from '../../session/session.tsx';
import { ChoiceBar } from './ChoiceBar.tsx';
import { PrimaryCategoryTag } from './labels.tsx';
import { changedParams } from './params.ts';
import { SaveVersionDialog } from './SaveVersionDialog.tsx';
import { ThresholdForm, type Edits } from './ThresholdForm.tsx';
import { useRuleSetChoice } from './useRuleSetChoice.ts';

type WhatIfRow = WhatIfResult['items'][number];

/** 规则模拟: change thresholds, see which parcels would change category, without saving anything. */
export default function WhatIfPage() {
  const can = useCan();
  const isAdmin = can('rules:manage');
  const { message } = App.useApp();
  const choice = useRuleSetChoice();
  const { county, ruleSet, params, set } = choice;
  const versions = [...(ruleSet?.versions ?? [])].sort((a, b) => b.version - a.version);
  const requestedVersion = Number(params.get('version'));
  const base = versions.find((v) => v.version === requestedVersion) ?? versions[0];
  const [asOf, setAsOf] = useState<Dayjs | null>(dayjs());
  const [edits, setEdits] = useState<Edits>({});
  const [result, setResult] = useState<WhatIfResult>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const [saveOpen, setSaveOpen] = useState(false);

  const changes: CriterionChange[] = (base?.criteria ?? [])
    .map((c) => ({ criterionId: c.id, params: changedParams(c, edits[c.id] ?? {}) }))
    .filter((c) => Object.keys(c.params).length > 0);

  const reset = () => {
    setEdits({});
    setResult(undefined);
    setError(undefined);
  };

  const simulate = async () => {
    if (!county || !ruleSet || !base || !asOf) return;
    setRunning(true);
    setError(undefined);
    try {
      setResult(
        await runWhatIf({ jurisdictionCode: county, ruleSetId: ruleSet.id, basedOnVersion: base.version, asOf: asOf.format('YYYY-MM-DD'), changes }),
      );
    } catch (err) {
      setResult(undefined);
      setError(err instanceof ApiError ? err.userMessage : '模拟失败');
    } finally {
      setRunning(false);
    }
  };

  if (choice.error) return <div className="ph-page"><ErrorResult error={choice.error} onRetry={choice.reload} /></div>;

  return (
    <div className="ph-page">
      <PageTitle title="规则模拟">
        <Typography.Text type="secondary">调整认定标准的门槛，查看有多少地块、多少亩的认定结论会因此改变。</Typography.Text>
      </PageTitle>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <ChoiceBar choice={choice}>
          <Space size={6}>
            <Typography.Text>基准版本</Typography.Text>
            <Select
              aria-label="基准版本"
              style={{ width: 260 }}
              value={base?.version}
              options={versions.map((v) => ({ value: v.version, label: `第 ${v.version} 版（${formatDate(v.effectiveFrom)}起）` }))}
              onChange={(v: number) => {
                set({ version: String(v) });
                reset();
              }}
            />
          </Space>
          <Space size={6}>
            <Typography.Text>认定基准日</Typography.Text>
            <DatePicker aria-label="模拟基准日" value={asOf} onChange={setAsOf} allowClear={false} />
          </Space>
        </ChoiceBar>
        {base && (
          <>
            <ThresholdForm criteria={base.criteria} edits={edits} onChange={setEdits} />
            <Space style={{ marginTop: 16 }} wrap>
              <Button type="primary" icon={<ExperimentOutlined />} loading={running} disabled={changes.length === 0} onClick={() => void simulate()}>
                模拟
              </Button>
              <Button onClick={reset} disabled={changes.length === 0 && !result}>
                恢复原门槛
              </Button>
              {isAdmin && (
                <Button icon={<SaveOutlined />} disabled={changes.length === 0} onClick={() => setSaveOpen(true)}>
                  保存为新版本
                </Button>
              )}
              <Typography.Text type="secondary">
                {changes.length > 0 ? `已修改 ${changes.length} 项认定标准的门槛` : '请先修改至少一项门槛'}
              </Typography.Text>
            </Space>
          </>
        )}
      </Card>
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="模拟失败" description={error} />}
      {result && (
        <Card variant="borderless" title="模拟结果">
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="模拟结果不保存，也不影响已有的认定结果。" />
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title="评估地块" value={result.parcelCount} suffix="宗" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="结论改变的地块" value={result.changedCount} suffix="宗" />
            </Col>
            <Col xs={12} md={6}>
              <Tooltip title={formatSquareMetres(result.changedArea_m2)}>
                <div>
                  <Statistic title="结论改变的面积" value={formatMu(result.changedArea_m2)} />
                </div>
              </Tooltip>
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="认定基准日" value={formatDate(result.asOf)} />
            </Col>
          </Row>
          <Table<WhatIfRow>
            rowKey="parcelId"
            size="small"
            dataSource={result.items}
            locale={{ emptyText: '调整后没有地块的认定结论发生变化' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 宗` }}
            columns={[
              { title: '宗地编号', key: 'code', render: (_: unknown, r) => <Link to={`/parcels/${r.parcelId}`}>{r.parcelCode}</Link> },
              { title: '地块名称', dataIndex: 'parcelName' },
              { title: '面积', dataIndex: 'area_m2', align: 'right', render: (m2: number) => <AreaText m2={m2} /> },
              {
                title: '结论变化',
                key: 'change',
                render: (_: unknown, r) => (
                  <Space size={4}>
                    <PrimaryCategoryTag category={r.before} />→<PrimaryCategoryTag category={r.after} />
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      {ruleSet && base && (
        <SaveVersionDialog
          open={saveOpen}
          ruleSetId={ruleSet.id}
          ruleSetName={ruleSet.nameZh}
          basedOnVersion={base.version}
          changes={changes}
          onClose={() => setSaveOpen(false)}
          onSaved={(saved) => {
            setSaveOpen(false);
            reset();
            choice.reload();
            set({ version: String(saved.version) });
            void message.info('新版本已保存，可在「规则版本」中查看');
          }}
        />
      )}
    </div>
  );
}
