import type { DocumentKind } from './kinds.ts';
import type { DocumentInput } from './input.ts';
import type { OfficialDocument } from './model.ts';
import { buildFeeDecision, buildHearingNotice, buildIdleDetermination, buildInvestigationNotice, buildRecoveryDecision } from './national.ts';
import { buildDeterminationNotice, buildReviewFeedback } from './jingde.ts';
import { buildEnterpriseForm } from './form.ts';
import { buildMeetingMinutes } from './minutes.ts';

/** The draft content of a document of `kind` from the case's facts (pure). */
export function buildDocument(kind: DocumentKind, input: DocumentInput): OfficialDocument {
  switch (kind) {
    case 'INVESTIGATION_NOTICE':
      return buildInvestigationNotice(input);
    case 'IDLE_DETERMINATION':
      return buildIdleDetermination(input);
    case 'JD_REVIEW_FEEDBACK':
      return buildReviewFeedback(input);
    case 'JD_DETERMINATION_NOTICE':
      return buildDeterminationNotice(input);
    case 'HEARING_NOTICE':
      return buildHearingNotice(input);
    case 'FEE_DECISION':
      return buildFeeDecision(input);
    case 'RECOVERY_DECISION':
      return buildRecoveryDecision(input);
    case 'ENTERPRISE_FORM':
      return buildEnterpriseForm(input);
    case 'MEETING_MINUTES':
      return buildMeetingMinutes(input);
    default: {
      const never: never = kind;
      throw new Error(`unknown document kind ${String(never)}`);
    }
  }
}
