export * from './facts.ts';
export * from './result.ts';
export * from './rule-set.ts';
export { criterionKinds, compileCriterion, evaluateCriterion, TIME_BASED_KINDS, compileContext, type CompileContext, type Evaluator } from './kinds/index.ts';
export { compileRuleSet, identify, identifyFile, type CompiledRuleSet } from './evaluate.ts';
export * from './rule-sets/index.ts';
export * from './validate.ts';
export { ledgerRecordToFacts, ledgerBatchToFacts } from './from-ledger.ts';
export { formatIdentificationTable, PRIMARY_CATEGORY_ZH } from './table.ts';
