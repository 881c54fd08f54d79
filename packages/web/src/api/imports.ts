import { api, downloadFile } from './client.ts';
import type { ImportSummary } from './types.ts';

export const downloadLedgerTemplate = () => downloadFile('/imports/ledger/template', undefined, '地块台账导入模板.xlsx');

export function importLedger(file: File, jurisdictionCode: string | undefined): Promise<ImportSummary> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<ImportSummary>('/imports/ledger', form, { jurisdictionCode });
}
