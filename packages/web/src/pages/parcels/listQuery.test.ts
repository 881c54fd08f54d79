import { describe, expect, it } from 'vitest';
import { hasFilters, readListQuery, toParcelFilters, writeListQuery } from './listQuery.ts';

describe('the ledger list query with a map selection', () => {
  const within = JSON.stringify({ type: 'Polygon', coordinates: [[[116.1, 25.1], [116.2, 25.1], [116.2, 25.2], [116.1, 25.1]]] });

  it('keeps the selection polygon through the URL and passes it to the API', () => {
    const params = writeListQuery({ within, page: 1, pageSize: 20 });
    const back = readListQuery(new URLSearchParams(params.toString()));
    expect(back.within).toBe(within);
    expect(toParcelFilters(back).within).toBe(within);
    expect(hasFilters(back)).toBe(true);
  });

  it('has no selection unless the URL carries one', () => {
    const q = readListQuery(new URLSearchParams('q=QL'));
    expect(q.within).toBeUndefined();
    expect(toParcelFilters(q).within).toBeUndefined();
  });
});
