/**
 * A case profile is the procedure of one jurisdiction as data: its states, and its actions
 * with from/to states, the document served and the clocks started. Each action carries two
 * guard functions: `precheck` sees only the case and today (so the UI can grey an action
 * out with the reason), `apply` also sees the input and yields the outcome.
 */
import type { DocumentKind } from '../documents/kinds.ts';
import type {
  ActionId,
  ActionInputs,
  CaseProfileId,
  CaseSnapshot,
  CaseState,
  DeadlineKind,
  DecisionContext,
  Effect,
  Refusal,
} from './types.ts';

export interface Outcome {
  to: CaseState;
  patch?: Partial<CaseSnapshot>;
  effects?: Effect[];
}

export interface ActionSpec<A extends ActionId = ActionId> {
  id: A;
  label: string;
  from: readonly CaseState[];
  /** every state the action can lead to (for diagrams and docs) */
  to: readonly CaseState[];
  /** the document kind served on the enterprise; the input then names an ISSUED one */
  serves?: DocumentKind;
  /** clocks started on the day of service */
  starts?: readonly DeadlineKind[];
  /** the kinds of effects the action may have (documentation; `apply` produces them) */
  effects?: readonly Effect['kind'][];
  /** a refusal more precise than ACTION_NOT_ALLOWED when the state does not fit */
  refuseFrom?(c: CaseSnapshot): Refusal | undefined;
  precheck?(c: CaseSnapshot, ctx: DecisionContext): Refusal | undefined;
  apply(c: CaseSnapshot, input: ActionInputs[A], ctx: DecisionContext): Refusal | Outcome;
}

export type AnyActionSpec = { [A in ActionId]: ActionSpec<A> }[ActionId];

export interface CaseProfile {
  id: CaseProfileId;
  /** Chinese name of the procedure */
  name: string;
  /** the documents the procedure rests on */
  basis: string;
  initialState: CaseState;
  states: ReadonlyArray<{ id: CaseState; label: string }>;
  /** states in which the case is over */
  finalStates: readonly CaseState[];
  actions: readonly AnyActionSpec[];
}

/** Keeps the action id and its input type together when a profile lists its actions. */
export function defineAction<A extends ActionId>(spec: ActionSpec<A>): ActionSpec<A> {
  return spec;
}
