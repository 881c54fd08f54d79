import type { ReportKind } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { CampaignScope } from './repository.ts';

/** SQL of generated campaign reports and of what only the reports read. */

export interface ReportRow {
  jurisdictionCode: string;
  id: string;
  kind: ReportKind;
  titleZh: string;
  periodFrom: string;
  periodTo: string;
  generatedAt: string;
  generatorName: string;
  scheduled: boolean;
  docxSha256: string;
  xlsxSha256: string;
}

const reportSelect = `SELECT jurisdiction_code AS "jurisdictionCode", id, kind, title AS "titleZh", period_from AS "periodFrom", period_to AS "periodTo",
  generated_at AS "generatedAt", generator_name AS "generatorName", scheduled, docx_sha256 AS "docxSha256", xlsx_sha256 AS "xlsxSha256"
  FROM campaign_reports`;

export async function listReports(db: Queryable, jurisdictionCode: string, limit = 200): Promise<ReportRow[]> {
  const { rows } = await db.query<ReportRow>(`${reportSelect} WHERE jurisdiction_code = $1 ORDER BY generated_at DESC, period_to DESC LIMIT $2`, [jurisdictionCode, limit]);
  return rows;
}

export async function findReport(db: Queryable, codes: string[], id: string): Promise<ReportRow | null> {
  const { rows } = await db.query<ReportRow>(`${reportSelect} WHERE jurisdiction_code = ANY($1) AND id = $2`, [codes, id]);
  return rows[0] ?? null;
}

/** Inserts a report; a scheduled one that another process already made is skipped (false). */
export async function insertReport(
  db: Queryable,
  r: Omit<ReportRow, 'generatedAt'> & { generatedBy: string | null },
): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO campaign_reports (jurisdiction_code, id, kind, title, period_from, period_to, generated_by, generator_name, scheduled, docx_sha256, xlsx_sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (jurisdiction_code, kind, period_from, period_to) WHERE scheduled DO NOTHING
     RETURNING id`,
    [r.jurisdictionCode, r.id, r.kind, r.titleZh, r.periodFrom, r.periodTo, r.generatedBy, r.generatorName, r.scheduled, r.docxSha256, r.xlsxSha256],
  );
  return rows.length > 0;
}

export async function scheduledReportExists(db: Queryable, jurisdictionCode: string, kind: ReportKind, from: string, to: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM campaign_reports WHERE jurisdiction_code = $1 AND kind = $2 AND period_from = $3 AND period_to = $4 AND scheduled`,
    [jurisdictionCode, kind, from, to],
  );
  return rows.length > 0;
}

export async function jurisdictionsWithCampaign(db: Queryable): Promise<Array<{ jurisdictionCode: string }>> {
  const { rows } = await db.query<{ jurisdictionCode: string }>(`SELECT jurisdiction_code AS "jurisdictionCode" FROM campaigns ORDER BY jurisdiction_code`);
  return rows;
}

export interface ReportTaskReportRow {
  taskId: string;
  reportedOn: string;
  progressZh: string;
  problemsZh: string;
  nextStepsZh: string;
  done: boolean;
}

/** Every progress report of the tasks in scope (the weekly sheet picks the week's). */
export async function taskReportsInScope(db: Queryable, scope: CampaignScope, from: string, to: string): Promise<ReportTaskReportRow[]> {
  const { rows } = await db.query<ReportTaskReportRow>(
    `SELECT r.task_id AS "taskId", r.reported_on AS "reportedOn", r.progress AS "progressZh", r.problems AS "problemsZh",
            r.next_steps AS "nextStepsZh", r.done
       FROM disposal_task_reports r
       JOIN disposal_tasks t ON t.jurisdiction_code = r.jurisdiction_code AND t.id = r.task_id
       JOIN disposal_plans pl ON pl.jurisdiction_code = t.jurisdiction_code AND pl.id = t.plan_id
       JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id
      WHERE r.jurisdiction_code = ANY($1) AND ($2::uuid IS NULL OR pa.zone_id = $2) AND r.reported_on BETWEEN $3 AND $4
      ORDER BY r.reported_on, r.created_at`,
    [scope.codes, scope.zoneId, from, to],
  );
  return rows;
}

/**
 * The area of each park's parcels by the category of the jurisdiction's latest finished
 * identification run: the stock the statistics table reports (suspected idle, inefficient).
 */
export async function stockByZone(
  db: Queryable,
  jurisdictionCode: string,
): Promise<{ asOf: string | null; rows: Array<{ zoneName: string | null; category: 'IDLE' | 'INEFFICIENT'; area_m2: number }> }> {
  const run = await db.query<{ id: string; asOf: string }>(
    `SELECT id, as_of AS "asOf" FROM identification_runs WHERE jurisdiction_code = $1 AND finished_at IS NOT NULL ORDER BY finished_at DESC LIMIT 1`,
    [jurisdictionCode],
  );
  const latest = run.rows[0];
  if (!latest) return { asOf: null, rows: [] };
  const { rows } = await db.query<{ zoneName: string | null; category: 'IDLE' | 'INEFFICIENT'; area_m2: number }>(
    `SELECT zone_name AS "zoneName", primary_category AS category, sum(area_m2) AS area_m2
       FROM identification_results WHERE jurisdiction_code = $1 AND run_id = $2 AND primary_category IN ('IDLE', 'INEFFICIENT')
      GROUP BY zone_name, primary_category ORDER BY zone_name`,
    [jurisdictionCode, latest.id],
  );
  return { asOf: latest.asOf, rows };
}
