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

/**
 * A jurisdiction's settings: its own row, else the nearest ancestor's (a city or province
 * may set them for its counties), over the defaults. `version` is that of its own row, 0 if none.
 */
export async function loadCaseSettings(
  db: Queryable,
  jurisdictionCode: string,
): Promise<{ settings: JurisdictionCaseSettings; version: number; inheritedFrom: string | null }> {
  const { rows } = await db.query<{ code: string; settings: Partial<JurisdictionCaseSettings>; version: number }>(
    `SELECT cs.jurisdiction_code AS code, cs.settings, cs.version
       FROM case_settings cs JOIN jurisdictions j ON j.code = cs.jurisdiction_code
      WHERE (SELECT path FROM jurisdictions WHERE code = $1) LIKE j.path || '%'
      ORDER BY length(j.path)`,
    [jurisdictionCode],
  );
  let settings: JurisdictionCaseSettings = defaultJurisdictionCaseSettings;
  // farthest first, so the nearest row wins; merged so that a setting added later has a value
  for (const r of rows) settings = { ...settings, ...r.settings, profileFor: { ...settings.profileFor, ...r.settings.profileFor } };
  const own = rows.find((r) => r.code === jurisdictionCode);
  const nearest = rows.at(-1);
  return { settings, version: own?.version ?? 0, inheritedFrom: nearest && nearest.code !== jurisdictionCode ? nearest.code : null };
}

/** The national working-day calendar: every listed rest day and make-up working day. */
export async function loadWorkingCalendar(db: Queryable): Promise<WorkingCalendar> {
  const { rows } = await db.query<{ date: string; kind: 'HOLIDAY' | 'WORKDAY' }>('SELECT date, kind FROM calendar_days ORDER BY date');
  return {
    holidays: rows.filter((r) => r.kind === 'HOLIDAY').map((r) => r.date),
    workdays: rows.filter((r) => r.kind === 'WORKDAY').map((r) => r.date),
  };
}
