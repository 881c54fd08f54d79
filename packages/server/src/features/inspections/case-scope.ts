import type { Actor } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';

/** What field verification and attachments need to know of a case. */
export interface CaseRef {
  jurisdictionCode: string;
  id: string;
  caseNo: string;
  parcelId: string;
  enterpriseId: string | null;
  closedOn: string | null;
}

/**
 * The case if the actor may see it: in their jurisdiction subtree and, for park staff, on a
 * parcel of their park. Anything else is answered 404 so its existence is not revealed.
 */
export async function findCaseInScope(db: Queryable, actor: Actor, caseId: string): Promise<CaseRef> {
  const { rows } = await db.query<CaseRef>(
    `SELECT c.jurisdiction_code AS "jurisdictionCode", c.id, c.case_no AS "caseNo", c.parcel_id AS "parcelId",
            c.enterprise_id AS "enterpriseId", c.closed_on AS "closedOn"
       FROM cases c
       JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
      WHERE c.jurisdiction_code = ANY($1) AND c.id = $2 AND ($3::uuid IS NULL OR p.zone_id = $3)`,
    [actor.scope.codes, caseId, actor.scope.zoneId],
  );
  if (!rows[0]) throw new Problem('NOT_FOUND', '未找到该案件，或该案件不在您的管辖范围内');
  return rows[0];
}
