import { z } from 'zod';
import { parcelListQuery } from '../ledger/parcel-schema.ts';

/** Request and response shapes of the Excel import and export. */

export const importQuery = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字').optional(),
});

/** Where a problem or warning of an import is: sheet, Excel row number (0: the whole sheet), header. */
export const ledgerFinding = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});

export const importSummary = z.object({
  jurisdictionCode: z.string(),
  enterprisesCreated: z.number().int(),
  enterprisesUpdated: z.number().int(),
  parcelsCreated: z.number().int(),
  parcelsUpdated: z.number().int(),
  parcelsUnchanged: z.number().int(),
  warnings: z.array(ledgerFinding),
});

/** The parcel list's filters and order, without paging: the export holds every match. */
export const exportQuery = parcelListQuery.omit({ page: true, pageSize: true });
