import type { ParkKey } from './county.ts';
import type { Ctx } from './context.ts';
import type { ParcelDraft } from './parcel-builder.ts';
import * as idle from './scenarios-idle.ts';
import * as ops from './scenarios-operations.ts';

/**
 * The county's parcels: every situation of DOMAIN.md §2 on two to four parcels spread
 * over the three parks, and a majority of healthy producers. Signing dates are fixed
 * here so each situation holds against the demo's "today" (2026-11-23); sizes and
 * figures come from the seeded generator.
 */
export function draftCounty(ctx: Ctx): ParcelDraft[] {
  const out: ParcelDraft[] = [];
  const add = (d: ParcelDraft) => {
    out.push(d);
    return d;
  };

  // Enterprises with two parcels: a producing first phase and a second phase.
  const firstA = add(ops.healthy(ctx, 'XC', '2012-04-16', { industry: 'machinery', mu: [40, 70] }));
  add(idle.idleOneYear(ctx, 'XC', '2024-06-10', firstA.enterprise));
  const firstB = add(ops.healthy(ctx, 'YX', '2015-12-08', { industry: 'electronics', mu: [30, 60] }));
  add(idle.underConstruction(ctx, 'YX', '2025-02-10', firstB.enterprise));
  const firstC = add(ops.healthy(ctx, 'SL', '2013-03-28', { industry: 'food', mu: [20, 40] }));
  const secondC = add(ops.healthy(ctx, 'SL', '2019-08-26', { enterprise: firstC.enterprise, mu: [15, 30], phase: '（二期）' }));
  secondC.situations.push('SECOND_PARCEL');

  // Idle: not started.
  add(idle.idleOneYear(ctx, 'YX', '2024-09-18'));
  add(idle.idleOneYear(ctx, 'SL', '2025-03-05'));
  add(idle.idleTwoYears(ctx, 'SL', '2021-04-12', 'building'));
  add(idle.idleTwoYears(ctx, 'XC', '2022-08-20', 'materials'));
  add(idle.idleTwoYears(ctx, 'YX', '2023-11-02', 'machinery'));
  add(idle.idleGovernment(ctx, 'XC', '2022-05-16', 1));
  add(idle.idleGovernment(ctx, 'YX', '2023-03-20', 2));
  add(idle.idleGovernment(ctx, 'SL', '2022-10-09', 4));
  add(idle.idleGovernment(ctx, 'YX', '2023-12-01', null));
  add(idle.idleNoAgreedStart(ctx, 'XC', '2015-07-20'));
  add(idle.idleNoAgreedStart(ctx, 'SL', '2017-04-11'));
  add(idle.preIdle(ctx, 'XC', '2025-06-20'));
  add(idle.preIdle(ctx, 'YX', '2025-08-15'));
  add(idle.preIdle(ctx, 'SL', '2025-10-28'));

  // Idle or inefficient: started but stalled, or building too slowly.
  add(idle.idleStalled(ctx, 'XC', '2019-03-15', 0.2, 0.15, '2020-11-01'));
  add(idle.idleStalled(ctx, 'YX', '2020-06-08', 0.5, 0.18, '2022-05-10'));
  add(idle.idleStalled(ctx, 'SL', '2021-09-22', 0.25, 0.3, '2024-08-15'));
  add(idle.haltedForFunds(ctx, 'YX', '2019-11-05', '2022-03-01'));
  add(idle.haltedForFunds(ctx, 'XC', '2022-01-10', '2025-06-30'));
  add(idle.developmentBand(ctx, 'XC', '2022-04-06', 0.45));
  add(idle.developmentBand(ctx, 'SL', '2023-02-27', 0.72));
  add(idle.investmentBand(ctx, 'YX', '2022-06-15', 0.28));
  add(idle.investmentBand(ctx, 'SL', '2023-01-09', 0.38));
  add(idle.abandonedCommercial(ctx, 'XC', '2017-05-08', '0505', '2020-08-01'));
  add(idle.abandonedCommercial(ctx, 'SL', '2018-10-16', '0501', '2021-04-01'));

  // Facts missing from the ledger.
  add(idle.missingStartDates(ctx, 'YX', '2016-03-01'));
  add(idle.missingProgress(ctx, 'SL', '2021-05-20', '2024-05-01'));
  add(ops.missingYears(ctx, 'XC', '2016-09-09'));

  // On schedule, or not due yet.
  add(idle.underConstruction(ctx, 'SL', '2024-12-05'));
  add(idle.underConstruction(ctx, 'XC', '2025-07-30'));
  add(idle.underConstruction(ctx, 'YX', '2025-09-15'));
  add(idle.underConstruction(ctx, 'XC', '2025-04-22'));
  add(idle.notYetDue(ctx, 'SL', '2026-07-06'));
  add(idle.notYetDue(ctx, 'XC', '2026-09-18'));

  // Inefficient: production.
  add(ops.productionHalted(ctx, 'XC', '2014-05-12', '2022-03-01'));
  add(ops.productionHalted(ctx, 'YX', '2016-08-30', '2023-07-15'));
  add(ops.semiHaltedNoRevenue(ctx, 'YX', '2015-10-10', '2023-09-01'));
  add(ops.semiHaltedNoRevenue(ctx, 'SL', '2017-06-06', '2024-03-01'));
  add(ops.readyNotProducing(ctx, 'XC', '2021-05-17', '2024-02-01'));
  add(ops.readyNotProducing(ctx, 'SL', '2020-11-11', '2025-04-10'));
  add(ops.judicialHalted(ctx, 'XC', '2013-06-06', 'SEIZED', '2025-02-01'));
  add(ops.judicialHalted(ctx, 'YX', '2015-03-23', 'BANKRUPTCY', '2023-11-30'));

  // Inefficient: tax.
  add(ops.taxAt(ctx, 'XC', '2015-04-01', 0.45, 'LOW_TAX'));
  add(ops.taxAt(ctx, 'YX', '2017-08-08', 0.62, 'LOW_TAX'));
  add(ops.taxAt(ctx, 'SL', '2019-05-05', 0.9, 'LOW_TAX'));
  add(ops.taxAt(ctx, 'YX', '2016-02-02', 1.05, 'TAX_JUST_ABOVE'));
  add(ops.taxAt(ctx, 'SL', '2018-09-09', 1.12, 'TAX_JUST_ABOVE'));
  add(ops.taxAt(ctx, 'XC', '2019-06-18', 1.2, 'TAX_JUST_ABOVE'));
  add(ops.taxArrears(ctx, 'XC', '2016-11-21', 0.3));
  add(ops.taxArrears(ctx, 'SL', '2019-09-30', 0.35));
  add(ops.noTax(ctx, 'YX', '2021-07-01'));
  add(ops.noTax(ctx, 'SL', '2021-11-15'));

  // Inefficient: industry policy, compliance, site use.
  add(ops.catalogue(ctx, 'YX', '2008-05-05', 'brick', 'ELIMINATED', 'ELIMINATED'));
  add(ops.catalogue(ctx, 'SL', '2010-10-10', 'foundry', 'ELIMINATED', 'ELIMINATED'));
  add(ops.catalogue(ctx, 'XC', '2014-08-18', 'plastics', 'RESTRICTED', 'PROHIBITED'));
  add(ops.nonCompliant(ctx, 'XC', '2012-07-07', 'safety', true));
  add(ops.nonCompliant(ctx, 'YX', '2013-09-19', 'environment', true));
  add(ops.nonCompliant(ctx, 'SL', '2015-01-26', 'fire', false));
  add(ops.lowCoverage(ctx, 'XC', '2016-06-16', 0.18));
  add(ops.lowCoverage(ctx, 'YX', '2018-12-03', 0.27));
  add(ops.lowPlotRatio(ctx, 'YX', '2019-02-25', 0.55));
  add(ops.lowPlotRatio(ctx, 'SL', '2020-04-14', 0.72));
  add(ops.vacantLand(ctx, 'XC', '2015-09-09', 9000));
  add(ops.vacantLand(ctx, 'SL', '2018-07-23', 7800));
  add(ops.lowIntensity(ctx, 'YX', '2019-07-12', 0.45));
  add(ops.lowIntensity(ctx, 'SL', '2020-03-03', 0.5));
  add(ops.subletNonConforming(ctx, 'XC', '2014-11-11', '物流仓储企业'));
  add(ops.subletNonConforming(ctx, 'YX', '2016-05-25', '废旧物资回收站'));

  // The majority: healthy producers, granted 2008–2022. Two carry a credit code whose
  // check character is wrong (the ledger warns; it does not reject).
  const parkCycle: ParkKey[] = ['XC', 'YX', 'SL'];
  for (let i = 0; i < 80; i++) {
    const year = 2008 + Math.floor((i * 15) / 80);
    const signed = `${year}-${String(ctx.rng.int(1, 12)).padStart(2, '0')}-${String(ctx.rng.int(1, 28)).padStart(2, '0')}`;
    const wrong = i === 17 || i === 52;
    const d = add(ops.healthy(ctx, parkCycle[i % 3]!, signed, wrong ? { enterpriseOpts: { wrongCheckCharacter: true } } : {}));
    if (wrong) d.situations.push('USCC_CHECK_WARNING');
  }
  return out;
}
