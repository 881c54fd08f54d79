import type { IdentificationDocument, PrimaryCategory } from './result.ts';
import { zhDate } from './support.ts';

/**
 * An identification document as a plain-text Chinese table (the command line's
 * `--format table`): a summary, then one row per parcel.
 */
export const PRIMARY_CATEGORY_ZH: Record<PrimaryCategory, string> = {
  IDLE: '闲置',
  INEFFICIENT: '低效',
  INCONCLUSIVE: '无法判断',
  NONE: '未发现',
};

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000) ? 2 : 1;
  }
  return w;
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function formatIdentificationTable(doc: IdentificationDocument): string {
  const counts: Record<PrimaryCategory, number> = { IDLE: 0, INEFFICIENT: 0, INCONCLUSIVE: 0, NONE: 0 };
  const header = ['宗地', '结论', '符合的标准', '无法判断的标准', '待人工认定', '预计符合（日期）', '候选处置方式', '土地闲置费（万元）'];
  const rows: string[][] = [];
  for (const r of doc.results) {
    counts[r.primaryCategory]++;
    const met = r.criteria.filter((c) => c.status === 'MET').map((c) => c.id);
    const unknown = r.criteria.filter((c) => c.status === 'UNKNOWN').map((c) => c.id);
    const manual = r.criteria.filter((c) => c.status === 'MANUAL').map((c) => c.id);
    const soon = r.criteria.filter((c) => c.willBeMetOn).map((c) => `${c.id} ${c.willBeMetOn}`);
    const fee = r.sanctions?.idleFee_yuan;
    const feeText = r.sanctions === null ? '' : fee != null ? String(Math.round(fee) / 10_000) : r.sanctions.legalReviewRequired ? '须法律审查' : '不征缴';
    const classes = r.classes && r.classes.length > 0 ? `（${r.classes.join('、')}）` : '';
    rows.push([
      r.parcelId,
      PRIMARY_CATEGORY_ZH[r.primaryCategory] + classes,
      met.join('、') || '—',
      unknown.join('、') || '—',
      manual.join('、') || '—',
      soon.join('、') || '—',
      r.candidateDisposals.join('、') || '—',
      feeText || '—',
    ]);
  }
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  const out = [
    `认定规则：${doc.ruleSet.nameZh}（${doc.ruleSet.id}，版本 ${doc.ruleSet.version}${doc.ruleSet.status === 'DRAFT' ? '，送审稿' : ''}）`,
    `评估基准日：${zhDate(doc.asOf)}`,
    `共 ${doc.results.length} 宗：闲置 ${counts.IDLE} 宗，低效 ${counts.INEFFICIENT} 宗，无法判断 ${counts.INCONCLUSIVE} 宗，未发现 ${counts.NONE} 宗`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  return out.join('\n') + '\n';
}
