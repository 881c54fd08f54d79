/** Builders for the case tests: a fake clock is a `today` in the context. */
import type { DocumentKind, DocumentStatus } from '../documents/kinds.ts';
import { decide } from './machine.ts';
import {
  defaultCaseSettings,
  type ActionId,
  type ActionInput,
  type CaseSettings,
  type CaseSnapshot,
  type Decision,
  type DecisionContext,
  type Transition,
  type WorkingCalendar,
} from './types.ts';

/** National Day 2026: 1–7 October off, Saturday 10 October worked (调休). */
export const nationalDay2026: WorkingCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};

export function ctxOn(today: string, settings: Partial<CaseSettings> = {}, calendar: WorkingCalendar = nationalDay2026): DecisionContext {
  return { today, calendar, settings: { ...defaultCaseSettings, ...settings } };
}

export function doc(id: string, kind: DocumentKind, status: DocumentStatus = 'ISSUED'): CaseSnapshot['documents'][number] {
  return { id, kind, status };
}

export function jdCase(state: CaseSnapshot['state'], extra: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    profile: 'JD-2022',
    state,
    category: 'INEFFICIENT',
    openedOn: '2026-09-01',
    reverificationCount: 0,
    documents: [],
    ...extra,
  };
}

export function natCase(state: CaseSnapshot['state'], extra: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    profile: 'NAT-IDLE-2012',
    state,
    category: 'IDLE',
    openedOn: '2026-09-01',
    discoveredOn: '2026-09-01',
    agreedStartDate: '2024-03-01',
    landPriceYuan: '1234567.89',
    reverificationCount: 0,
    documents: [],
    ...extra,
  };
}

/** Applies a decision that must be a transition, the way the server merges it. */
export function step<A extends ActionId>(c: CaseSnapshot, action: A, input: ActionInput<A>, ctx: DecisionContext): { c: CaseSnapshot; d: Transition } {
  const d: Decision = decide(c, action, input, ctx);
  if (!d.ok) throw new Error(`${action} refused: ${d.code} ${d.reason}`);
  return { c: { ...c, ...d.patch }, d };
}

/** The server marks a served document SERVED; the tests do the same. */
export function markServed(c: CaseSnapshot, documentId: string): CaseSnapshot {
  return { ...c, documents: c.documents.map((x) => (x.id === documentId ? { ...x, status: 'SERVED' as const } : x)) };
}
