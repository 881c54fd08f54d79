/**
 * Checks across fields of one parcel that a single field cannot make: a granted area
 * larger than the whole parcel, a completion before the start. Each problem names the
 * field it belongs to so a form or an import can show it in place.
 */
export interface ConsistencyProblem {
  key: string;
  messageZh: string;
}

type Facts = Record<string, unknown>;

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const date = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function checkParcelConsistency(p: Facts): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const area = num(p.area_m2);
  const granted = num(p.grantedArea_m2);
  if (area !== undefined && granted !== undefined && granted > area) {
    problems.push({ key: 'grantedArea_m2', messageZh: '出让面积不能大于土地总面积' });
  }
  const footprint = num(p.buildingFootprint_m2);
  if (area !== undefined && footprint !== undefined && footprint > area) {
    problems.push({ key: 'buildingFootprint_m2', messageZh: '建筑占地面积不能大于土地总面积' });
  }
  const start = date(p.actualStartDate);
  const completion = date(p.completionDate);
  if (start && completion && completion < start) {
    problems.push({ key: 'completionDate', messageZh: '竣工日期不能早于实际动工日期' });
  }
  if (p.halted === true && p.started === false) {
    problems.push({ key: 'halted', messageZh: '未动工的地块不能标记为停工' });
  }
  const item = p.idleCauseGovernmentItem;
  if (item != null && p.idleCauseType !== 'GOVERNMENT') {
    problems.push({ key: 'idleCauseGovernmentItem', messageZh: '只有闲置原因为「政府原因」时才填写第八条情形' });
  }
  return problems;
}

export function checkContractConsistency(c: Facts): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = [];
  const start = date(c.agreedStartDate);
  const completion = date(c.agreedCompletionDate);
  if (start && completion && completion < start) {
    problems.push({ key: 'agreedCompletionDate', messageZh: '约定竣工日期不能早于约定动工日期' });
  }
  return problems;
}
