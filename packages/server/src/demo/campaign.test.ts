import { validateAmountTarget } from '@panhuo/domain';
import { describe, expect, it } from 'vitest';
import { demoCampaignTargets } from './campaign.ts';

describe('the demo campaign', () => {
  it('has targets that pass the same checks as the seeds’ own', () => {
    for (const t of demoCampaignTargets) expect(validateAmountTarget(t), t.id).toEqual([]);
  });

  it('splits every quarter of the county target exactly among the three war zones', () => {
    const [county, ...zones] = demoCampaignTargets;
    expect(zones).toHaveLength(3);
    county!.periods.forEach((p, i) => {
      expect(zones.reduce((s, z) => s + z.periods[i]!.parcels!, 0), p.id).toBe(p.parcels);
      expect(zones.reduce((s, z) => s + z.periods[i]!.areaMu!, 0), p.id).toBe(p.areaMu);
    });
    expect(new Set(zones.map((z) => z.scope?.warZoneId)).size).toBe(3);
  });
});
