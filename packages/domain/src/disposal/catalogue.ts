/**
 * The disposal-method catalogue (DOMAIN.md §4.1–4.6) as data, and which methods fit a
 * parcel. Every code of methods.ts has exactly one entry here (tested).
 */
import { applicabilityTagLabels, type ApplicabilityTag, type DisposalMethod } from './catalogue/define.ts';
import { jingdeMethods } from './catalogue/jingde.ts';
import { nationalMethods } from './catalogue/national.ts';
import { qinzhouMethods, shilongMethods } from './catalogue/qinzhou-shilong.ts';
import { wupingMethods } from './catalogue/wuping.ts';
import { yongningMethods } from './catalogue/yongning.ts';
import { seedLabels, type SeedKey } from './types.ts';

export { applicabilityTagLabels, type ApplicabilityTag, type DatePath, type DisposalMethod, type PeriodLimit } from './catalogue/define.ts';

export const disposalCatalogue: readonly DisposalMethod[] = [
  ...nationalMethods,
  ...jingdeMethods,
  ...wupingMethods,
  ...yongningMethods,
  ...qinzhouMethods,
  ...shilongMethods,
];

const byCode = new Map(disposalCatalogue.map((m) => [m.code, m]));

/** The catalogue entry of a code, or undefined for a code not in the catalogue. */
export function disposalMethod(code: string): DisposalMethod | undefined {
  return byCode.get(code);
}

export interface ParcelSituation {
  category: 'IDLE' | 'INEFFICIENT';
  idleCause?: 'GOVERNMENT' | 'ENTERPRISE' | 'JUDICIAL';
  wpClass?: 'C1' | 'C2' | 'C3';
  /** the jurisdiction's seed; absent = list every method by category only */
  seed?: SeedKey;
}

export interface MethodApplicability {
  method: DisposalMethod;
  applicable: boolean;
  whyZh: string;
}

/**
 * The tags a parcel carries. An inefficient parcel is LOW and also URB: Qinzhou's
 * inefficient category is 城镇低效用地, of which inefficient industrial land is part.
 * Plans are only opened for idle and inefficient land, so APS never matches.
 */
function situationTags(s: ParcelSituation): ApplicabilityTag[] {
  if (s.category === 'IDLE') {
    switch (s.idleCause) {
      case 'GOVERNMENT':
        return ['IDLE-G'];
      case 'ENTERPRISE':
        return ['IDLE-E'];
      case 'JUDICIAL':
        return ['IDLE-J'];
      case undefined:
        return [];
    }
  }
  return s.wpClass ? ['LOW', 'URB', `WP-${s.wpClass}`] : ['LOW', 'URB'];
}

const wpClassLabels = { C1: '未完成建设类', C2: '未达产能类', C3: '改变项目投资类' } as const;

function situationZh(s: ParcelSituation): string {
  if (s.category === 'INEFFICIENT') return s.wpClass ? `低效用地（${wpClassLabels[s.wpClass]}）` : '低效用地';
  switch (s.idleCause) {
    case 'GOVERNMENT':
      return applicabilityTagLabels['IDLE-G'];
    case 'ENTERPRISE':
      return applicabilityTagLabels['IDLE-E'];
    case 'JUDICIAL':
      return applicabilityTagLabels['IDLE-J'];
    case undefined:
      return '闲置土地（闲置原因未查明）';
  }
}

const tagsZh = (tags: readonly ApplicabilityTag[]) => tags.map((t) => applicabilityTagLabels[t]).join('或');
const seedsZh = (seeds: readonly SeedKey[]) => seeds.map((s) => seedLabels[s]).join('、');

function judge(method: DisposalMethod, s: ParcelSituation, tags: readonly ApplicabilityTag[]): Omit<MethodApplicability, 'method'> {
  const matched = method.appliesTo.find((t) => t === 'ANY' || tags.includes(t));
  if (matched === undefined) {
    const idleTagged = method.appliesTo.some((t) => t.startsWith('IDLE-'));
    if (s.category === 'IDLE' && s.idleCause === undefined && idleTagged) {
      return { applicable: false, whyZh: `暂不适用：闲置原因未查明，该方式仅适用于${tagsZh(method.appliesTo)}` };
    }
    return { applicable: false, whyZh: `不适用：本宗为${situationZh(s)}，该方式仅适用于${tagsZh(method.appliesTo)}` };
  }
  // A jurisdiction applies the national rules and its own seed's methods, not its neighbours'.
  if (s.seed && !method.seeds.includes('national') && !method.seeds.includes(s.seed)) {
    const local = s.seed === 'national' ? '本宗按国家规定处置' : `${seedLabels[s.seed]}适用国家规定和本地方案所列方式`;
    return { applicable: false, whyZh: `不适用：该方式出自${seedsZh(method.seeds)}的方案，${local}` };
  }
  return { applicable: true, whyZh: `适用于${applicabilityTagLabels[matched]}` };
}

/** Every catalogue method, with whether it fits the parcel and why (in Chinese). */
export function methodsFor(s: ParcelSituation): MethodApplicability[] {
  const tags = situationTags(s);
  return disposalCatalogue.map((method) => ({ method, ...judge(method, s, tags) }));
}
