import { caseProfile, type CaseProfileId } from '@panhuo/domain';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { loadCaseSettings, type CaseUseCase, type JurisdictionCaseSettings } from './context.ts';

/** Case settings and the national working-day calendar (admin pages). */

function settingsJurisdiction(uc: Omit<CaseUseCase, 'today'>, jurisdictionCode: string | undefined): string {
  const code = jurisdictionCode ?? uc.actor.jurisdictionCode;
  if (!uc.actor.scope.codes.includes(code)) throw new Problem('NOT_FOUND', '未找到该辖区，或该辖区不在您的管辖范围内');
  return code;
}

export async function getCaseSettings(uc: Omit<CaseUseCase, 'today'>, jurisdictionCode: string | undefined) {
  const code = settingsJurisdiction(uc, jurisdictionCode);
  const { settings, version, inheritedFrom } = await loadCaseSettings(uc.db, code);
  return { jurisdictionCode: code, version, inheritedFrom, settings };
}

export async function putCaseSettings(
  uc: Omit<CaseUseCase, 'today'>,
  input: { jurisdictionCode?: string; version: number; settings: JurisdictionCaseSettings },
) {
  const code = settingsJurisdiction(uc, input.jurisdictionCode);
  for (const [category, profile] of Object.entries(input.settings.profileFor)) {
    const p = caseProfile(profile as CaseProfileId);
    // a profile is written for one category of land: Order 53 only knows idle land
    if (profile === 'NAT-IDLE-2012' && category !== 'IDLE') {
      throw new Problem('VALIDATION_FAILED', `${p.name}仅适用于闲置土地`, { errors: [{ path: `settings.profileFor.${category}`, message: `${p.name}仅适用于闲置土地` }] });
    }
  }
  await uc.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`case_settings:${code}`]);
    const current = await loadCaseSettings(tx, code);
    if (current.version !== input.version) {
      throw new Problem('VERSION_CONFLICT', `认定程序设置在您编辑期间已被修改（当前为第 ${current.version} 版），请刷新后再保存`, { currentVersion: current.version });
    }
    await tx.query(
      `INSERT INTO case_settings (jurisdiction_code, settings, version, updated_by) VALUES ($1, $2::jsonb, 1, $3)
       ON CONFLICT (jurisdiction_code) DO UPDATE SET settings = EXCLUDED.settings, version = case_settings.version + 1,
         updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [code, JSON.stringify(input.settings), uc.actor.userId],
    );
    await appendAudit(tx, [
      {
        jurisdictionCode: code,
        entityType: 'case_settings',
        entityId: code,
        entityVersion: current.version + 1,
        action: 'UPDATE',
        actorId: uc.actor.userId,
        actorName: uc.actor.displayName,
        requestId: uc.requestId,
        before: current.settings,
        after: input.settings,
      },
    ]);
  });
  return getCaseSettings(uc, code);
}

export interface CalendarDay {
  date: string;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string;
}

export async function getCalendar(uc: Omit<CaseUseCase, 'today'>, year: number) {
  const { rows } = await uc.db.query<CalendarDay>(
    `SELECT date, kind, name FROM calendar_days WHERE date >= make_date($1, 1, 1) AND date < make_date($1 + 1, 1, 1) ORDER BY date`,
    [year],
  );
  return { year, days: rows };
}

async function auditCalendar(uc: Omit<CaseUseCase, 'today'>, tx: Parameters<typeof appendAudit>[0], date: string, action: 'UPDATE' | 'DELETE', before: unknown, after: unknown) {
  // the calendar is national; the record is filed under the admin's own jurisdiction
  await appendAudit(tx, [
    { jurisdictionCode: uc.actor.jurisdictionCode, entityType: 'calendar_day', entityId: date, action, actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before, after },
  ]);
}

export async function putCalendarDay(uc: Omit<CaseUseCase, 'today'>, date: string, input: { kind: CalendarDay['kind']; name: string }) {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  // a make-up working day only makes sense on a weekend; a weekend needs no holiday entry
  if (input.kind === 'WORKDAY' && !weekend) throw new Problem('VALIDATION_FAILED', `${date}本是工作日，无需设为调休上班日`, { errors: [{ path: 'kind', message: '仅周末可设为调休上班日' }] });
  if (input.kind === 'HOLIDAY' && weekend) throw new Problem('VALIDATION_FAILED', `${date}本是周末，无需设为节假日`, { errors: [{ path: 'kind', message: '仅工作日可设为节假日' }] });
  await uc.db.transaction(async (tx) => {
    const { rows } = await tx.query<CalendarDay>('SELECT date, kind, name FROM calendar_days WHERE date = $1 FOR UPDATE', [date]);
    await tx.query(
      `INSERT INTO calendar_days (date, kind, name) VALUES ($1, $2, $3)
       ON CONFLICT (date) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name`,
      [date, input.kind, input.name],
    );
    await auditCalendar(uc, tx, date, 'UPDATE', rows[0] ?? null, { date, ...input });
  });
  return { date, kind: input.kind, name: input.name };
}

export async function deleteCalendarDay(uc: Omit<CaseUseCase, 'today'>, date: string) {
  await uc.db.transaction(async (tx) => {
    const { rows } = await tx.query<CalendarDay>('DELETE FROM calendar_days WHERE date = $1 RETURNING date, kind, name', [date]);
    if (!rows[0]) throw new Problem('NOT_FOUND', `日历中没有${date}的设置`);
    await auditCalendar(uc, tx, date, 'DELETE', rows[0], null);
  });
}
