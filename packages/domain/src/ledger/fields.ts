import type { EnumId } from './enums.ts';

/**
 * The ledger's field catalogue: one entry per fact the ledger keeps. It drives the
 * SQL column mapping, the API schemas, the Excel template and import, the export to
 * panhuo.parcel-facts/1 and the web forms, so a field is declared once.
 *
 * Units: areas are entered and stored in m²; money is entered in 万元 and stored in
 * yuan; percentages are entered in % and stored as fractions. Dates are ISO dates.
 */
export type FieldType =
  | 'string'
  | 'text'
  | 'date'
  | 'area'
  | 'money'
  | 'decimal'
  | 'percent'
  | 'integer'
  | 'boolean'
  | 'enum';

/** Which record a field belongs to (and so which table stores it). */
export type LedgerEntity = 'parcel' | 'contract' | 'year' | 'enterprise';

/** The parcel page's tabs and the template's sheets group fields by section. */
export type LedgerSection =
  | 'basic'
  | 'contract'
  | 'construction'
  | 'site'
  | 'operations'
  | 'compliance'
  | 'year'
  | 'enterprise';

export interface FieldDef {
  key: string;
  entity: LedgerEntity;
  section: LedgerSection;
  column: string;
  labelZh: string;
  type: FieldType;
  enumId?: EnumId;
  required?: boolean;
  min?: number;
  max?: number;
  /** Path of this fact in a panhuo.parcel-facts/1 parcel, when the contract has it. */
  factsPath?: string;
  hintZh?: string;
}

export const sectionLabels: Record<LedgerSection, string> = {
  basic: '基本信息',
  contract: '合同指标',
  construction: '建设情况',
  site: '用地现状',
  operations: '经营情况',
  compliance: '合规与司法',
  year: '年度经营数据',
  enterprise: '企业信息',
};

const f = (
  entity: LedgerEntity,
  section: LedgerSection,
  key: string,
  column: string,
  labelZh: string,
  type: FieldType,
  extra: Partial<FieldDef> = {},
): FieldDef => ({ entity, section, key, column, labelZh, type, ...extra });

export const parcelFields: FieldDef[] = [
  f('parcel', 'basic', 'code', 'code', '宗地编号', 'string', { required: true, factsPath: 'parcelCode', hintZh: '台账编号或不动产单元号，辖区内唯一' }),
  f('parcel', 'basic', 'name', 'name', '地块名称', 'string', { required: true, factsPath: 'name' }),
  f('parcel', 'basic', 'unitNumber', 'unit_number', '不动产单元号', 'string'),
  f('parcel', 'basic', 'location', 'location', '坐落', 'string'),
  f('parcel', 'basic', 'plannedUse', 'planned_use', '规划用途', 'enum', { enumId: 'plannedUse', factsPath: 'plannedUse', hintZh: 'GB/T 21010-2017 地类编码' }),
  f('parcel', 'basic', 'area_m2', 'area_m2', '土地总面积（平方米）', 'area', { required: true, min: 0.01, factsPath: 'area_m2' }),
  f('parcel', 'basic', 'grantedArea_m2', 'granted_area_m2', '其中：出让面积（平方米）', 'area', { factsPath: 'grantedArea_m2' }),
  f('parcel', 'basic', 'acquisitionMode', 'acquisition_mode', '土地取得方式', 'enum', { enumId: 'acquisitionMode', factsPath: 'right.acquisitionMode' }),
  f('parcel', 'basic', 'acquisitionDate', 'acquisition_date', '土地取得日期', 'date', { factsPath: 'right.acquisitionDate' }),
  f('parcel', 'basic', 'deliveryDate', 'delivery_date', '实际交付土地日期', 'date', { factsPath: 'right.deliveryDate' }),
  f('parcel', 'basic', 'landPrice_yuan', 'land_price_yuan', '出让（划拨）价款（万元）', 'money', { factsPath: 'right.landPrice_yuan' }),
  f('parcel', 'basic', 'remarks', 'remarks', '备注', 'text'),

  f('parcel', 'construction', 'permitDate', 'permit_date', '施工许可证日期', 'date'),
  f('parcel', 'construction', 'foundationType', 'foundation_type', '地基类型', 'enum', { enumId: 'foundationType' }),
  f('parcel', 'construction', 'started', 'started', '是否已动工开发', 'boolean', { factsPath: 'construction.started', hintZh: '按《闲置土地处置办法》第三十条认定' }),
  f('parcel', 'construction', 'actualStartDate', 'actual_start_date', '实际动工日期', 'date', { factsPath: 'construction.actualStartDate' }),
  f('parcel', 'construction', 'startEvidence', 'start_evidence', '动工认定依据', 'enum', { enumId: 'startEvidence' }),
  f('parcel', 'construction', 'developedArea_m2', 'developed_area_m2', '已动工开发建设用地面积（平方米）', 'area', { factsPath: 'construction.developedArea_m2' }),
  f('parcel', 'construction', 'investedAmount_yuan', 'invested_amount_yuan', '已投资额（万元，不含地价和税费）', 'money', { factsPath: 'construction.investedAmount_yuan' }),
  f('parcel', 'construction', 'halted', 'halted', '是否停工', 'boolean', { factsPath: 'construction.halted' }),
  f('parcel', 'construction', 'haltStartDate', 'halt_start_date', '停工日期', 'date', { factsPath: 'construction.haltStartDate' }),
  f('parcel', 'construction', 'haltReason', 'halt_reason', '停工原因', 'enum', { enumId: 'haltReason', factsPath: 'construction.haltReason' }),
  f('parcel', 'construction', 'completed', 'completed', '是否竣工', 'boolean', { factsPath: 'construction.completed' }),
  f('parcel', 'construction', 'completionDate', 'completion_date', '竣工日期', 'date', { factsPath: 'construction.completionDate' }),
  f('parcel', 'construction', 'abandonedWorks', 'abandoned_works', '是否烂尾工程', 'boolean', { factsPath: 'construction.abandonedWorks' }),

  f('parcel', 'site', 'floorArea_m2', 'floor_area_m2', '建筑面积（平方米）', 'area', { factsPath: 'site.floorArea_m2' }),
  f('parcel', 'site', 'buildingFootprint_m2', 'building_footprint_m2', '建筑占地面积（平方米）', 'area'),
  f('parcel', 'site', 'buildingCoverage', 'building_coverage', '建筑系数（%）', 'percent', { max: 1, factsPath: 'site.buildingCoverage' }),
  f('parcel', 'site', 'plotRatio', 'plot_ratio', '容积率', 'decimal', { max: 20, factsPath: 'site.plotRatio' }),
  f('parcel', 'site', 'vacantContiguousArea_m2', 'vacant_contiguous_area_m2', '连片空闲土地面积（平方米）', 'area', { factsPath: 'site.vacantContiguousArea_m2' }),
  f('parcel', 'site', 'vacantIndependentlyDevelopable', 'vacant_independently_developable', '空闲土地可单独开发', 'boolean', { factsPath: 'site.vacantIndependentlyDevelopable' }),

  f('parcel', 'operations', 'operationsStatus', 'operations_status', '生产经营状态', 'enum', { enumId: 'operationsStatus', factsPath: 'operations.status' }),
  f('parcel', 'operations', 'productionReadyDate', 'production_ready_date', '具备生产条件日期', 'date', { factsPath: 'operations.productionReadyDate' }),
  f('parcel', 'operations', 'productionStartDate', 'production_start_date', '正式投产日期', 'date', { factsPath: 'operations.productionStartDate' }),
  f('parcel', 'operations', 'haltProductionStartDate', 'halt_production_start_date', '停产（半停产）日期', 'date', { factsPath: 'operations.haltProductionStartDate' }),
  f('parcel', 'operations', 'lastTaxPaymentDate', 'last_tax_payment_date', '最近一次缴税日期', 'date', { factsPath: 'operations.lastTaxPaymentDate' }),
  f('parcel', 'operations', 'employees', 'employees', '职工人数', 'integer', { factsPath: 'operations.employees' }),
  f('parcel', 'operations', 'fixedAssetInvestment_yuan', 'fixed_asset_investment_yuan', '固定资产投资（万元，含地价）', 'money', { factsPath: 'finance.fixedAssetInvestment_yuan' }),
  f('parcel', 'operations', 'sublet', 'sublet', '是否转租', 'boolean', { factsPath: 'operations.sublet' }),
  f('parcel', 'operations', 'tenantConformsToPlan', 'tenant_conforms_to_plan', '承租方符合园区产业规划', 'boolean', { factsPath: 'operations.tenantConformsToPlan' }),

  f('parcel', 'compliance', 'safetyNonCompliant', 'safety_non_compliant', '安全生产不达标', 'boolean', { factsPath: 'compliance.safety.nonCompliant' }),
  f('parcel', 'compliance', 'safetyRectificationFailed', 'safety_rectification_failed', '安全生产经整改仍不达标', 'boolean', { factsPath: 'compliance.safety.rectificationFailed' }),
  f('parcel', 'compliance', 'safetyClosureRequired', 'safety_closure_required', '安全生产依法需关停', 'boolean', { factsPath: 'compliance.safety.closureRequired' }),
  f('parcel', 'compliance', 'environmentNonCompliant', 'environment_non_compliant', '环保不达标', 'boolean', { factsPath: 'compliance.environment.nonCompliant' }),
  f('parcel', 'compliance', 'environmentRectificationFailed', 'environment_rectification_failed', '环保经整改仍不达标', 'boolean', { factsPath: 'compliance.environment.rectificationFailed' }),
  f('parcel', 'compliance', 'environmentClosureRequired', 'environment_closure_required', '环保依法需关停', 'boolean', { factsPath: 'compliance.environment.closureRequired' }),
  f('parcel', 'compliance', 'fireNonCompliant', 'fire_non_compliant', '消防不达标', 'boolean', { factsPath: 'compliance.fire.nonCompliant' }),
  f('parcel', 'compliance', 'fireRectificationFailed', 'fire_rectification_failed', '消防经整改仍不达标', 'boolean', { factsPath: 'compliance.fire.rectificationFailed' }),
  f('parcel', 'compliance', 'fireClosureRequired', 'fire_closure_required', '消防依法需关停', 'boolean', { factsPath: 'compliance.fire.closureRequired' }),
  f('parcel', 'compliance', 'idleCauseType', 'idle_cause_type', '闲置原因', 'enum', { enumId: 'idleCauseType', factsPath: 'idleCause.type' }),
  f('parcel', 'compliance', 'idleCauseGovernmentItem', 'idle_cause_government_item', '政府原因情形（第八条第几项）', 'integer', { min: 1, max: 6, factsPath: 'idleCause.governmentItem' }),
  f('parcel', 'compliance', 'idleCauseVerified', 'idle_cause_verified', '闲置原因经审核属实', 'boolean', { factsPath: 'idleCause.verified' }),
  f('parcel', 'compliance', 'idleCauseNote', 'idle_cause_note', '闲置原因说明', 'text'),
];

export const contractFields: FieldDef[] = [
  f('contract', 'contract', 'contractNo', 'contract_no', '合同（决定书）编号', 'string'),
  f('contract', 'contract', 'source', 'source', '约定依据', 'enum', { enumId: 'contractSource' }),
  f('contract', 'contract', 'signedDate', 'signed_date', '签订日期', 'date'),
  f('contract', 'contract', 'agreedStartDate', 'agreed_start_date', '约定动工日期', 'date', { factsPath: 'contract.agreedStartDate' }),
  f('contract', 'contract', 'agreedCompletionDate', 'agreed_completion_date', '约定竣工日期', 'date', { factsPath: 'contract.agreedCompletionDate' }),
  f('contract', 'contract', 'constructionPeriodEnd', 'construction_period_end', '建设期满日期', 'date', { factsPath: 'contract.constructionPeriodEnd' }),
  f('contract', 'contract', 'requiredDevelopmentArea_m2', 'required_development_area_m2', '应动工开发建设用地面积（平方米）', 'area', { factsPath: 'contract.requiredDevelopmentArea_m2' }),
  f('contract', 'contract', 'totalInvestment_yuan', 'total_investment_yuan', '约定总投资额（万元，不含地价和税费）', 'money', { factsPath: 'contract.totalInvestment_yuan' }),
  f('contract', 'contract', 'investmentIntensity_10kYuanPerMu', 'investment_intensity', '约定投资强度（万元/亩）', 'decimal', { factsPath: 'contract.investmentIntensity_10kYuanPerMu' }),
  f('contract', 'contract', 'taxPerMu_10kYuanPerMu', 'tax_per_mu', '约定亩均税收（万元/亩·年）', 'decimal', { factsPath: 'contract.taxPerMu_10kYuanPerMu' }),
  f('contract', 'contract', 'outputPerMu_10kYuanPerMu', 'output_per_mu', '约定亩均产值（万元/亩·年）', 'decimal', { factsPath: 'contract.outputPerMu_10kYuanPerMu' }),
  f('contract', 'contract', 'plotRatioMin', 'plot_ratio_min', '容积率下限', 'decimal', { max: 20, factsPath: 'contract.plotRatioMin' }),
  f('contract', 'contract', 'otherConditions', 'other_conditions', '其他约定条件', 'text'),
];

export const yearFields: FieldDef[] = [
  f('year', 'year', 'year', 'year', '年度', 'integer', { required: true, min: 1990, max: 2100, factsPath: 'year' }),
  f('year', 'year', 'taxPaid_yuan', 'tax_paid_yuan', '实缴税金（万元）', 'money', { factsPath: 'taxPaid_yuan' }),
  f('year', 'year', 'landUseTax_yuan', 'land_use_tax_yuan', '其中：土地使用税（万元）', 'money', { factsPath: 'landUseTax_yuan' }),
  f('year', 'year', 'propertyTax_yuan', 'property_tax_yuan', '其中：房产税（万元）', 'money', { factsPath: 'propertyTax_yuan' }),
  f('year', 'year', 'taxDue_yuan', 'tax_due_yuan', '应纳税额（万元）', 'money', { factsPath: 'taxDue_yuan' }),
  f('year', 'year', 'industrialOutput_yuan', 'industrial_output_yuan', '工业产值（万元）', 'money', { factsPath: 'industrialOutput_yuan' }),
  f('year', 'year', 'valueAdded_yuan', 'value_added_yuan', '工业增加值（万元）', 'money', { factsPath: 'valueAdded_yuan' }),
  f('year', 'year', 'mainBusinessRevenue_yuan', 'main_business_revenue_yuan', '主营业务收入（万元）', 'money', { factsPath: 'mainBusinessRevenue_yuan' }),
  f('year', 'year', 'energy_tce', 'energy_tce', '综合能耗（吨标准煤）', 'decimal', { factsPath: 'energy_tce' }),
  f('year', 'year', 'electricity_kwh', 'electricity_kwh', '用电量（千瓦时）', 'decimal', { factsPath: 'electricity_kwh' }),
  f('year', 'year', 'rdExpense_yuan', 'rd_expense_yuan', '研发经费支出（万元）', 'money', { factsPath: 'rdExpense_yuan' }),
  f('year', 'year', 'averageEmployees', 'average_employees', '年平均职工人数', 'integer', { factsPath: 'averageEmployees' }),
];

export const enterpriseFields: FieldDef[] = [
  f('enterprise', 'enterprise', 'name', 'name', '企业名称', 'string', { required: true, factsPath: 'enterprise.name' }),
  f('enterprise', 'enterprise', 'uscc', 'uscc', '统一社会信用代码', 'string', { factsPath: 'enterprise.uscc', hintZh: 'GB 32100，18 位' }),
  f('enterprise', 'enterprise', 'legalRepresentative', 'legal_representative', '法人代表', 'string'),
  f('enterprise', 'enterprise', 'phone', 'phone', '联系电话', 'string'),
  f('enterprise', 'enterprise', 'address', 'address', '企业地址', 'string'),
  f('enterprise', 'enterprise', 'industryCode', 'industry_code', '国民经济行业代码', 'string', { factsPath: 'enterprise.industryCode', hintZh: 'GB/T 4754-2017' }),
  f('enterprise', 'enterprise', 'scale', 'scale', '企业规模', 'enum', { enumId: 'enterpriseScale' }),
  f('enterprise', 'enterprise', 'catalogueClass', 'catalogue_class', '产业结构调整指导目录类别', 'enum', { enumId: 'catalogueClass', factsPath: 'enterprise.catalogueClass' }),
  f('enterprise', 'enterprise', 'parkCatalogueClass', 'park_catalogue_class', '园区主导产业目录类别', 'enum', { enumId: 'catalogueClass', factsPath: 'enterprise.parkCatalogueClass' }),
  f('enterprise', 'enterprise', 'judicialStatus', 'judicial_status', '司法处置状态', 'enum', { enumId: 'judicialStatus', factsPath: 'enterprise.judicialStatus' }),
];

export const allLedgerFields: FieldDef[] = [...parcelFields, ...contractFields, ...yearFields, ...enterpriseFields];

export function fieldsOf(entity: LedgerEntity): FieldDef[] {
  return allLedgerFields.filter((d) => d.entity === entity);
}

export function fieldByKey(entity: LedgerEntity, key: string): FieldDef | undefined {
  return allLedgerFields.find((d) => d.entity === entity && d.key === key);
}
