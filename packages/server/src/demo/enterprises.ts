import { completeUscc } from '@panhuo/domain';
import type { FieldValue } from '@panhuo/domain';
import type { Random } from './random.ts';

/**
 * Fictional enterprises of 青岚县: names 「青岚＋字号＋行业＋有限公司」, credit codes valid
 * by construction with an obviously fake body (MAQL + serial), fictional legal
 * representatives, and phone numbers that cannot exist (a local number never starts with 0).
 */
export interface Industry {
  key: string;
  /** the word in the company name */
  word: string;
  /** GB/T 4754-2017 code */
  code: string;
  /** minimum plot ratio of the industrial-land control indicators for this industry */
  plotRatioMin: number;
  /** a healthy enterprise's tax per mu, excl. land-use and property tax, in 万元/亩·年 */
  taxPerMu: [number, number];
  /** output value per yuan of tax (tax ≈ 5–9 % of output) */
  outputPerTax: number;
  /** comprehensive energy in tce per 万元 of output */
  energyPer10k: number;
  /** the contract's investment intensity, in 万元/亩 (incl. land price) */
  intensity: [number, number];
}

export const industries: Record<string, Industry> = {
  machinery: { key: 'machinery', word: '机械制造', code: '3412', plotRatioMin: 0.7, taxPerMu: [4, 14], outputPerTax: 16, energyPer10k: 0.04, intensity: [220, 320] },
  electronics: { key: 'electronics', word: '电子科技', code: '3982', plotRatioMin: 1.0, taxPerMu: [8, 25], outputPerTax: 18, energyPer10k: 0.02, intensity: [280, 380] },
  food: { key: 'food', word: '食品', code: '1469', plotRatioMin: 1.0, taxPerMu: [3, 10], outputPerTax: 14, energyPer10k: 0.05, intensity: [180, 260] },
  bamboo: { key: 'bamboo', word: '竹木制品', code: '2041', plotRatioMin: 0.8, taxPerMu: [2, 7], outputPerTax: 18, energyPer10k: 0.06, intensity: [160, 240] },
  materials: { key: 'materials', word: '新材料', code: '2662', plotRatioMin: 0.6, taxPerMu: [6, 20], outputPerTax: 13, energyPer10k: 0.12, intensity: [260, 360] },
  textile: { key: 'textile', word: '纺织服饰', code: '1811', plotRatioMin: 1.0, taxPerMu: [3, 9], outputPerTax: 20, energyPer10k: 0.03, intensity: [180, 250] },
  furniture: { key: 'furniture', word: '家具', code: '2110', plotRatioMin: 0.8, taxPerMu: [2, 8], outputPerTax: 18, energyPer10k: 0.03, intensity: [170, 240] },
  metal: { key: 'metal', word: '金属制品', code: '3311', plotRatioMin: 0.7, taxPerMu: [3, 11], outputPerTax: 17, energyPer10k: 0.08, intensity: [200, 290] },
  building: { key: 'building', word: '新型建材', code: '3021', plotRatioMin: 0.7, taxPerMu: [2, 8], outputPerTax: 15, energyPer10k: 0.2, intensity: [160, 230] },
  pharma: { key: 'pharma', word: '生物医药', code: '2740', plotRatioMin: 0.7, taxPerMu: [8, 22], outputPerTax: 10, energyPer10k: 0.05, intensity: [300, 400] },
  plastics: { key: 'plastics', word: '塑胶制品', code: '2929', plotRatioMin: 1.0, taxPerMu: [3, 9], outputPerTax: 17, energyPer10k: 0.06, intensity: [190, 270] },
  tea: { key: 'tea', word: '茶业', code: '1530', plotRatioMin: 1.0, taxPerMu: [2, 8], outputPerTax: 12, energyPer10k: 0.04, intensity: [150, 220] },
  brick: { key: 'brick', word: '建材', code: '3031', plotRatioMin: 0.7, taxPerMu: [0.5, 2], outputPerTax: 15, energyPer10k: 0.5, intensity: [120, 180] },
  foundry: { key: 'foundry', word: '铸造', code: '3391', plotRatioMin: 0.7, taxPerMu: [1, 4], outputPerTax: 16, energyPer10k: 0.35, intensity: [150, 220] },
  property: { key: 'property', word: '置业', code: '7010', plotRatioMin: 1.0, taxPerMu: [0, 0], outputPerTax: 1, energyPer10k: 0, intensity: [300, 400] },
};

export const healthyIndustryKeys = [
  'machinery', 'electronics', 'food', 'bamboo', 'materials', 'textile', 'furniture', 'metal', 'building', 'pharma', 'plastics', 'tea',
] as const;

const FIRST = [...'恒鑫华永宏金瑞博嘉汇天润正凯德富佳宝兴海明联福顺百久景鼎长新荣裕晟东立奥'];
const SECOND = [...'泰达盛远川丰源和通成信茂力昌辉创安美隆益升'];

const SURNAMES = [...'陈林黄张李王刘吴郑周罗邱钟赖曾谢江蓝廖温'];
const GIVEN = [
  '明远', '晓东', '志强', '建峰', '丽娟', '文斌', '海燕', '国栋', '春梅', '振宇', '嘉怡', '俊杰', '雅琴', '浩然', '思远',
  '佳琪', '宏伟', '雪莲', '立新', '秀兰', '德胜', '泽宇', '慧敏', '伟民', '少卿', '宇航', '梦瑶', '建军', '诗琪', '一鸣',
  '子轩', '欣怡', '博文', '晨曦', '家豪', '静怡', '天佑', '若曦', '锦程', '书瑶',
];

export interface EnterpriseDraft {
  values: Record<string, FieldValue>;
  industry: Industry;
}

/** Hands out fictional names, credit codes, representatives and phones, each used once. */
export class EnterpriseFactory {
  private serial = 0;
  private readonly usedNames = new Set<string>();
  private readonly usedPeople = new Set<string>();

  constructor(private readonly rng: Random) {}

  create(opts: {
    industry: Industry;
    address: string;
    scale?: 'ABOVE' | 'BELOW';
    catalogueClass?: string;
    parkCatalogueClass?: string;
    judicialStatus?: string;
    /** the demo's deliberately wrong check characters (the UI warns, it does not reject) */
    wrongCheckCharacter?: boolean;
  }): EnterpriseDraft {
    this.serial += 1;
    const body = `MAQL${String(this.serial).padStart(4, '0')}`;
    let uscc = completeUscc(`91350899${body}`);
    if (opts.wrongCheckCharacter) uscc = uscc.slice(0, 17) + (uscc[17] === 'A' ? 'B' : 'A');
    const catalogueClass = opts.catalogueClass ?? (this.rng.chance(0.35) ? 'ENCOURAGED' : 'PERMITTED');
    return {
      industry: opts.industry,
      values: {
        name: this.companyName(opts.industry),
        uscc,
        legalRepresentative: this.personName(),
        phone: `0597-000${String(this.serial).padStart(4, '0')}`,
        address: opts.address,
        industryCode: opts.industry.code,
        scale: opts.scale ?? (this.rng.chance(0.55) ? 'ABOVE' : 'BELOW'),
        catalogueClass,
        parkCatalogueClass: opts.parkCatalogueClass ?? (catalogueClass === 'ENCOURAGED' ? 'ENCOURAGED' : 'PERMITTED'),
        judicialStatus: opts.judicialStatus ?? 'NONE',
      },
    };
  }

  private companyName(industry: Industry): string {
    for (;;) {
      const name = `青岚${this.rng.pick(FIRST)}${this.rng.pick(SECOND)}${industry.word}有限公司`;
      if (!this.usedNames.has(name)) {
        this.usedNames.add(name);
        return name;
      }
    }
  }

  /** A fictional person's name, never the same twice in the demo. */
  personName(): string {
    for (;;) {
      const name = this.rng.pick(SURNAMES) + this.rng.pick(GIVEN);
      if (!this.usedPeople.has(name)) {
        this.usedPeople.add(name);
        return name;
      }
    }
  }
}
