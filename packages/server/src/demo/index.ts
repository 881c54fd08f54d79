/**
 * The demo county 青岚县 (fictional, code 350899) that the product loads on its first
 * start: jurisdictions, three parks, the "1+3+5" organisation and a ledger of parcels
 * covering every identification situation of DOMAIN.md §2, as of 2026-11-23.
 */
export { buildDemo, type DemoData, type DemoZone } from './build.ts';
export { loadDemo } from './load.ts';
export { DEMO_AS_OF, COUNTY_CODE } from './county.ts';
export { situationLabels, type Situation } from './situations.ts';
export type { Organisation } from './organisation.ts';
