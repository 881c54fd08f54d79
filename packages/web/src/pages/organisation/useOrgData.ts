import { useMemo } from 'react';
import { listBodies, listPeople, listPositions, listUnits, type OrgBody, type OrgPerson, type OrgPosition, type OrgUnit } from '../../api/organisation.ts';
import { useRemote } from '../../hooks/useRemote.ts';

export interface OrgData {
  units: OrgUnit[];
  positions: OrgPosition[];
  people: OrgPerson[];
  bodies: OrgBody[];
}

/**
 * Everything the three tabs show, for one jurisdiction and one day's holders (`on`,
 * today when empty), loaded together so that a save reloads one consistent picture.
 */
export function useOrgData(jurisdictionCode: string | undefined, on: string | undefined) {
  const remote = useRemote(
    async (signal): Promise<OrgData | undefined> => {
      if (!jurisdictionCode) return undefined;
      const [units, positions, people, bodies] = await Promise.all([
        listUnits(jurisdictionCode, signal),
        listPositions({ jurisdictionCode, on }, signal),
        listPeople(jurisdictionCode, signal),
        listBodies({ jurisdictionCode, on }, signal),
      ]);
      return { units, positions, people, bodies };
    },
    [jurisdictionCode, on],
  );
  return remote;
}

/** Look-ups the tabs share: positions by unit, and each position's memberships in bodies. */
export function useOrgIndex(data: OrgData | undefined) {
  return useMemo(() => {
    const positionsByUnit = new Map<string, OrgPosition[]>();
    const membershipsByPosition = new Map<string, Array<{ body: OrgBody; roleLabel: string }>>();
    for (const p of data?.positions ?? []) positionsByUnit.set(p.unitId, [...(positionsByUnit.get(p.unitId) ?? []), p]);
    for (const body of data?.bodies ?? []) {
      for (const m of body.members) {
        membershipsByPosition.set(m.positionId, [...(membershipsByPosition.get(m.positionId) ?? []), { body, roleLabel: m.roleLabel }]);
      }
    }
    const unitName = new Map((data?.units ?? []).map((u) => [u.id, u.name]));
    return { positionsByUnit, membershipsByPosition, unitName };
  }, [data]);
}

export type OrgIndex = ReturnType<typeof useOrgIndex>;
