import { createHash, randomUUID } from 'node:crypto';
import {
  lastEndedPeriod,
  reportKindLabels,
  reportPeriodContaining,
  ReportInputError,
  type ReportKind,
  type ScheduledReportKind,
} from '@panhuo/domain';
import { appendAudit } from '../../audit/audit.ts';
import { systemActorName } from '../../auth/actor.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { insertFile } from '../../files/file-repository.ts';
import type { FileStore } from '../../files/file-store.ts';
import { Problem } from '../../http/problems.ts';
import { renderReportDocx } from '../../reports/report-docx.ts';
import { renderReportXlsx } from '../../reports/report-xlsx.ts';
import { campaignScope, type CampaignUseCase } from './context.ts';
import { buildReportModel, countedOn, ReportUnavailable, type ReportRequest } from './report-models.ts';
import { findReport, insertReport, jurisdictionsWithCampaign, listReports, scheduledReportExists, type ReportRow } from './report-repository.ts';
import { findCampaign, type CampaignScope } from './repository.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const scheduledKinds: readonly ScheduledReportKind[] = ['WEEKLY_DISPATCH', 'HALF_MONTHLY_BULLETIN', 'QUARTERLY_INSPECTION'];

export const reportView = (r: ReportRow) => ({
  id: r.id,
  kind: r.kind,
  kindZh: reportKindLabels[r.kind],
  titleZh: r.titleZh,
  periodFrom: r.periodFrom,
  periodTo: r.periodTo,
  generatedAt: r.generatedAt,
  generatorName: r.generatorName,
  scheduled: r.scheduled,
});

/** The period a report made on demand covers: the week, half month or quarter of the day; the day itself otherwise. */
function periodOnDemand(kind: ReportKind, day: string): { from: string; to: string } {
  return kind === 'STOCK_TABLE' || kind === 'LINKAGE' ? { from: day, to: day } : reportPeriodContaining(kind, day);
}

interface Generation {
  db: Database;
  store: FileStore;
  jurisdictionCode: string;
  scope: CampaignScope;
  request: ReportRequest;
  scheduled: boolean;
  actor: { id: string | null; name: string; requestId: string | null };
}

async function storeBytes(tx: Queryable, store: FileStore, bytes: Buffer, name: string, mediaType: string): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await store.put(sha256, bytes);
  await insertFile(tx, { sha256, size: bytes.length, mediaType, originalName: name });
  return sha256;
}

/** Renders one report both ways and records it; null when a scheduled one was already made. */
async function generate(g: Generation): Promise<ReportRow | null> {
  const campaign = await findCampaign(g.db, g.jurisdictionCode);
  if (!campaign) throw new Problem('ACTION_REFUSED', '本辖区尚未设置攻坚行动（名称与发文机关），无法生成报表。请管理员先设置攻坚行动。');
  let model;
  try {
    model = await buildReportModel(g.db, g.jurisdictionCode, g.scope, campaign, g.request);
  } catch (err) {
    if (err instanceof ReportInputError) throw new Problem('ACTION_REFUSED', err.problemsZh.join('；'));
    if (err instanceof ReportUnavailable) throw new Problem('ACTION_REFUSED', err.message);
    throw err;
  }
  const [docx, xlsx] = await Promise.all([renderReportDocx(model), renderReportXlsx(model)]);
  const base = `${model.titleZh}（${g.request.period.from}至${g.request.period.to}）`;
  return g.db.transaction(async (tx) => {
    const row: ReportRow = {
      jurisdictionCode: g.jurisdictionCode,
      id: randomUUID(),
      kind: g.request.kind,
      titleZh: model.titleZh,
      periodFrom: g.request.period.from,
      periodTo: g.request.period.to,
      generatedAt: new Date().toISOString(),
      generatorName: g.actor.name,
      scheduled: g.scheduled,
      docxSha256: await storeBytes(tx, g.store, docx, `${base}.docx`, DOCX),
      xlsxSha256: await storeBytes(tx, g.store, xlsx, `${base}.xlsx`, XLSX),
    };
    if (!(await insertReport(tx, { ...row, generatedBy: g.actor.id }))) return null;
    await appendAudit(tx, [
      {
        jurisdictionCode: g.jurisdictionCode,
        entityType: 'campaign_report',
        entityId: row.id,
        action: 'CREATE',
        actorId: g.actor.id,
        actorName: g.actor.name,
        requestId: g.actor.requestId,
        after: { kind: row.kind, periodFrom: row.periodFrom, periodTo: row.periodTo, scheduled: row.scheduled },
      },
    ]);
    return row;
  });
}

/** 生成报表 on demand, for the period containing the as-of day (today by default). */
export async function generateReportOnDemand(uc: CampaignUseCase, store: FileStore, input: { kind: ReportKind; asOf?: string; jurisdictionCode?: string }) {
  const { jurisdictionCode, scope } = await campaignScope(uc, input.jurisdictionCode);
  const day = input.asOf ?? uc.today;
  if (day > uc.today) throw new Problem('VALIDATION_FAILED', '统计日期不能晚于今天', { errors: [{ path: 'asOf', message: '统计日期不能晚于今天' }] });
  const period = periodOnDemand(input.kind, day);
  const row = await generate({
    db: uc.db,
    store,
    jurisdictionCode,
    scope,
    request: { kind: input.kind, period, asOf: countedOn(period, day), date: uc.today },
    scheduled: false,
    actor: { id: uc.actor.userId, name: uc.actor.displayName, requestId: uc.requestId },
  });
  return reportView(row!);
}

export async function listCampaignReports(uc: CampaignUseCase, query: { jurisdictionCode?: string }) {
  const { jurisdictionCode } = await campaignScope(uc, query.jurisdictionCode);
  return { items: (await listReports(uc.db, jurisdictionCode)).map(reportView) };
}

export async function reportFile(uc: CampaignUseCase, id: string, format: 'docx' | 'xlsx') {
  const row = await findReport(uc.db, uc.actor.scope.codes, id);
  if (!row) throw new Problem('NOT_FOUND', '未找到该报表，或该报表不在您的管辖范围内');
  return { row, sha256: format === 'docx' ? row.docxSha256 : row.xlsxSha256, mediaType: format === 'docx' ? DOCX : XLSX };
}

export interface ScheduledOutcome {
  made: Array<{ jurisdictionCode: string; kind: ReportKind; from: string; to: string }>;
  failed: Array<{ jurisdictionCode: string; kind: ReportKind; error: string }>;
}

/**
 * The reports the schedule owes on `today` (周调度 for last week, 半月通报 for the last half
 * month, 季度督查 for the last quarter), for every jurisdiction with a campaign; each is made
 * once however often this runs (a unique index on kind and period).
 */
export async function generateScheduledReports(db: Database, store: FileStore, today: string): Promise<ScheduledOutcome> {
  const outcome: ScheduledOutcome = { made: [], failed: [] };
  for (const { jurisdictionCode } of await jurisdictionsWithCampaign(db)) {
    for (const kind of scheduledKinds) {
      const period = lastEndedPeriod(kind, today);
      if (await scheduledReportExists(db, jurisdictionCode, kind, period.from, period.to)) continue;
      try {
        const row = await generate({
          db,
          store,
          jurisdictionCode,
          scope: { codes: [jurisdictionCode], zoneId: null },
          request: { kind, period, asOf: period.to, date: today },
          scheduled: true,
          actor: { id: null, name: systemActorName, requestId: null },
        });
        if (row) outcome.made.push({ jurisdictionCode, kind, from: period.from, to: period.to });
      } catch (err) {
        // one county's failure must not stop the others; it is reported, not swallowed
        outcome.failed.push({ jurisdictionCode, kind, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return outcome;
}
