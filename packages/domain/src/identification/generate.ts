import { addDays } from '../units/dates.ts';
import type { CatalogueClass, FactsFile, IdleCauseType, JudicialStatus, OperationsStatus, ParcelFacts, YearFacts } from './facts.ts';
import { FACTS_FORMAT } from './facts.ts';

/**
 * Seeded generator of valid `panhuo.parcel-facts/1` parcels, covering unknown facts
 * (absent and null), thresholds' edges and extremes. For the property tests and the
 * benchmark; the same seed gives the same parcels.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATALOGUE: CatalogueClass[] = ['ENCOURAGED', 'PERMITTED', 'RESTRICTED', 'ELIMINATED', 'PROHIBITED'];
const JUDICIAL: JudicialStatus[] = ['NONE', 'SEIZED', 'AUCTION', 'BANKRUPTCY', 'REORGANISATION', 'LIQUIDATION'];
const OPS: OperationsStatus[] = ['NOT_STARTED', 'PRODUCING', 'SEMI_HALTED', 'HALTED'];
const CAUSES: IdleCauseType[] = ['ENTERPRISE', 'GOVERNMENT', 'FORCE_MAJEURE', 'JUDICIAL', 'MIXED'];
const USES = ['0601', '0601', '0601', '0602', '0604', '0501', '0505', '0701'];
const BASE = '2008-01-01';

export class FactsGenerator {
  private readonly r: () => number;
  private readonly dates: string[] = [];

  constructor(seed: number) {
    this.r = seededRandom(seed);
    // every day from 2008 to the end of 2030, including 29 Februaries and month ends
    for (let d = BASE; d <= '2030-12-31'; d = addDays(d, 1)) this.dates.push(d);
  }

  private chance(p: number): boolean {
    return this.r() < p;
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }

  /** undefined (absent), null, or a value */
  private maybe<T>(p: number, make: () => T): T | null | undefined {
    const x = this.r();
    if (x < (1 - p) / 2) return undefined;
    if (x < 1 - p) return null;
    return make();
  }

  private date(): string {
    return this.pick(this.dates);
  }

  private money(max: number): number {
    const x = this.r();
    if (x < 0.05) return 0;
    if (x < 0.1) return max * 1000; // extreme
    return Math.round(this.r() * max * 100) / 100;
  }

  private area(max: number): number {
    const x = this.r();
    if (x < 0.03) return 0;
    return Math.round((this.r() * max + 0.01) * 100) / 100;
  }

  private bool(): boolean | null | undefined {
    return this.maybe(0.8, () => this.chance(0.5));
  }

  private year(y: number): YearFacts {
    const e: YearFacts = { year: y };
    const v = (max: number) => this.maybe(0.8, () => this.money(max));
    e.taxPaid_yuan = v(5e6);
    e.landUseTax_yuan = v(5e5);
    e.propertyTax_yuan = v(5e5);
    e.taxDue_yuan = v(5e6);
    e.industrialOutput_yuan = v(5e8);
    e.mainBusinessRevenue_yuan = v(5e8);
    if (this.chance(0.2)) e.averageEmployees = Math.floor(this.r() * 500);
    return clean(e);
  }

  parcel(i: number): ParcelFacts {
    const area = this.chance(0.02) ? 0.01 : this.chance(0.02) ? 5e7 : Math.round((this.r() * 200_000 + 1) * 100) / 100;
    const p: ParcelFacts = { id: `P${i}`, area_m2: area };
    const set = <K extends keyof ParcelFacts>(k: K, v: ParcelFacts[K] | undefined) => {
      if (v !== undefined) p[k] = v;
    };
    set('parcelCode', this.maybe(0.7, () => `QL-${i}`));
    set('plannedUse', this.maybe(0.85, () => this.pick(USES)));
    set('enterprise', this.maybe(0.8, () => clean({
      name: this.maybe(0.8, () => `企业${i}`),
      catalogueClass: this.maybe(0.7, () => this.pick(CATALOGUE)),
      parkCatalogueClass: this.maybe(0.6, () => this.pick(CATALOGUE)),
      judicialStatus: this.maybe(0.7, () => this.pick(JUDICIAL)),
    })));
    set('right', this.maybe(0.85, () => clean({
      deliveryDate: this.maybe(0.6, () => this.date()),
      landPrice_yuan: this.maybe(0.7, () => this.money(5e7)),
    })));
    set('contract', this.maybe(0.9, () => clean({
      agreedStartDate: this.maybe(0.8, () => this.date()),
      agreedCompletionDate: this.maybe(0.7, () => this.date()),
      constructionPeriodEnd: this.maybe(0.6, () => this.date()),
      requiredDevelopmentArea_m2: this.maybe(0.7, () => this.area(area)),
      totalInvestment_yuan: this.maybe(0.7, () => this.money(2e8)),
      investmentIntensity_10kYuanPerMu: this.maybe(0.5, () => Math.round(this.r() * 5000) / 10),
      taxPerMu_10kYuanPerMu: this.maybe(0.5, () => Math.round(this.r() * 300) / 10),
      outputPerMu_10kYuanPerMu: this.maybe(0.5, () => Math.round(this.r() * 5000) / 10),
      plotRatioMin: this.maybe(0.5, () => Math.round(this.r() * 20) / 10),
    })));
    set('construction', this.maybe(0.9, () => clean({
      started: this.bool(),
      actualStartDate: this.maybe(0.6, () => this.date()),
      developedArea_m2: this.maybe(0.7, () => this.area(area)),
      investedAmount_yuan: this.maybe(0.7, () => this.money(2e8)),
      halted: this.bool(),
      haltStartDate: this.maybe(0.5, () => this.date()),
      haltReason: this.maybe(0.5, () => this.pick(['FUNDS', 'OPERATIONS', 'MANAGEMENT', 'OTHER'] as const)),
      completed: this.bool(),
      completionDate: this.maybe(0.5, () => this.date()),
      abandonedWorks: this.bool(),
    })));
    set('site', this.maybe(0.7, () => clean({
      floorArea_m2: this.maybe(0.6, () => this.area(area * 3)),
      buildingCoverage: this.maybe(0.6, () => Math.round(this.r() * 1e4) / 1e4),
      plotRatio: this.maybe(0.5, () => Math.round(this.r() * 300) / 100),
      vacantContiguousArea_m2: this.maybe(0.6, () => this.area(Math.min(area, 20_000))),
      vacantIndependentlyDevelopable: this.bool(),
    })));
    set('operations', this.maybe(0.85, () => clean({
      status: this.maybe(0.8, () => this.pick(OPS)),
      productionReadyDate: this.maybe(0.5, () => this.date()),
      productionStartDate: this.maybe(0.6, () => this.date()),
      haltProductionStartDate: this.maybe(0.5, () => this.date()),
      lastTaxPaymentDate: this.maybe(0.6, () => this.date()),
      employees: this.maybe(0.5, () => Math.floor(this.r() * 2000)),
      sublet: this.bool(),
      tenantConformsToPlan: this.bool(),
    })));
    set('finance', this.maybe(0.85, () => {
      const first = 2015 + Math.floor(this.r() * 8);
      const n = Math.floor(this.r() * 8);
      const years: YearFacts[] = [];
      for (let y = first; y < first + n; y++) if (this.chance(0.9)) years.push(this.year(y));
      return clean({ fixedAssetInvestment_yuan: this.maybe(0.7, () => this.money(3e8)), years });
    }));
    set('compliance', this.maybe(0.6, () => {
      const one = () => this.maybe(0.8, () => clean({ nonCompliant: this.bool(), rectificationFailed: this.bool(), closureRequired: this.bool() }));
      return clean({ safety: one(), environment: one(), fire: one() });
    }));
    set('idleCause', this.maybe(0.6, () => clean({
      type: this.maybe(0.8, () => this.pick(CAUSES)),
      governmentItem: this.maybe(0.3, () => 1 + Math.floor(this.r() * 6)),
      verified: this.bool(),
    })));
    if (this.chance(0.2)) {
      const ids = ['JD-LOW-02', 'JD-LOW-05c', 'YN-LOW-03d', 'YN-LOW-06', 'YN-LOW-10', 'YN-LOW-11', 'QZ-URB-00', 'QZ-URB-03', 'QZ-URB-04', 'WP-C3'];
      p.manualFindings = [{ criterionId: this.pick(ids), met: this.chance(0.5), note: this.maybe(0.5, () => '现场核查'), recordedOn: this.maybe(0.5, () => this.date()) }].map(clean);
    }
    return p;
  }

  file(n: number, jurisdiction?: string): FactsFile {
    const parcels: ParcelFacts[] = [];
    for (let i = 0; i < n; i++) parcels.push(this.parcel(i));
    const f: FactsFile = { format: FACTS_FORMAT, parcels };
    if (jurisdiction !== undefined) f.jurisdiction = jurisdiction;
    return f;
  }
}

/** Keeps only the present members (a new object, as a JSON file would hold it; no `delete`). */
function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
