import type { IsoDate } from '@panhuo/domain';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';

export { audit, checkVersion, invalid, notFound } from '../organisation/context.ts';

/** One use case of disposal: who acts, on which database, and what day it is in China. */
export interface DisposalUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
  /** settings.today in tests and demos, else today in China */
  today: IsoDate;
}

/** A step the rules do not allow now: 422 with the reason in Chinese (and the domain's code). */
export function refused(messageZh: string, refusalCode?: string): Problem {
  return new Problem('ACTION_REFUSED', messageZh, refusalCode ? { refusalCode } : {});
}

/** Whether a database error is the violation of that unique index (same code on PGlite and PostgreSQL). */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  return e.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(constraint));
}
