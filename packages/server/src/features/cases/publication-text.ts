import { formatChineseDate, governmentCauseLabels } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { loadParcelFacts } from './parcel-facts.ts';
import type { CaseRow } from './repository.ts';
import type { DocumentRow } from './related-repository.ts';

/**
 * The text published for a determined idle parcel (Order 53 Art. 10 asks for the user,
 * location, area and cause of the idle land): built from the ledger and the served
 * 闲置土地认定书 at the moment of publication and stored, so later edits do not change it.
 */
export async function publicationText(db: Queryable, c: CaseRow, documents: DocumentRow[]): Promise<string> {
  const { parcel, enterprise } = await loadParcelFacts(db, c.jurisdictionCode, c.parcelId, c.enterpriseId);
  const determination = documents.find((d) => d.kind === 'IDLE_DETERMINATION' && d.status === 'SERVED');
  const parts = [
    `宗地编号：${parcel?.code ?? '—'}`,
    `土地位置：${parcel?.location ?? parcel?.name ?? '—'}`,
    `土地面积：${parcel ? `${parcel.area_m2.toFixed(2)}平方米` : '—'}`,
    `土地使用权人：${enterprise?.name ?? '—'}`,
  ];
  if (parcel?.agreedStartDate) parts.push(`约定动工开发日期：${formatChineseDate(parcel.agreedStartDate)}`);
  const cause = c.snapshot.cause === 'GOVERNMENT'
    ? `政府原因${c.snapshot.governmentCause ? `（${governmentCauseLabels[c.snapshot.governmentCause]}）` : ''}`
    : c.snapshot.cause === 'ENTERPRISE' ? '土地使用权人原因' : '—';
  parts.push(`闲置原因：${cause}`);
  if (determination?.docNo) {
    parts.push(`认定文书：${determination.docNo}${determination.servedOn ? `，${formatChineseDate(determination.servedOn)}送达` : ''}`);
  }
  return `${parts.join('；')}。`;
}
