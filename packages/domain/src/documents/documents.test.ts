import { describe, expect, it } from 'vitest';
import { buildDocument, documentKinds, feeAmount, pendingFacts, plainText, type DocumentInput } from '../index.ts';

const input: DocumentInput = {
  issuer: '青岚县自然资源局',
  enterprise: { name: '青岚示例机械有限公司', uscc: '91350899MA00000019', address: '青岚县东环路1号', legalRepresentative: '张示例', phone: '0597-0000000' },
  parcel: {
    code: 'QL-XC-047',
    name: '东园机械厂地块',
    location: '青岚县经济开发区东园',
    area_m2: 20000,
    grantedArea_m2: 20000,
    plannedUse: '工业用地',
    acquisitionDate: '2020-05-18',
    agreedStartDate: '2021-03-01',
    agreedCompletionDate: '2023-03-01',
    landPrice_yuan: 1234567.89,
    contractNo: '青岚出让〔2020〕12号',
  },
  identification: {
    ruleSetName: '《闲置土地处置办法》认定标准',
    evaluatedOn: '2026-11-20',
    criteria: [{ id: 'NAT-IDLE-01', wordingZh: '超过约定动工开发日期满一年未动工开发', evidence: ['约定动工日期2021年3月1日，至2026年11月20日未动工。'] }],
  },
  facts: {
    discoveredOn: '2026-10-08',
    materialsDays: 30,
    cause: 'ENTERPRISE',
    idleSince: '2021-03-01',
    sanction: 'FEE',
    feeRate: '0.20',
    hearingRequestWorkingDays: 5,
    proposedDisposal: ['D-N07'],
    objectionWorkingDays: 10,
    reviewedOn: '2026-11-25',
    approval: { body: '青岚县人民政府', decidedOn: '2026-11-26', docNo: '青政文〔2026〕88号' },
    reviewBody: '青岚县人民政府',
    court: '青岚县人民法院',
    mortgagees: ['青岚农村商业银行股份有限公司'],
  },
  form: { employees: 12, previousYear: 2025, industrialOutput_yuan: 3_000_000, taxPaid_yuan: 150_000, floorArea_m2: 8000, buildingFootprint_m2: 6000 },
  meeting: {
    heldOn: '2026-11-25',
    place: '青岚县自然资源局三楼会议室',
    host: '领导小组组长',
    attendees: ['县自然资源局', '县科技商务经信局', '经开区管委会'],
    cases: [
      { caseNo: 'QL-2026-001', enterpriseName: '青岚示例机械有限公司', parcelCode: 'QL-XC-047', outcome: 'CONFIRM', proposedDisposal: ['D-JD01'] },
      { caseNo: 'QL-2026-002', enterpriseName: '青岚示例纺织有限公司', parcelCode: 'QL-XC-051', outcome: 'REJECT' },
    ],
  },
};

const text = (kind: Parameters<typeof buildDocument>[0], i: DocumentInput = input) => plainText(buildDocument(kind, i));

describe('document content', () => {
  it.each(documentKinds)('%s: complete input leaves nothing pending', (kind) => {
    const doc = buildDocument(kind, input);
    expect(pendingFacts(doc)).toEqual([]);
    expect(doc.issuer).toBe('青岚县自然资源局');
    expect(doc.docNo).toBeUndefined();
    expect(doc.date).toBeUndefined();
  });

  it('调查通知书 has the Art. 6 items: holder, basic facts, facts and basis, items and deadline, rights and duties', () => {
    const t = text('INVESTIGATION_NOTICE');
    for (const s of ['青岚示例机械有限公司', '91350899MA00000019', '青岚县东环路1号', 'QL-XC-047', '30.00亩（20,000.00平方米）', '2021年3月1日', '涉嫌闲置的事实和依据', '第二条', '自收到本通知书之日起30日内', '权利和义务', '陈述、申辩', '第八条']) {
      expect(t).toContain(s);
    }
  });

  it('认定书 states the idle period, the cause and the conclusion (Art. 10)', () => {
    const t = text('IDLE_DETERMINATION');
    expect(t).toContain('该宗地自2021年3月1日起闲置');
    expect(t).toContain('闲置原因为国有建设用地使用权人自身原因');
    expect(t).toContain('认定上述宗地为闲置土地');
    const gov = text('IDLE_DETERMINATION', { ...input, facts: { ...input.facts, cause: 'GOVERNMENT', governmentCauseItem: 4 } });
    expect(gov).toContain('因处置土地上相关群众信访事项等无法动工开发的');
    expect(gov).toContain('第八条第（四）项');
  });

  it('征缴土地闲置费决定书 computes price × rate and states payment, cost and remedies (Art. 14, 16)', () => {
    const t = text('FEE_DECISION');
    expect(t).toContain('1,234,567.89元×征缴比例20%＝246,913.58元');
    expect(t).toContain('自收到本决定书之日起30日内');
    expect(t).toContain('土地闲置费不得列入生产成本');
    expect(t).toContain('60日内向青岚县人民政府申请行政复议');
    expect(t).toContain('6个月内向青岚县人民法院提起行政诉讼');
    expect(t).toContain('青岚县人民政府于2026年11月26日批准（青政文〔2026〕88号）');
    expect(text('FEE_DECISION', { ...input, facts: { ...input.facts, feeAmountYuan: '246913.58' } })).toContain('＝246,913.58元');
  });

  it('fee arithmetic is exact to the fen, half up', () => {
    expect(feeAmount(1234567.89, '0.20')).toBe('246913.58');
    expect(feeAmount('0.05', '0.1')).toBe('0.01');
    expect(feeAmount('0.04', '0.1')).toBe('0.00');
    expect(feeAmount(1_000_000, '0.15')).toBe('150000.00');
  });

  it('收回决定书 quotes Art. 14(2) and copies the mortgagee', () => {
    const doc = buildDocument('RECOVERY_DECISION', input);
    expect(plainText(doc)).toContain('无偿收回国有建设用地使用权');
    expect(plainText(doc)).toContain('注销登记');
    expect(doc.copyTo).toEqual(['青岚农村商业银行股份有限公司']);
  });

  it('听证告知书 names the sanction and the request deadline (Art. 15)', () => {
    const t = text('HEARING_NOTICE');
    expect(t).toContain('征缴土地闲置费');
    expect(t).toContain('自收到本告知书之日起5个工作日内');
    const fixed = text('HEARING_NOTICE', { ...input, facts: { ...input.facts, hearingRequestDeadline: '2026-12-08' } });
    expect(fixed).toContain('2026年12月8日前');
  });

  it('认定告知书 has all four items of DOMAIN §5.1: facts, basis, proposed disposal, rights and duties', () => {
    const doc = buildDocument('JD_DETERMINATION_NOTICE', input);
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings).toEqual(['一、认定的事实', '二、认定的依据', '三、拟处置方式', '四、你单位的权利和义务']);
    expect(plainText(doc)).toContain('征缴土地闲置费');
    const missing = buildDocument('JD_DETERMINATION_NOTICE', { ...input, facts: { ...input.facts, proposedDisposal: [] } });
    expect(pendingFacts(missing)).toEqual(['拟处置方式']);
  });

  it('审定结果书面反馈 gives the objection window and the one re-verification', () => {
    const t = text('JD_REVIEW_FEEDBACK', { ...input, facts: { ...input.facts, objectionWindowEnd: '2026-12-11' } });
    expect(t).toContain('2026年12月11日前');
    expect(t).toContain('给予一次重新核实机会');
    expect(t).toContain('2026年11月25日审定');
  });

  it('企业基本情况表 lays out §8.1 with derived 亩 and 亩产税收 plus the extension', () => {
    const t = text('ENTERPRISE_FORM');
    for (const s of ['企业名称', '法人代表', '职工人数（人）', '30.00', '300.00', '15.00', '0.50', '2020年5月', '县领导组审核意见', '统一社会信用代码', '约定动工日期']) expect(t).toContain(s);
  });

  it('会议纪要 lists the attendees and each case’s conclusion', () => {
    const t = text('MEETING_MINUTES');
    expect(t).toContain('2026年11月25日');
    expect(t).toContain('县科技商务经信局');
    expect(t).toMatch(/QL-XC-047宗地.*同意认定为闲置低效工业用地/);
    expect(t).toContain('QL-XC-051宗地不予认定');
  });

  it('a missing required fact shows as （待补充：…） and is listed', () => {
    const bare: DocumentInput = { issuer: '青岚县自然资源局', enterprise: { name: '青岚示例机械有限公司' } };
    const doc = buildDocument('FEE_DECISION', bare);
    const missing = pendingFacts(doc);
    for (const m of ['统一社会信用代码', '宗地编号', '土地出让或划拨价款', '征缴比例', '闲置起始日期', '批准机关及批准日期', '行政复议机关']) expect(missing).toContain(m);
    expect(plainText(doc)).toContain('（待补充：宗地编号）');
    expect(missing).not.toContain('企业名称');
  });
});
