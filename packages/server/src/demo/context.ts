import type { ParkKey } from './county.ts';
import { EnterpriseFactory, industries, type EnterpriseDraft } from './enterprises.ts';
import { grantedParcel, type ParcelDraft } from './parcel-builder.ts';
import type { Random } from './random.ts';

/** What every scenario needs: the seeded generator and the enterprise factory. */
export interface Ctx {
  rng: Random;
  enterprises: EnterpriseFactory;
  /** the next grant contract's serial number */
  nextContractSerial: () => number;
}

const products: Record<string, string[]> = {
  machinery: ['农机配件', '精密轴承', '工程机械零部件', '输送设备'],
  electronics: ['电子元器件', 'LED照明模组', '智能终端配件', '线路板'],
  food: ['休闲食品', '预制菜', '米粉'],
  bamboo: ['竹集成材', '竹制餐具', '竹地板'],
  materials: ['稀土功能材料', '高性能石墨', '锂电正极材料'],
  textile: ['针织服装', '功能面料'],
  furniture: ['实木家具', '定制橱柜'],
  metal: ['五金制品', '不锈钢制品'],
  building: ['装配式建筑构件', '新型墙体材料'],
  pharma: ['中药饮片', '医用耗材'],
  plastics: ['塑料包装', '精密注塑件'],
  tea: ['绿茶精制', '茶饮料'],
  brick: ['实心粘土砖'],
  foundry: ['冲天炉铸件'],
  property: ['商业综合体'],
};

export interface NewParcel {
  park: ParkKey;
  industry: string;
  /** 亩, lower and upper bound */
  mu: [number, number];
  /** the grant contract's signing date; agreed start is 6 months later */
  signed: string;
  /** a healthy year's net tax per mu in 万元; also sets the contract's 亩均税收 */
  taxLevel?: number;
  situations: string[];
  /** a second parcel of an existing enterprise */
  enterprise?: EnterpriseDraft;
  enterpriseOpts?: Partial<Parameters<EnterpriseFactory['create']>[0]>;
  phase?: string;
}

/** A granted parcel with its (new or given) enterprise and a project name. */
export function newParcel(ctx: Ctx, p: NewParcel): ParcelDraft {
  const industry = industries[p.industry]!;
  const enterprise =
    p.enterprise ?? ctx.enterprises.create({ industry, address: '', ...p.enterpriseOpts });
  const short = (enterprise.values.name as string).replace(/^青岚/, '').replace(/有限公司$/, '');
  const product = ctx.rng.pick(products[p.industry]!);
  const taxLevel = p.taxLevel ?? round1(ctx.rng.between(industry.taxPerMu[0], industry.taxPerMu[1]));
  return grantedParcel(ctx.rng, {
    park: p.park,
    enterprise,
    projectName: `${short}${product}项目${p.phase ?? ''}`,
    mu: p.mu,
    signed: p.signed,
    taxLevel,
    contractSerial: ctx.nextContractSerial(),
    situations: p.situations,
  });
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A year plan of steady production at a net tax of `level` 万元/亩. */
export const steady = (level: number) => ({ taxPerMu: () => level });
