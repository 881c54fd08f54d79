import { Link } from 'react-router-dom';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { getWarnings, type WarningItem } from '../../api/identification.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { formatDate } from '../../format/values.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { ChoiceBar } from './ChoiceBar.tsx';
import { CriterionCategoryTag } from './labels.tsx';
import { useRuleSetChoice } from './useRuleSetChoice.ts';

const HORIZONS = [30, 60, 90, 180];

/** 预警: criteria that will be met within the horizon if nothing changes, soonest first. */
export default function WarningsPage() {
  const choice = useRuleSetChoice();
  const { county, ruleSet, params, set } = choice;
  const requested = Number(params.get('days'));
  const horizon = HORIZONS.includes(requested) ? requested : 90;
  const warnings = useRemote(
    (signal) => (county && ruleSet ? getWarnings(county, ruleSet.id, horizon, signal) : Promise.resolve(undefined)),
    [county, ruleSet?.id, horizon],
  );
  const items = [...(warnings.data?.items ?? [])].sort((a, b) => a.willBeMetOn.localeCompare(b.willBeMetOn) || a.parcelCode.localeCompare(b.parcelCode));

  if (choice.error) return <div className="ph-page"><ErrorResult error={choice.error} onRetry={choice.reload} /></div>;

  return (
    <div className="ph-page">
      <PageTitle title="预警">
        <Typography.Text type="secondary">
          如情况不变，将在所选期限内达到闲置或低效认定标准的地块，按预计符合日期排序，便于提前督促开工、复产。
        </Typography.Text>
      </PageTitle>
      <Card variant="borderless">
        <ChoiceBar choice={choice}>
          <Space size={6}>
            <Typography.Text>预警期限</Typography.Text>
            <Select
              aria-label="预警期限"
              style={{ width: 120 }}
              value={horizon}
              options={HORIZONS.map((d) => ({ value: d, label: `${d} 天内` }))}
              onChange={(d: number) => set({ days: d === 90 ? undefined : String(d) })}
            />
          </Space>
        </ChoiceBar>
        {warnings.error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title="预警加载失败"
            description={warnings.error.userMessage}
            action={<Button onClick={warnings.reload}>重试</Button>}
          />
        )}
        {ruleSet && (
          <Table<WarningItem>
            rowKey={(w) => `${w.parcelId}:${w.criterionId}`}
            size="middle"
            loading={warnings.loading}
            dataSource={items}
            locale={{ emptyText: warnings.loading ? ' ' : `${horizon} 天内没有将达到认定标准的地块` }}
            title={() =>
              warnings.data
                ? `以 ${formatDate(warnings.data.asOf)} 的台账计算（规则第 ${warnings.data.ruleSetVersion} 版），共 ${items.length} 条预警`
                : ' '
            }
            pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
            columns={[
              {
                title: '宗地编号',
                key: 'code',
                width: 140,
                render: (_: unknown, w) => <Link to={`/parcels/${w.parcelId}`}>{w.parcelCode}</Link>,
              },
              { title: '地块名称', dataIndex: 'parcelName', width: 200 },
              {
                title: '认定标准',
                key: 'criterion',
                width: 170,
                render: (_: unknown, w) => (
                  <Space size={4}>
                    <Typography.Text code>{w.criterionId}</Typography.Text>
                    <CriterionCategoryTag category={w.category} />
                  </Space>
                ),
              },
              { title: '预计符合日期', dataIndex: 'willBeMetOn', width: 140, render: (d: string) => formatDate(d) },
              {
                title: '剩余天数',
                dataIndex: 'daysLeft',
                width: 100,
                align: 'right',
                render: (d: number) => <Tag color={d <= 30 ? 'red' : d <= 60 ? 'orange' : 'gold'}>{d} 天</Tag>,
              },
              { title: '依据', dataIndex: 'evidenceZh', render: (t: string) => <Typography.Text className="ph-evidence">{t}</Typography.Text> },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
