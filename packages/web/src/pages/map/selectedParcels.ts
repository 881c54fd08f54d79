import { listParcels } from '../../api/parcels.ts';
import type { ParcelSummary } from '../../api/types.ts';

/** More than this many parcels in one selection are counted but not all listed. */
export const SELECTION_LIST_LIMIT = 2000;
const PAGE_SIZE = 200;

/** The parcels intersecting `within`, page by page up to the limit, and their total. */
export async function loadSelectedParcels(within: string, jurisdictionCode: string | undefined, signal: AbortSignal) {
  const items: ParcelSummary[] = [];
  for (let page = 1; ; page++) {
    const answer = await listParcels({ within, jurisdictionCode, sort: 'code', order: 'asc' }, page, PAGE_SIZE, signal);
    items.push(...answer.items);
    if (answer.items.length < PAGE_SIZE || items.length >= answer.total || items.length >= SELECTION_LIST_LIMIT) {
      return { items, total: answer.total };
    }
  }
}
