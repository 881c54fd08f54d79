import { listQuotas, listRateBases, listCampaignTargets } from '../../api/campaign.ts';
import { listBodies, listUnits } from '../../api/organisation.ts';
import { useRemote } from '../../hooks/useRemote.ts';

/**
 * Everything the targets page shows for one jurisdiction (the one asked for, else the one
 * whose campaign the server shows by default): the campaign and targets, the denominators
 * and quotas, and the war zones and units a target may be allocated to.
 */
export function useTargetsData(asked: string | undefined) {
  return useRemote(async (signal) => {
    const list = await listCampaignTargets(asked, signal);
    const code = list.jurisdictionCode;
    const [bases, quotas, bodies, units] = await Promise.all([listRateBases(code, signal), listQuotas(code, signal), listBodies({ jurisdictionCode: code }, signal), listUnits(code, signal)]);
    return {
      list,
      rateBases: bases.items,
      quotas: quotas.items,
      scope: {
        warZones: bodies.filter((b) => b.kind === 'WAR_ZONE').map((b) => ({ id: b.id, name: b.name })),
        units: units.map((u) => ({ id: u.id, name: u.name })),
      },
    };
  }, [asked]);
}
