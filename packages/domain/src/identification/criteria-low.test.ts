import { describe } from 'vitest';
import { parcel, runCases, type Case } from './test-support.ts';
import type { ParcelFacts } from './facts.ts';

/**
 * The inefficient-land criteria of Jingde, Yongning, Qinzhou and Wuping, each side of
 * each threshold, a missing fact, and a condition already false with a fact missing.
 * The parcel is 20 000 m² = 30 亩 unless a case says otherwise.
 */
const c = (name: string, facts: ParcelFacts, asOf: string, status: Case['status'], more: Partial<Case> = {}): Case => ({ name, facts, asOf, status, ...more });

describe('JD-LOW-01a construction halted a year or more', () => {
  const p = (construction: object) => parcel({ construction: { started: true, ...construction } });
  runCases(['JD-LOW-01a'], [
    c('halted exactly a year (及以上 inclusive)', p({ halted: true, haltStartDate: '2021-06-15', haltReason: 'FUNDS' }), '2022-06-15', 'MET'),
    c('one day short', p({ halted: true, haltStartDate: '2021-06-15' }), '2022-06-14', 'NOT_MET', { willBeMetOn: '2022-06-15' }),
    c('not halted', p({ halted: false }), '2022-06-15', 'NOT_MET', { willBeMetOn: null }),
    c('halted, date unknown', p({ halted: true }), '2022-06-15', 'UNKNOWN', { missing: ['construction.haltStartDate'] }),
    c('halt unknown', p({}), '2022-06-15', 'UNKNOWN', { missing: ['construction.halted'] }),
  ]);
});

describe('JD-LOW-01b production halted two full years after completion and production', () => {
  const p = (operations: object, construction: object = { completed: true, completionDate: '2018-01-01' }) =>
    parcel({ construction, operations: { productionStartDate: '2018-06-01', status: 'HALTED', haltProductionStartDate: '2021-03-01', ...operations } });
  runCases(['JD-LOW-01b'], [
    c('halted exactly two years', p({}), '2023-03-01', 'MET'),
    c('one day short', p({}), '2023-02-28', 'NOT_MET', { willBeMetOn: '2023-03-01' }),
    c('semi-halted is not halted', p({ status: 'SEMI_HALTED' }), '2024-01-01', 'NOT_MET'),
    c('status unknown', p({ status: null }), '2024-01-01', 'UNKNOWN', { missing: ['operations.status'] }),
    c('halted, since when unknown', p({ haltProductionStartDate: null }), '2024-01-01', 'UNKNOWN', { missing: ['operations.haltProductionStartDate'] }),
    c('never completed: already not met with the status unknown', p({ status: null }, { completed: false }), '2024-01-01', 'NOT_MET'),
  ]);
});

const taxYears = (net2020: number, net2021: number, landUse2021: number | null = 50_000) => [
  { year: 2020, taxPaid_yuan: net2020 + 80_000, landUseTax_yuan: 50_000, propertyTax_yuan: 30_000 },
  { year: 2021, taxPaid_yuan: net2021 + 80_000, landUseTax_yuan: landUse2021, propertyTax_yuan: 30_000 },
];

describe('JD-LOW-03 tax per mu below 1 万元 (2020–2021 mean, without land-use and property tax), 3 years in production', () => {
  const p = (years: object[], operations: object = { productionStartDate: '2019-12-31' }, area_m2 = 20_000) => parcel({ area_m2, operations, finance: { years } });
  runCases(['JD-LOW-03'], [
    c('mean exactly 1 万元/亩: not met (低于 is exclusive)', p(taxYears(300_000, 300_000)), '2022-12-31', 'NOT_MET', { computed: { taxPerMuAverage_10kYuan: 1 } }),
    c('one fen under: met', p(taxYears(300_000, 299_999.99)), '2022-12-31', 'MET'),
    c('tax low, production exactly 3 years', p(taxYears(100_000, 100_000)), '2022-12-31', 'MET', { computed: { taxPerMuAverage_10kYuan: 0.3333 } }),
    c('tax low, one day short of 3 years', p(taxYears(100_000, 100_000)), '2022-12-30', 'NOT_MET', { willBeMetOn: '2022-12-31' }),
    c('land-use tax unknown: unknown (both exclusions must be known)', p(taxYears(100_000, 100_000, null)), '2022-12-31', 'UNKNOWN', { missing: ['finance.years[year=2021].landUseTax_yuan'] }),
    c('a year missing: unknown', p(taxYears(100_000, 100_000).slice(0, 1)), '2022-12-31', 'UNKNOWN', {
      missing: ['finance.years[year=2021].taxPaid_yuan', 'finance.years[year=2021].landUseTax_yuan', 'finance.years[year=2021].propertyTax_yuan'],
    }),
    c('not in production: already not met with the taxes unknown', p([], { status: 'NOT_STARTED' }), '2022-12-31', 'NOT_MET'),
    c('production date unknown', p(taxYears(100_000, 100_000), {}), '2022-12-31', 'UNKNOWN', { missing: ['operations.productionStartDate'] }),
    // 33 333.33 m² = 49.999995 亩: 1 万元/亩 × 15 × area = 499 999.95 元 a year, exactly on the threshold without float drift
    c('on the threshold with an inexact area: not met', p(taxYears(499_999.95, 499_999.95), undefined, 33_333.33), '2022-12-31', 'NOT_MET'),
    c('one fen under with an inexact area: met', p(taxYears(499_999.95, 499_999.94), undefined, 33_333.33), '2022-12-31', 'MET'),
    c('from 2024 the window is 2022–2023', p([{ year: 2022, taxPaid_yuan: 0, landUseTax_yuan: 0, propertyTax_yuan: 0 }, { year: 2023, taxPaid_yuan: 0, landUseTax_yuan: 0, propertyTax_yuan: 0 }]), '2024-06-30', 'MET'),
  ]);
});

describe('JD-LOW-04 under judicial disposal and halted', () => {
  const p = (judicialStatus: string | null, status: string | null) => parcel({ enterprise: { judicialStatus }, operations: { status } });
  runCases(['JD-LOW-04'], [
    c('seized and halted', p('SEIZED', 'HALTED'), '2024-01-01', 'MET'),
    c('bankrupt and halted', p('BANKRUPTCY', 'HALTED'), '2024-01-01', 'MET'),
    c('no judicial disposal', p('NONE', 'HALTED'), '2024-01-01', 'NOT_MET'),
    c('seized but producing', p('SEIZED', 'PRODUCING'), '2024-01-01', 'NOT_MET'),
    c('judicial status unknown', p(null, 'HALTED'), '2024-01-01', 'UNKNOWN', { missing: ['enterprise.judicialStatus'] }),
    c('no disposal, status unknown: already not met', p('NONE', null), '2024-01-01', 'NOT_MET'),
  ]);
});

describe('catalogue class: national (JD-LOW-05a, QZ-URB-01) and the park’s (YN-LOW-08)', () => {
  const p = (catalogueClass: string | null, parkCatalogueClass: string | null = catalogueClass) => parcel({ enterprise: { catalogueClass, parkCatalogueClass } });
  runCases(['JD-LOW-05a', 'QZ-URB-01', 'YN-LOW-08'], [
    c('eliminated', p('ELIMINATED'), '2024-01-01', 'MET'),
    c('prohibited', p('PROHIBITED'), '2024-01-01', 'MET'),
    c('restricted', p('RESTRICTED'), '2024-01-01', 'NOT_MET'),
    c('unknown', p(null), '2024-01-01', 'UNKNOWN'),
  ]);
  runCases(['YN-LOW-08'], [c('the park catalogue decides, not the national one', p('ELIMINATED', 'ENCOURAGED'), '2024-01-01', 'NOT_MET')]);
  runCases(['JD-LOW-05a'], [c('the national catalogue decides, not the park one', p('PERMITTED', 'ELIMINATED'), '2024-01-01', 'NOT_MET')]);
});

describe('compliance', () => {
  const ok = { nonCompliant: false };
  const p = (safety: object | null, environment: object | null = ok, fire: object | null = ok) => parcel({ compliance: { safety, environment, fire } });
  runCases(['JD-LOW-05b'], [
    c('safety failed after rectification', p({ nonCompliant: true, rectificationFailed: true }), '2024-01-01', 'MET'),
    c('non-compliant but rectified', p({ nonCompliant: true, rectificationFailed: false }), '2024-01-01', 'NOT_MET'),
    c('fire non-compliant, rectification unknown', p(ok, ok, { nonCompliant: true }), '2024-01-01', 'UNKNOWN', { missing: ['compliance.fire.rectificationFailed'] }),
    c('all compliant', p(ok), '2024-01-01', 'NOT_MET'),
    c('nothing known', parcel({}), '2024-01-01', 'UNKNOWN'),
  ]);
  runCases(['YN-LOW-09'], [
    c('failed and closure required', p({ nonCompliant: true, rectificationFailed: true, closureRequired: true }), '2024-01-01', 'MET'),
    c('failed, no closure required', p({ nonCompliant: true, rectificationFailed: true, closureRequired: false }), '2024-01-01', 'NOT_MET'),
    c('failed, closure unknown', p({ rectificationFailed: true }), '2024-01-01', 'UNKNOWN', { missing: ['compliance.safety.closureRequired'] }),
  ]);
  runCases(['QZ-URB-02'], [
    c('environment non-compliant, no rectification needed', p(ok, { nonCompliant: true }), '2024-01-01', 'MET'),
    c('only fire non-compliant: fire is not in Qinzhou’s test', p(ok, ok, { nonCompliant: true, rectificationFailed: true }), '2024-01-01', 'NOT_MET'),
    c('safety unknown, environment compliant', p(null), '2024-01-01', 'UNKNOWN', { missing: ['compliance.safety.nonCompliant'] }),
  ]);
});

describe('manual criteria', () => {
  const ids = ['JD-LOW-02', 'JD-LOW-05c', 'YN-LOW-03d', 'YN-LOW-06', 'YN-LOW-10', 'YN-LOW-11', 'QZ-URB-03', 'QZ-URB-04', 'WP-C3'];
  for (const id of ids) {
    runCases([id], [
      c('no finding: manual', parcel({}), '2024-01-01', 'MANUAL'),
      c('finding met', parcel({ manualFindings: [{ criterionId: id, met: true, note: '现场核查', recordedOn: '2023-09-01' }] }), '2024-01-01', 'MET'),
      c('finding not met', parcel({ manualFindings: [{ criterionId: id, met: false }] }), '2024-01-01', 'NOT_MET'),
      c('a finding for another criterion does not count', parcel({ manualFindings: [{ criterionId: 'XX-1', met: true }] }), '2024-01-01', 'MANUAL'),
    ]);
  }
});

describe('YN-LOW-01b completion two years or more overdue', () => {
  const p = (construction: object, agreedCompletionDate: string | null = '2021-03-31') => parcel({ contract: { agreedCompletionDate }, construction });
  runCases(['YN-LOW-01b'], [
    c('exactly two years', p({ completed: false }), '2023-03-31', 'MET'),
    c('one day short', p({ completed: false }), '2023-03-30', 'NOT_MET', { willBeMetOn: '2023-03-31' }),
    c('completed', p({ completed: true, completionDate: '2023-01-01' }), '2023-06-01', 'NOT_MET'),
    c('completion unknown', p({}), '2023-06-01', 'UNKNOWN', { missing: ['construction.completed'] }),
    c('completed, agreed date unknown: already not met', p({ completed: true }, null), '2023-06-01', 'NOT_MET'),
  ]);
});

describe('YN-LOW-02a/02c shares in a band at the end of the construction period', () => {
  const area = (developedArea_m2: number | null, constructionPeriodEnd: string | null = '2023-06-30') =>
    parcel({ contract: { constructionPeriodEnd, requiredDevelopmentArea_m2: 30_000 }, construction: { developedArea_m2 } });
  runCases(['YN-LOW-02a'], [
    c('exactly a third (gap closed: ≥ ⅓)', area(10_000), '2023-06-30', 'MET'),
    c('just under a third (idle territory)', area(9_999.99), '2023-06-30', 'NOT_MET'),
    c('just under 80 %', area(23_999.99), '2023-06-30', 'MET'),
    c('exactly 80 %', area(24_000), '2023-06-30', 'NOT_MET'),
    c('period not yet over', area(15_000), '2023-06-29', 'NOT_MET', { willBeMetOn: '2023-06-30' }),
    c('period end unknown', area(15_000, null), '2023-06-30', 'UNKNOWN', { missing: ['contract.constructionPeriodEnd'] }),
    c('outside the band, period end unknown: already not met', area(29_000, null), '2023-06-30', 'NOT_MET'),
    c('developed area unknown', area(null), '2023-06-30', 'UNKNOWN', { missing: ['construction.developedArea_m2'] }),
  ]);
  const invest = (investedAmount_yuan: number) => parcel({ contract: { constructionPeriodEnd: '2023-06-30', totalInvestment_yuan: 100_000_000 }, construction: { investedAmount_yuan } });
  runCases(['YN-LOW-02c'], [
    c('exactly 25 % (gap closed: ≥ 25 %)', invest(25_000_000), '2023-07-01', 'MET'),
    c('one fen under 25 %', invest(24_999_999.99), '2023-07-01', 'NOT_MET'),
    c('one fen under 40 %', invest(39_999_999.99), '2023-07-01', 'MET'),
    c('exactly 40 %', invest(40_000_000), '2023-07-01', 'NOT_MET'),
  ]);
});

describe('YN-LOW-02b contiguous vacant land over 10 亩', () => {
  const p = (vacantContiguousArea_m2: number, vacantIndependentlyDevelopable: boolean | null = true, constructionPeriodEnd = '2023-06-30') =>
    parcel({ contract: { constructionPeriodEnd }, site: { vacantContiguousArea_m2, vacantIndependentlyDevelopable } });
  runCases(['YN-LOW-02b'], [
    c('6 666.67 m² is over 10 亩', p(6_666.67), '2024-01-01', 'MET'),
    c('6 666.66 m² is not', p(6_666.66), '2024-01-01', 'NOT_MET'),
    c('not developable on its own', p(9_000, false), '2024-01-01', 'NOT_MET'),
    c('developable unknown', p(9_000, null), '2024-01-01', 'UNKNOWN', { missing: ['site.vacantIndependentlyDevelopable'] }),
    c('before the end of the construction period', p(9_000, true, '2024-03-31'), '2024-01-01', 'NOT_MET', { willBeMetOn: '2024-03-31' }),
  ]);
});

describe('YN-LOW-02d investment intensity under 60 % of the contract two years after completion', () => {
  // 30 亩 × 300 万元/亩 × 60 % = 5 400 万元
  const p = (fixedAssetInvestment_yuan: number | null) =>
    parcel({ contract: { investmentIntensity_10kYuanPerMu: 300 }, construction: { completed: true, completionDate: '2021-05-31' }, finance: { fixedAssetInvestment_yuan } });
  runCases(['YN-LOW-02d'], [
    c('exactly 60 %', p(54_000_000), '2023-05-31', 'NOT_MET', { computed: { investmentIntensity_10kYuanPerMu: 180, shareOfContract: 0.6 } }),
    c('one fen under 60 %, exactly two years', p(53_999_999.99), '2023-05-31', 'MET'),
    c('one day short of two years', p(30_000_000), '2023-05-30', 'NOT_MET', { willBeMetOn: '2023-05-31' }),
    c('investment unknown', p(null), '2023-05-31', 'UNKNOWN', { missing: ['finance.fixedAssetInvestment_yuan'] }),
  ]);
});

describe('YN-LOW-03a building coverage under 30 % or plot ratio under 80 % of the control minimum', () => {
  const p = (site: object, plotRatioMin: number | null = 1, completed = true) => parcel({ construction: { completed }, contract: { plotRatioMin }, site });
  runCases(['YN-LOW-03a'], [
    c('coverage exactly 30 %, plot ratio exactly 80 %', p({ buildingCoverage: 0.3, plotRatio: 0.8 }), '2024-01-01', 'NOT_MET'),
    c('coverage 29.99 %', p({ buildingCoverage: 0.2999, plotRatio: 1 }), '2024-01-01', 'MET'),
    c('plot ratio 0.79', p({ buildingCoverage: 0.5, plotRatio: 0.79 }), '2024-01-01', 'MET'),
    c('plot ratio from floor area: exactly 0.8', p({ buildingCoverage: 0.5, floorArea_m2: 16_000 }), '2024-01-01', 'NOT_MET'),
    c('plot ratio from floor area: just under', p({ buildingCoverage: 0.5, floorArea_m2: 15_999.99 }), '2024-01-01', 'MET'),
    c('not completed: already not met', p({}, null, false), '2024-01-01', 'NOT_MET'),
    c('coverage fine, plot ratio unknown', p({ buildingCoverage: 0.5 }), '2024-01-01', 'UNKNOWN', { missing: ['site.plotRatio'] }),
  ]);
});

describe('YN-LOW-03b production-ready but not producing a year or more', () => {
  const p = (operations: object) => parcel({ construction: { completed: true }, operations: { productionReadyDate: '2022-04-30', status: 'NOT_STARTED', ...operations } });
  runCases(['YN-LOW-03b'], [
    c('exactly a year', p({}), '2023-04-30', 'MET'),
    c('one day short', p({}), '2023-04-29', 'NOT_MET', { willBeMetOn: '2023-04-30' }),
    c('producing', p({ status: 'PRODUCING' }), '2023-06-01', 'NOT_MET'),
    c('ready date unknown', p({ productionReadyDate: null }), '2023-06-01', 'UNKNOWN', { missing: ['operations.productionReadyDate'] }),
  ]);
});

describe('YN-LOW-03c producing without paying tax for two years or more', () => {
  const p = (operations: object) => parcel({ operations: { status: 'PRODUCING', productionStartDate: '2020-01-01', lastTaxPaymentDate: '2021-07-15', ...operations } });
  runCases(['YN-LOW-03c'], [
    c('exactly two years since the last payment (含 2 年)', p({}), '2023-07-15', 'MET'),
    c('one day short', p({}), '2023-07-14', 'NOT_MET', { willBeMetOn: '2023-07-15' }),
    c('halted, not producing', p({ status: 'HALTED' }), '2024-01-01', 'NOT_MET'),
    c('never paid (unknown) and in production under two years: already not met', p({ productionStartDate: '2023-01-01', lastTaxPaymentDate: null }), '2024-06-30', 'NOT_MET'),
    c('last payment unknown, in production long enough', p({ lastTaxPaymentDate: null }), '2024-06-30', 'UNKNOWN', { missing: ['operations.lastTaxPaymentDate'] }),
  ]);
});

describe('YN-LOW-04 three years of arrears, under 40 % paid', () => {
  const years = (paid2023: number, due2023 = 1_000_000) => [
    { year: 2021, taxDue_yuan: 1_000_000, taxPaid_yuan: 400_000 },
    { year: 2022, taxDue_yuan: 1_000_000, taxPaid_yuan: 400_000 },
    { year: 2023, taxDue_yuan: due2023, taxPaid_yuan: paid2023 },
  ];
  const p = (y: object[]) => parcel({ operations: { productionStartDate: '2019-01-01' }, finance: { years: y } });
  runCases(['YN-LOW-04'], [
    c('exactly 40 % paid', p(years(400_000)), '2024-06-30', 'NOT_MET', { computed: { paidShare: 0.4 } }),
    c('one fen under 40 %', p(years(399_999.99)), '2024-06-30', 'MET'),
    c('one year paid in full: not arrears every year', p(years(1_000_000, 1_000_000).map((y) => (y.year === 2022 ? { ...y, taxPaid_yuan: 1_000_000 } : y))), '2024-06-30', 'NOT_MET'),
    c('a year unknown', p(years(0).slice(0, 2)), '2024-06-30', 'UNKNOWN', { missing: ['finance.years[year=2023].taxPaid_yuan', 'finance.years[year=2023].taxDue_yuan'] }),
    c('not in production: already not met', parcel({ operations: { status: 'NOT_STARTED' } }), '2024-06-30', 'NOT_MET'),
  ]);
});

describe('YN-LOW-05 halted two years without revenue, or sublet to a non-conforming tenant', () => {
  const p = (operations: object, revenue2023: number | null = 0) =>
    parcel({ operations: { status: 'HALTED', haltProductionStartDate: '2022-06-30', sublet: false, ...operations }, finance: { years: [{ year: 2023, mainBusinessRevenue_yuan: revenue2023 }] } });
  runCases(['YN-LOW-05'], [
    c('halted exactly two years, no revenue', p({}), '2024-06-30', 'MET'),
    c('one day short', p({}), '2024-06-29', 'NOT_MET', { willBeMetOn: '2024-06-30' }),
    c('semi-halted counts', p({ status: 'SEMI_HALTED' }), '2024-06-30', 'MET'),
    c('some revenue', p({}, 1), '2024-06-30', 'NOT_MET'),
    c('revenue unknown', p({}, null), '2024-06-30', 'UNKNOWN', { missing: ['finance.years[year=2023].mainBusinessRevenue_yuan'] }),
    c('producing but sublet to a non-conforming tenant', p({ status: 'PRODUCING', sublet: true, tenantConformsToPlan: false }, 5e6), '2024-06-30', 'MET'),
    c('producing, sublet, tenant conformity unknown', p({ status: 'PRODUCING', sublet: true }, 5e6), '2024-06-30', 'UNKNOWN', { missing: ['operations.tenantConformsToPlan'] }),
  ]);
});

describe('YN-LOW-07 abandoned commercial works', () => {
  const p = (plannedUse: string | null, abandonedWorks: boolean | null) => parcel({ plannedUse, construction: { abandonedWorks } });
  runCases(['YN-LOW-07'], [
    c('commercial and abandoned', p('0501', true), '2024-01-01', 'MET'),
    c('industrial and abandoned', p('0601', true), '2024-01-01', 'NOT_MET'),
    c('commercial, abandonment unknown', p('0505', null), '2024-01-01', 'UNKNOWN', { missing: ['construction.abandonedWorks'] }),
    c('use unknown, not abandoned: already not met', p(null, false), '2024-01-01', 'NOT_MET'),
  ]);
});

describe('WP-C1 construction not completed past the contract deadline, enterprise cause', () => {
  const p = (more: object = {}, cause: string | null = 'ENTERPRISE') =>
    parcel({ contract: { investmentIntensity_10kYuanPerMu: 300, agreedCompletionDate: '2023-12-31' }, construction: { completed: false }, idleCause: { type: cause } }, more);
  runCases(['WP-C1'], [
    c('the day after the deadline', p(), '2024-01-01', 'MET'),
    c('on the deadline (超过 is exclusive)', p(), '2023-12-31', 'NOT_MET', { willBeMetOn: '2024-01-01' }),
    c('government cause', p({}, 'GOVERNMENT'), '2024-06-01', 'NOT_MET'),
    c('cause unknown', p({}, null), '2024-06-01', 'UNKNOWN', { missing: ['idleCause.type'] }),
    c('no contract indicator recorded', p({ contract: { investmentIntensity_10kYuanPerMu: null } }), '2024-06-01', 'UNKNOWN', {
      missing: ['contract.investmentIntensity_10kYuanPerMu', 'contract.taxPerMu_10kYuanPerMu', 'contract.outputPerMu_10kYuanPerMu'],
    }),
    c('completed', p({ construction: { completed: true, completionDate: '2024-03-01' } }), '2024-06-01', 'NOT_MET'),
  ]);
});

describe('WP-C2 a contract indicator not reached after completion', () => {
  // 30 亩 × 10 万元/亩 = 3 000 000 元 of tax in the last complete year
  const p = (taxPaid_yuan: number | null, contract: object = { taxPerMu_10kYuanPerMu: 10 }) =>
    parcel({ contract, construction: { completed: true }, finance: { years: [{ year: 2023, taxPaid_yuan }] } });
  runCases(['WP-C2'], [
    c('tax per mu exactly as agreed', p(3_000_000), '2024-06-30', 'NOT_MET', { computed: { taxPerMu_10kYuan: 10 } }),
    c('one fen under', p(2_999_999.99), '2024-06-30', 'MET'),
    c('last year unknown', p(null), '2024-06-30', 'UNKNOWN', { missing: ['finance.years[year=2023].taxPaid_yuan'] }),
    c('no contract indicator', p(1, {}), '2024-06-30', 'UNKNOWN'),
    c('investment intensity below the contract', parcel({ contract: { investmentIntensity_10kYuanPerMu: 300 }, construction: { completed: true }, finance: { fixedAssetInvestment_yuan: 89_999_999.99 } }), '2024-06-30', 'MET'),
    c('not completed: already not met', parcel({ construction: { completed: false } }), '2024-06-30', 'NOT_MET'),
  ]);
});
