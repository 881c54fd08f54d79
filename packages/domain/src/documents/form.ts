import type { OfficialDocument, TableCell } from './model.ts';
import type { DocumentInput } from './input.ts';
import { documentKindLabels } from './kinds.ts';
import { pending } from './model.ts';
import { squareMetresToMu } from '../units/area.ts';
import { formatChineseDate, isIsoDate, parseIsoDate } from '../units/dates.ts';
import { disposalMethodLabel } from './legal.ts';

/**
 * 企业基本情况表 (Jingde annex 2, DOMAIN §8.1) with the extension the rules need:
 * credit code, dates and ratios of development, two-year tax, judicial and catalogue status.
 * §8.1's own fields are required (a blank shows as 待补充); the extension shows 未登记.
 */
const n2 = (v: number) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const req = (v: string | null | undefined, label: string) => (v != null && v !== '' ? v : pending(label));
const opt = (v: string | null | undefined) => (v != null && v !== '' ? v : '未登记');
const wan = (v: number | null | undefined) => (v == null ? null : n2(v / 10_000));
const num = (v: number | null | undefined) => (v == null ? null : n2(v));
const ym = (iso: string | null | undefined) => {
  const d = iso ? parseIsoDate(iso) : undefined;
  return d ? `${d.year}年${d.month}月` : null;
};
const day = (iso: string | null | undefined) => (iso && isIsoDate(iso) ? formatChineseDate(iso) : null);
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null || b === 0 ? null : `${((a / b) * 100).toFixed(2)}%`;

const cell = (t: string, extra: Partial<TableCell> = {}): TableCell => ({ text: t, ...extra });
const label = (t: string) => cell(t, { bold: true, align: 'center' });
const section = (t: string): TableCell[] => [cell(t, { bold: true, colSpan: 4, align: 'center' })];
const pair = (l1: string, v1: string, l2: string, v2: string): TableCell[] => [label(l1), cell(v1), label(l2), cell(v2)];
const wide = (l: string, v: string): TableCell[] => [label(l), cell(v, { colSpan: 3 })];

export function buildEnterpriseForm(input: DocumentInput): OfficialDocument {
  const e = input.enterprise ?? {};
  const l = input.parcel ?? {};
  const f = input.form ?? {};
  const facts = input.facts ?? {};
  const totalMu = l.area_m2 == null ? null : squareMetresToMu(l.area_m2);
  const taxPerMu = f.taxPaid_yuan != null && totalMu ? n2(f.taxPaid_yuan / 10_000 / totalMu) : null;
  const plotRatio = f.floorArea_m2 != null && l.area_m2 ? (f.floorArea_m2 / l.area_m2).toFixed(2) : null;
  const coverage = ratio(f.buildingFootprint_m2, l.area_m2);
  const criteria = (input.identification?.criteria ?? []).map((c) => `${c.id} ${c.wordingZh.replace(/[。；]$/, '')}`);
  const disposal = (facts.proposedDisposal ?? []).map(disposalMethodLabel);
  const taxBreakdown = f.landUseTax_yuan != null || f.propertyTax_yuan != null ? `${wan(f.landUseTax_yuan) ?? '—'}、${wan(f.propertyTax_yuan) ?? '—'}` : null;

  const rows: TableCell[][] = [
    wide('企业名称', req(e.name, '企业名称')),
    pair('统一社会信用代码', opt(e.uscc), '法人代表', req(e.legalRepresentative, '法人代表')),
    pair('企业位置', req(l.location ?? e.address, '企业位置'), '联系电话', req(e.phone, '联系电话')),
    section(f.previousYear ? `企业基本情况（上一年为${f.previousYear}年）` : '企业基本情况'),
    pair('职工人数（人）', req(f.employees == null ? null : String(f.employees), '职工人数'), '上一年工业产值（万元）', req(wan(f.industrialOutput_yuan), '上一年工业产值')),
    pair('上一年实缴税金（万元）', req(wan(f.taxPaid_yuan), '上一年实缴税金'), '其中：土地使用税、房产税', opt(taxBreakdown)),
    section('资源占用情况'),
    pair('土地总面积（亩）', req(totalMu == null ? null : n2(totalMu), '土地总面积'), '其中：土地出让面积（亩）', req(l.grantedArea_m2 == null ? null : n2(squareMetresToMu(l.grantedArea_m2)), '土地出让面积')),
    pair('建筑面积（平方米）', req(num(f.floorArea_m2), '建筑面积'), '建筑占地面积（平方米）', req(num(f.buildingFootprint_m2), '建筑占地面积')),
    pair('土地取得时间', req(ym(l.acquisitionDate), '土地取得时间'), '停产时间', ym(f.productionHaltedOn) ?? '未停产'),
    section('贡献情况'),
    pair('上一年亩产税收（万元/亩）', req(taxPerMu, '上一年亩产税收'), '近两年平均税收（万元，不含土地使用税、房产税）', opt(wan(f.twoYearAverageTaxExcl_yuan))),
    section('认定所需补充情况'),
    pair('宗地编号', opt(l.code), '约定动工日期', opt(day(l.agreedStartDate))),
    pair('实际动工日期', opt(day(f.actualStartDate)), '正式投产日期', opt(day(f.productionStartDate))),
    pair('已开发面积占比', opt(ratio(f.developedArea_m2, f.requiredDevelopmentArea_m2)), '已投资额占比', opt(ratio(f.investedAmount_yuan, f.totalInvestment_yuan))),
    pair('停工日期', opt(day(f.haltStartDate)), '司法处置状态', opt(f.judicialStatus)),
    pair('产业目录类别', opt(f.catalogueClass), '安全环保消防', opt(f.complianceNote)),
    pair('容积率（约）', opt(plotRatio), '建筑系数（约）', opt(coverage)),
    wide('拟认定情况', criteria.length ? criteria.join('；') : pending('拟认定情况')),
    wide('拟处置方案', disposal.length ? `${disposal.join('、')}${facts.proposedDisposalNote ? `。${facts.proposedDisposalNote}` : ''}` : pending('拟处置方案')),
    wide('县领导组审核意见', '\n\n（盖章）　　　　年　　月　　日'),
  ];
  return {
    kind: 'ENTERPRISE_FORM',
    issuer: input.issuer,
    title: documentKindLabels.ENTERPRISE_FORM,
    blocks: [{ type: 'table', rows, columnWidths: [24, 26, 24, 26] }],
    signer: input.signer ?? input.issuer,
  };
}
