export * from './zones.ts';
export * from './prj.ts';
export * from './coordinates.ts';
export * from './code-attribute.ts';
export { resolveSourceCrs, type CrsSources } from './detect.ts';
export * from './import-rules.ts';
export { touchingBoxPairs } from './box-pairs.ts';
