import { contractFields, enterpriseFields, parcelFields, yearFields, type FieldDef, type LedgerSection } from '@panhuo/domain';

/**
 * The ledger workbook's layout: which sheet holds which fields of the catalogue, under
 * which Chinese headers. The template, the import and the export all read this one
 * description, so an export can be edited and imported again.
 */
export type SheetKind = 'enterprise' | 'parcel' | 'contract' | 'construction' | 'operations' | 'year';

/**
 * What a column carries: a catalogue field of the sheet's record, or a reference to
 * another record (the parcel of a contract row, the zone and enterprise of a parcel).
 */
export type ColumnRole = 'field' | 'parcelCode' | 'zoneName' | 'enterpriseUscc' | 'enterpriseName' | 'jurisdictionCode';

export interface SheetColumn {
  /** the Chinese header, without the required mark */
  header: string;
  role: ColumnRole;
  /** how a cell of this column is parsed (`parseFieldInput`) and validated in Excel */
  def: FieldDef;
  /** the column must be present and every row must fill it */
  required: boolean;
}

export interface SheetSpec {
  name: string;
  kind: SheetKind;
  /** only 「地块」 must be in a file; an absent sheet leaves its part of the ledger unchanged */
  mandatory: boolean;
  columns: SheetColumn[];
  /** one line for the instructions sheet */
  descriptionZh: string;
}

export const INSTRUCTIONS_SHEET = '填写说明';
/** Rows whose key starts with this are the template's examples; the import skips them. */
export const EXAMPLE_PREFIX = '示例';

const byKey = (defs: FieldDef[], key: string): FieldDef => {
  const d = defs.find((x) => x.key === key);
  if (!d) throw new Error(`field ${key} missing from the catalogue`);
  return d;
};

const parcelCodeDef = byKey(parcelFields, 'code');
const usccDef = byKey(enterpriseFields, 'uscc');
const enterpriseNameDef = byKey(enterpriseFields, 'name');

/** Columns that point at other records; parsed as text and resolved by the import. */
const referenceDefs = {
  parcelCode: { ...parcelCodeDef, hintZh: '须与「地块」工作表或系统中已有的宗地编号一致' },
  zoneName: {
    key: 'zoneName',
    entity: 'parcel',
    section: 'basic',
    column: 'zone_id',
    labelZh: '所属园区',
    type: 'string',
    hintZh: '本辖区已设立的园区（功能区）名称；不属于任何园区的留空',
  },
  enterpriseUscc: { ...usccDef, key: 'enterpriseUscc', labelZh: `企业${usccDef.labelZh}`, hintZh: '用地企业的统一社会信用代码；优先按此匹配「企业」工作表或系统中的企业' },
  enterpriseName: { ...enterpriseNameDef, key: 'enterpriseName', required: false, hintZh: '用地企业名称；无信用代码时按名称匹配，系统中没有的企业将新登记' },
  jurisdictionCode: {
    key: 'jurisdictionCode',
    entity: 'parcel',
    section: 'basic',
    column: 'jurisdiction_code',
    labelZh: '行政区划代码',
    type: 'string',
    hintZh: '可不填；填写时须与本次导入的县级行政区划代码一致（导出文件会带出此列）',
  },
} satisfies Record<Exclude<ColumnRole, 'field'>, FieldDef>;

/** The headers of the reference columns, for messages. */
export const referenceHeaders = Object.fromEntries(
  Object.entries(referenceDefs).map(([role, def]) => [role, def.labelZh]),
) as Record<Exclude<ColumnRole, 'field'>, string>;

const fieldColumn = (def: FieldDef): SheetColumn => ({ header: def.labelZh, role: 'field', def, required: def.required === true });
const refColumn = (role: Exclude<ColumnRole, 'field'>): SheetColumn => ({
  header: referenceDefs[role].labelZh,
  role,
  def: referenceDefs[role],
  required: role === 'parcelCode',
});
const parcelSections = (...sections: LedgerSection[]) => parcelFields.filter((d) => sections.includes(d.section)).map(fieldColumn);

export const ledgerSheets: SheetSpec[] = [
  {
    name: '企业',
    kind: 'enterprise',
    mandatory: false,
    columns: enterpriseFields.map(fieldColumn),
    descriptionZh: '用地企业，一行一家；按统一社会信用代码（无代码时按企业名称）与系统中的企业对应',
  },
  {
    name: '地块',
    kind: 'parcel',
    mandatory: true,
    columns: [
      ...parcelSections('basic'),
      refColumn('zoneName'),
      refColumn('enterpriseUscc'),
      refColumn('enterpriseName'),
      refColumn('jurisdictionCode'),
    ],
    descriptionZh: '宗地基本信息，一行一宗；按宗地编号与系统中的宗地对应，已有的更新，没有的新增',
  },
  {
    name: '合同',
    kind: 'contract',
    mandatory: false,
    columns: [refColumn('parcelCode'), ...contractFields.map(fieldColumn)],
    descriptionZh: '出让合同（划拨决定书、投资协议）约定的条件，每宗地一行',
  },
  {
    name: '建设情况',
    kind: 'construction',
    mandatory: false,
    columns: [refColumn('parcelCode'), ...parcelSections('construction', 'site')],
    descriptionZh: '动工、停工、竣工情况与用地现状，每宗地一行',
  },
  {
    name: '经营情况',
    kind: 'operations',
    mandatory: false,
    columns: [refColumn('parcelCode'), ...parcelSections('operations', 'compliance')],
    descriptionZh: '生产经营、合规与闲置原因，每宗地一行',
  },
  {
    name: '年度数据',
    kind: 'year',
    mandatory: false,
    columns: [refColumn('parcelCode'), ...yearFields.map(fieldColumn)],
    descriptionZh: '逐年的税收、产值等经营数据，每宗地每年一行',
  },
];

export function sheetOf(kind: SheetKind): SheetSpec {
  return ledgerSheets.find((s) => s.kind === kind)!;
}

/**
 * Headers and sheet names as people retype them: full-width or half-width brackets and
 * colons, spaces anywhere, a required mark `*` in front or behind. Both sides of a
 * comparison go through this.
 */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(/[\s*]/g, '');
}

/** The header as written in the template: required columns carry a leading `*`. */
export function displayHeader(column: SheetColumn): string {
  return column.required ? `*${column.header}` : column.header;
}
