import { ApiError } from '../../api/client.ts';

/**
 * What to tell the user when the server refused: each field's Chinese message for a 400,
 * the reason for a refused step, else the problem's detail or title.
 */
export function refusalText(err: unknown): string {
  if (!(err instanceof ApiError)) return '操作失败，请稍后重试';
  if (err.status === 400 && err.errors.length > 0) return err.errors.map((e) => e.message).join('；');
  if (typeof err.body.reason === 'string') return err.body.reason;
  return err.userMessage;
}

/** Someone else changed the record since it was read: reload and let the user look again. */
export const isConflict = (err: unknown) => err instanceof ApiError && err.status === 409 && err.code === 'VERSION_CONFLICT';
