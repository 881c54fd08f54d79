import type { OfficialDocument, TableCell } from './model.ts';
import type { DocumentInput } from './input.ts';
import { documentKindLabels } from './kinds.ts';
import { pending } from './model.ts';
import { date, text } from './format.ts';
import { disposalMethodLabel } from './legal.ts';
import { h1, p } from './common.ts';

/** 领导小组会议纪要: one meeting, who attended, each case's conclusion (batch review). */
export function buildMeetingMinutes(input: DocumentInput): OfficialDocument {
  const m = input.meeting;
  const blocks: OfficialDocument['blocks'] = [];
  if (!m) {
    blocks.push(p(pending('会议情况')));
  } else {
    const host = m.host ? `由${m.host}主持，` : '';
    const topics = m.topics ? `，研究${m.topics.replace(/。$/, '')}` : '';
    blocks.push(
      p(`${date(m.heldOn, '会议日期')}，闲置低效工业用地盘活处置工作领导小组在${text(m.place, '会议地点')}召开会议，${host}审定工作专班上报的${m.cases.length}宗闲置低效工业用地认定事项${topics}。现将会议议定事项纪要如下：`),
      h1('一、审定结果'),
    );
    const header: TableCell[] = ['序号', '案件编号', '企业名称', '宗地', '审定结论'].map((t) => ({ text: t, bold: true, align: 'center' }));
    const rows = m.cases.map((c, i): TableCell[] => [
      { text: String(i + 1), align: 'center' },
      { text: c.caseNo },
      { text: c.enterpriseName },
      { text: c.parcelName ? `${c.parcelCode}（${c.parcelName}）` : c.parcelCode },
      { text: c.outcome === 'CONFIRM' ? '审定通过' : '不予认定' },
    ]);
    blocks.push({ type: 'table', rows: [header, ...rows], columnWidths: [7, 20, 33, 23, 17] });
    m.cases.forEach((c, i) => {
      const disposal = c.proposedDisposal?.length ? `拟处置方式为${c.proposedDisposal.map(disposalMethodLabel).join('、')}。` : '';
      const criteria = c.proposedCriteria?.length ? `符合${c.proposedCriteria.join('、')}认定标准，` : '';
      const verdict =
        c.outcome === 'CONFIRM'
          ? `会议认为，${c.enterpriseName}使用的${c.parcelCode}宗地${criteria}同意认定为闲置低效工业用地。${disposal}`
          : `会议认为，${c.enterpriseName}使用的${c.parcelCode}宗地不予认定为闲置低效工业用地，撤销该案件。`;
      blocks.push(p(`（${i + 1}）${verdict}${c.conclusion ? c.conclusion : ''}`));
    });
    blocks.push(
      h1('二、工作要求'),
      p('审定通过的，由领导小组办公室将审定结果书面反馈企业；企业对结果有异议的，给予一次重新核实机会。不予认定的，由工作专班撤销案件并告知相关单位。'),
      h1('三、出席人员'),
      p(m.attendees.length ? m.attendees.join('、') : pending('出席人员')),
    );
  }
  return {
    kind: 'MEETING_MINUTES',
    issuer: input.issuer,
    title: documentKindLabels.MEETING_MINUTES,
    blocks,
    signer: input.signer ?? input.issuer,
  };
}
