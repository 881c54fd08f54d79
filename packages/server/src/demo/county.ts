import type { ParkPlan } from './geometry.ts';

/**
 * The fictional demo county 青岚县 (code 350899, not a real GB/T 2260 code), laid out
 * like Wuping: one 高新区 of three industrial parks around a county seat at about
 * 116.10°E, 25.10°N. Names of places, roads and parks are invented.
 */
export const DEMO_AS_OF = '2026-11-23';
export const COUNTY_CODE = '350899';
export const COUNTY_NAME = '青岚县';
export const HIGH_TECH_ZONE_NAME = '青岚高新技术产业开发区';

export interface DemoJurisdiction {
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
  parentCode: string | null;
}

export const jurisdictions: DemoJurisdiction[] = [
  { code: '350000', name: '福建省', level: 'PROVINCE', parentCode: null },
  { code: '350800', name: '龙岩市', level: 'CITY', parentCode: '350000' },
  { code: COUNTY_CODE, name: COUNTY_NAME, level: 'COUNTY', parentCode: '350800' },
];

export type ParkKey = 'XC' | 'YX' | 'SL';

export interface Park {
  key: ParkKey;
  name: string;
  /** the town (镇/街道) the park lies in, for addresses */
  town: string;
  /** the parcel-code prefix, e.g. QL-XC-001 */
  codePrefix: string;
  /** 地籍区 + 地籍子区 part of the 不动产单元号 */
  cadastralDistrict: string;
  plan: ParkPlan;
}

export const parks: Record<ParkKey, Park> = {
  XC: {
    key: 'XC',
    name: '青岚县城工业园',
    town: '岚城街道',
    codePrefix: 'QL-XC',
    cadastralDistrict: '001003',
    plan: { origin: { lon: 116.0712, lat: 25.0868 }, rotationDeg: 8, rowLengthM: 1500, roads: ['创业大道', '岚山路', '兴业路', '科技路', '聚贤路', '工业一路'] },
  },
  YX: {
    key: 'YX',
    name: '岩溪工业园',
    town: '岩溪镇',
    codePrefix: 'QL-YX',
    cadastralDistrict: '008002',
    plan: { origin: { lon: 116.1836, lat: 24.9952 }, rotationDeg: -12, rowLengthM: 1300, roads: ['岩溪大道', '溪源路', '工贸路', '石门路', '园区二路', '青溪路'] },
  },
  SL: {
    key: 'SL',
    name: '十里工业园',
    town: '十里镇',
    codePrefix: 'QL-SL',
    cadastralDistrict: '011001',
    plan: { origin: { lon: 116.0335, lat: 25.1874 }, rotationDeg: 4, rowLengthM: 1400, roads: ['十里大道', '富民路', '园区一路', '长坑路', '锦绣路', '和平路'] },
  },
};

export const parkKeys: ParkKey[] = ['XC', 'YX', 'SL'];
