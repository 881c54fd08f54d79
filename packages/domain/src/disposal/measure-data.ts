/**
 * Checks of a measure's §4.8 data as the user enters it. Each problem names the field
 * (`path`, as in the JSON) and says in Chinese what is wrong; an empty list means the data
 * can be saved. Limits between dates come from the catalogue entry (the seeds' periods).
 */
import { yuanToFen } from '../cases/fees.ts';
import { checkUscc } from '../ids/uscc.ts';
import { addYears, compareIsoDates, isIsoDate } from '../units/dates.ts';
import type { DatePath, DisposalMethod } from './catalogue.ts';
import { nonEmptyText, zh } from './refusal.ts';
import {
  agreementTypeLabels,
  feeKindLabels,
  newDeadlineLabels,
  type MeasureData,
  type NewDeadlines,
} from './types.ts';

export interface FieldProblem {
  path: string;
  messageZh: string;
}

type Add = (path: string, messageZh: string) => void;

const buildingBases = ['REPLACEMENT_COST', 'APPRAISAL'];
const landBases = ['BENCHMARK_LAND_PRICE', 'ACTUAL_ACQUISITION_COST', 'MARKET_APPRAISAL', 'NEGOTIATED'];

function checkDate(value: unknown, path: string, label: string, add: Add): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || !isIsoDate(value)) add(path, `${label}不是有效日期，请按“年-月-日”填写。`);
}

function checkYuan(value: unknown, path: string, label: string, add: Add): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || yuanToFen(value) === undefined) {
    add(path, `${label}应为不小于0的金额（元），最多保留两位小数。`);
  }
}

function checkArea(value: unknown, path: string, label: string, add: Add): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) add(path, `${label}应为不小于0的面积（平方米）。`);
}

function checkParties(data: MeasureData, method: DisposalMethod, add: Add): void {
  const a = data.agreement;
  if (!a) return;
  if (!(a.type in agreementTypeLabels)) add('agreement.type', '请选择协议类型。');
  else if (method.agreementTypes?.length && !method.agreementTypes.includes(a.type)) {
    const wanted = method.agreementTypes.map((t) => agreementTypeLabels[t]).join('或');
    add('agreement.type', `“${method.nameZh}”应签订${wanted}，不是${agreementTypeLabels[a.type]}。`);
  }
  checkDate(a.signedAt, 'agreement.signedAt', '协议签订日期', add);
  if (!Array.isArray(a.parties)) add('agreement.parties', '请填写协议各方。');
  else
    a.parties.forEach((p, i) => {
      if (!nonEmptyText(p)) add(`agreement.parties.${i}`, `第${i + 1}个协议当事方名称为空。`);
    });
}

function checkMoneyAndAreas(data: MeasureData, add: Add): void {
  const v = data.valuation;
  if (v) {
    if (!landBases.includes(v.landBasis)) add('valuation.landBasis', '请选择土地价格的评估依据。');
    checkYuan(v.landValue_yuan, 'valuation.landValue_yuan', '土地价格', add);
    if (v.buildingBasis !== undefined && !buildingBases.includes(v.buildingBasis)) {
      add('valuation.buildingBasis', '请选择地上建筑物的评估依据（重置价或评估价）。');
    }
    checkYuan(v.buildingValue_yuan, 'valuation.buildingValue_yuan', '建筑物价格', add);
  }
  const f = data.fee;
  if (f) {
    if (!(f.kind in feeKindLabels)) add('fee.kind', '请选择费用类别。');
    if (f.amount_yuan === undefined || f.amount_yuan === null) add('fee.amount_yuan', '请填写金额（元）。');
    else checkYuan(f.amount_yuan, 'fee.amount_yuan', '金额', add);
    if (f.rate !== undefined && (typeof f.rate !== 'number' || !(f.rate >= 0 && f.rate <= 1))) {
      add('fee.rate', '征收比例应在0至1之间（例如20%填0.2）。');
    }
    checkDate(f.dueAt, 'fee.dueAt', '缴款期限', add);
    checkDate(f.paidAt, 'fee.paidAt', '缴清日期', add);
  }
  const s = data.areaSplit;
  if (s) {
    checkArea(s.retained_m2, 'areaSplit.retained_m2', '保留面积', add);
    checkArea(s.transferred_m2, 'areaSplit.transferred_m2', '分割面积', add);
  }
}

const dateLabel = (path: DatePath): string =>
  path === 'agreement.signedAt' ? '协议签订日期' : newDeadlineLabels[path.slice('newDeadlines.'.length) as keyof NewDeadlines];

function dateAt(data: MeasureData, path: DatePath): string | undefined {
  const value = path === 'agreement.signedAt' ? data.agreement?.signedAt : data.newDeadlines?.[path.slice('newDeadlines.'.length) as keyof NewDeadlines];
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}

/** later must not be before earlier; both optional. */
const orderedPairs: Array<[DatePath, DatePath]> = [
  ['newDeadlines.start', 'newDeadlines.completion'],
  ['newDeadlines.start', 'newDeadlines.production'],
  ['newDeadlines.temporaryUseFrom', 'newDeadlines.temporaryUseUntil'],
];

function checkDeadlines(data: MeasureData, method: DisposalMethod, add: Add): void {
  const d = data.newDeadlines;
  if (d) for (const key of Object.keys(newDeadlineLabels) as Array<keyof NewDeadlines>) checkDate(d[key], `newDeadlines.${key}`, newDeadlineLabels[key], add);
  for (const [from, to] of orderedPairs) {
    const a = dateAt(data, from);
    const b = dateAt(data, to);
    if (a && b && compareIsoDates(b, a) < 0) add(to, `${dateLabel(to)}（${zh(b)}）不得早于${dateLabel(from)}（${zh(a)}）。`);
  }
  for (const limit of method.periodLimits ?? []) {
    const a = dateAt(data, limit.from);
    const b = dateAt(data, limit.to);
    if (!a || !b) continue;
    const latest = addYears(a, limit.maxYears);
    if (compareIsoDates(b, latest) > 0) {
      add(limit.to, `${dateLabel(limit.to)}（${zh(b)}）超出“${limit.ruleZh}”的规定，最迟为${zh(latest)}。`);
    }
  }
}

export function validateMeasureData(method: DisposalMethod, data: MeasureData): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add: Add = (path, messageZh) => problems.push({ path, messageZh });
  const c = data.counterparty;
  if (c) {
    if (!nonEmptyText(c.name)) add('counterparty.name', '请填写交易或合作对象的名称。');
    if (nonEmptyText(c.uscc)) {
      const check = checkUscc(c.uscc);
      if (!check.ok) add('counterparty.uscc', check.errorZh);
    }
  }
  checkParties(data, method, add);
  checkMoneyAndAreas(data, add);
  checkDeadlines(data, method, add);
  (data.approvals ?? []).forEach((ap, i) => {
    if (!nonEmptyText(ap.body)) add(`approvals.${i}.body`, '请填写审批机关。');
    if (!ap.decidedAt) add(`approvals.${i}.decidedAt`, '请填写审批日期。');
    else checkDate(ap.decidedAt, `approvals.${i}.decidedAt`, '审批日期', add);
  });
  return problems;
}
