import { expect } from 'vitest';
import type { TestContext } from '../helpers/context.ts';

/**
 * HTTP steps shared by the case API tests (cases*.test.ts). Documents go through the
 * documents API (draft → issue), so a served document is a real issued one.
 */

export interface CaseView {
  id: string;
  caseNo: string;
  profileId: string;
  state: string;
  stateLabel: string;
  version: number;
  nextDeadline: { kind: string; label: string; dueOn: string } | null;
  overdue: boolean;
  deadlines: Array<{ kind: string; dueOn: string; overdue: boolean }>;
  allowedActions: Array<{ action: string; label: string; allowed: boolean; reason?: string }>;
  snapshot: Record<string, unknown>;
  documents: Array<{ id: string; kind: string; status: string; docNo: string | null; servedOn: string | null }>;
  restrictions: Array<{ type: string; department: string; active: boolean; since: string; liftedOn: string | null }>;
  publications: Array<{ publishedOn: string; channel: string; content: string }>;
  inspections: Array<Record<string, unknown>>;
  timeline: Array<{ seq: number; action: string; label: string; fromState: string | null; toState: string; actionOn: string; documentId: string | null }>;
}

export function steps(t: TestContext) {
  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    t.request({ method, url: `/api/v1${url}`, cookie, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

  const setToday = (day: string) => {
    t.app.ctx.settings.today = day;
  };

  async function getCase(cookie: string, id: string): Promise<CaseView> {
    const res = await api('GET', `/cases/${id}`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CaseView;
  }

  async function openCase(cookie: string, body: Record<string, unknown>): Promise<CaseView> {
    const res = await api('POST', '/cases', cookie, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CaseView;
  }

  /** Performs a step on the current version; expects success. */
  async function act(cookie: string, id: string, action: string, input: Record<string, unknown> = {}, opinion?: string): Promise<CaseView> {
    const current = await getCase(cookie, id);
    const res = await api('POST', `/cases/${id}/actions`, cookie, { action, version: current.version, input, ...(opinion ? { opinion } : {}) });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    const after = res.json() as CaseView;
    expect(after.version).toBe(current.version + 1);
    return after;
  }

  /** Tries a step expecting a refusal; answers the problem body. */
  async function refused(cookie: string, id: string, action: string, input: Record<string, unknown> = {}): Promise<{ status: number; code: string; refusalCode?: string; reason?: string; detail?: string }> {
    const current = await getCase(cookie, id);
    const res = await api('POST', `/cases/${id}/actions`, cookie, { action, version: current.version, input });
    expect(res.statusCode, res.body).not.toBe(200);
    return { status: res.statusCode, ...(res.json() as { code: string; refusalCode?: string; reason?: string; detail?: string }) };
  }

  async function ensureIssuingUnit(cookie: string, jurisdictionCode: string, code: string): Promise<void> {
    const list = await api('GET', '/issuing-units', cookie);
    if ((list.json() as { items: Array<{ code: string; jurisdictionCode: string }> }).items.some((u) => u.code === code && u.jurisdictionCode === jurisdictionCode)) return;
    const res = await api('POST', '/issuing-units', cookie, { jurisdictionCode, code, name: '测试县自然资源局' });
    expect(res.statusCode, res.body).toBe(201);
  }

  /**
   * Drafts a document of the case, fills what the draft marks （待补充：…） as an editor
   * would, and issues it with the unit's next 文号.
   */
  async function issuedDocument(cookie: string, caseId: string, kind: string, issuerCode: string): Promise<{ id: string; docNo: string }> {
    const draft = await api('POST', `/cases/${caseId}/documents`, cookie, { kind });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json() as { id: string; version: number; content: unknown };
    const filled = JSON.parse(JSON.stringify(d.content).replace(/（待补充：([^）]*)）/g, '$1（经核实）')) as unknown;
    const edited = await api('PUT', `/documents/${d.id}`, cookie, { content: filled, version: d.version });
    expect(edited.statusCode, edited.body).toBe(200);
    const issued = await api('POST', `/documents/${d.id}/issue`, cookie, { issuerCode });
    expect(issued.statusCode, issued.body).toBe(200);
    return issued.json() as { id: string; docNo: string };
  }

  return { api, setToday, getCase, openCase, act, refused, ensureIssuingUnit, issuedDocument };
}
