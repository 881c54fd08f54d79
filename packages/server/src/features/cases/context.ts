import {
  defaultCaseSettings,
  todayInChina,
  type CaseProfileId,
  type CaseSettings,
  type IsoDate,
  type WorkingCalendar,
} from '@panhuo/domain';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Settings } from '../../config/settings.ts';

/** One use case of the procedure: who acts, on which database, and what day it is in China. */
export interface CaseUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
  today: IsoDate;
}

/** The procedure's date: PANHUO_TODAY in tests and demos, else today in China (UTC+8). */
export function todayOf(settings: Settings): IsoDate {
  return settings.today ?? todayInChina();
}

/** A jurisdiction's settings of the procedure: the domain's, plus which profile each category follows. */
export interface JurisdictionCaseSettings extends CaseSettings {
  profileFor: Record<'IDLE' | 'INEFFICIENT', CaseProfileId>;
}

export const defaultJurisdictionCaseSettings: JurisdictionCaseSettings = {
  ...defaultCaseSettings,
  profileFor: { IDLE: 'NAT-IDLE-2012', INEFFICIENT: 'JD-2022' },
};

export async function loadCaseSettings(db: Queryable, jurisdictionCode: string): Promise<{ settings: JurisdictionCaseSettings; version: number }> {
  const { rows } = await db.query<{ settings: Partial<JurisdictionCaseSettings>; version: number }>(
    'SELECT settings, version FROM case_settings WHERE jurisdiction_code = $1',
    [jurisdictionCode],
  );
  const stored = rows[0];
  // stored settings are merged over the defaults so that a setting added later has a value
  const settings: JurisdictionCaseSettings = {
    ...defaultJurisdictionCaseSettings,
    ...stored?.settings,
    profileFor: { ...defaultJurisdictionCaseSettings.profileFor, ...stored?.settings.profileFor },
  };
  return { settings, version: stored?.version ?? 0 };
}

/** The national working-day calendar: every listed rest day and make-up working day. */
export async function loadWorkingCalendar(db: Queryable): Promise<WorkingCalendar> {
  const { rows } = await db.query<{ date: string; kind: 'HOLIDAY' | 'WORKDAY' }>('SELECT date, kind FROM calendar_days ORDER BY date');
  return {
    holidays: rows.filter((r) => r.kind === 'HOLIDAY').map((r) => r.date),
    workdays: rows.filter((r) => r.kind === 'WORKDAY').map((r) => r.date),
  };
}
