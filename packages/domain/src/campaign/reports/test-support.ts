/** Builders for the report tests: tasks with the API's field names, and reading a model back. */
import type { ReportModel, ReportTable } from './model.ts';
import type { ReportTask } from './tasks.ts';

export function task(titleZh: string, dueOn: string, extra: Partial<ReportTask> = {}): ReportTask {
  return { parcelCode: 'WP-001', parcelName: '城东一号地块', titleZh, dueOn, status: 'OPEN', positionTitle: '股长', unitName: '县自然资源局', holderName: '王某', ...extra };
}

export function tableOf(model: ReportModel, titleZh: string): ReportTable {
  for (const s of model.sections) for (const b of s.blocks) if (b.type === 'table' && b.titleZh === titleZh) return b;
  throw new Error(`no table ${titleZh}`);
}

export const column = (table: ReportTable, headerZh: string) => {
  const i = table.columns.findIndex((c) => c.headerZh === headerZh);
  if (i < 0) throw new Error(`no column ${headerZh}`);
  return table.rows.map((r) => r.cells[i]);
};

export const paragraphsOf = (model: ReportModel): string[] => model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));

export const headingsOf = (model: ReportModel): string[] => model.sections.flatMap((s) => (s.headingZh ? [s.headingZh] : []));
