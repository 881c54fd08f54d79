import { Descriptions, Form, Input, Select, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { builtInCampaignTargets, type CampaignTarget } from '@panhuo/domain';
import { figuresText, percentOf } from './figures.ts';
import { kindLabels } from './labels.ts';

/** What a seed's target asks, in one line. */
export function targetSummary(t: CampaignTarget): string {
  switch (t.kind) {
    case 'AMOUNT':
      return `${t.periods.length} 期，总目标 ${figuresText(t.total ?? t.periods[t.periods.length - 1])}`;
    case 'QUARTERLY_SCHEDULE':
      return `各季度累计 ${t.checkpoints.map((c) => percentOf(c.cumulativeShare)).join(' / ')}`;
    case 'DISPOSAL_RATE':
      return `年度处置率 ${percentOf(t.minShare)} 以上`;
    case 'LINKAGE':
      return `完成奖励 ${percentOf(t.rewardShare)}、未完成核减 ${percentOf(t.penaltyShare)}（依据 ${t.taskTargetIds.join('、')}）`;
  }
}

/**
 * 从示例方案导入: one of the targets the seed documents state (Wuping's quarters, Qinzhou's
 * milestones, rates and 增存挂钩, Yongning's draft rate), copied for this jurisdiction with
 * its figures and wording, to be edited afterwards.
 */
export function BuiltInPicker({ form }: { form: FormInstance }) {
  const chosenId = Form.useWatch('fromBuiltIn', form) as string | undefined;
  const chosen = builtInCampaignTargets.find((t) => t.id === chosenId);
  return (
    <>
      <Form.Item name="fromBuiltIn" label="示例方案中的目标" rules={[{ required: true, message: '请选择一个示例目标' }]}>
        <Select
          placeholder="请选择"
          optionLabelProp="title"
          options={builtInCampaignTargets.map((t) => ({
            value: t.id,
            title: `${t.id} · ${t.nameZh}`,
            label: (
              <div className="ph-builtin-option">
                <div>
                  <Tag>{kindLabels[t.kind]}</Tag>
                  <b>{t.nameZh}</b> <Typography.Text type="secondary">{t.id}</Typography.Text>
                </div>
                <Typography.Text type="secondary" className="ph-builtin-doc">
                  {t.source.documentZh}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      </Form.Item>
      {chosen && (
        <Descriptions size="small" column={1} bordered className="ph-builtin-preview">
          <Descriptions.Item label="目标">{targetSummary(chosen)}</Descriptions.Item>
          <Descriptions.Item label="来源文件">{chosen.source.documentZh}</Descriptions.Item>
          <Descriptions.Item label="原文表述">
            <span className="ph-verbatim">{chosen.source.wordingZh}</span>
          </Descriptions.Item>
          <Descriptions.Item label="平台解读">
            <span className="ph-verbatim">{chosen.source.readingZh}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form.Item
        name="id"
        label="本辖区的目标编号"
        style={{ marginTop: 16 }}
        rules={[{ pattern: /^[A-Z0-9-]{2,40}$/, message: '2–40 位大写字母、数字或连字符' }]}
        extra="不填则沿用示例的编号。导入的目标暂为停用，按本辖区的方案修改分期、数字、起算日期和文字后再启用。"
      >
        <Input maxLength={40} placeholder={chosen?.id ?? '沿用示例编号'} style={{ maxWidth: 320 }} />
      </Form.Item>
    </>
  );
}
