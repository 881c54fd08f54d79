import type { OfficialDocument } from './model.ts';
import type { DocumentInput } from './input.ts';
import { documentKindLabels } from './kinds.ts';
import { date, deadline, text } from './format.ts';
import { JD_NOTICE_RULE, JD_RESTRICTIONS } from './legal.ts';
import { contactParagraph, criteriaBlocks, disposalText, h1, holderParagraph, p, parcelParagraph } from './common.ts';

/** Jingde's procedure (DOMAIN §5.1): written feedback of the review, then the determination notice. */

const base = (kind: OfficialDocument['kind'], input: DocumentInput): Omit<OfficialDocument, 'blocks'> => ({
  kind,
  issuer: input.issuer,
  title: documentKindLabels[kind],
  addressee: text(input.enterprise?.name, '企业名称'),
  signer: input.signer ?? input.issuer,
});

function basisParagraph(input: DocumentInput): string {
  const rs = input.identification?.ruleSetName;
  // a rule set named after Order 53 is not cited twice
  const own = rs && !rs.includes('闲置土地处置办法') ? `${rs}及` : '';
  return `依据${own}《闲置土地处置办法》（国土资源部令第53号）、《关于深入推进城镇低效用地再开发的指导意见（试行）》（国土资发〔2016〕147号）所列认定标准。`;
}

/** 审定结果书面反馈: the leading group's result, the facts behind it and the one chance to object. */
export function buildReviewFeedback(input: DocumentInput): OfficialDocument {
  const f = input.facts ?? {};
  return {
    ...base('JD_REVIEW_FEEDBACK', input),
    blocks: [
      p(`经工作专班核查，并报闲置低效工业用地盘活处置工作领导小组于${date(f.reviewedOn, '领导小组审定日期')}审定，你单位使用的下列工业用地拟认定为闲置低效工业用地。现将审定结果书面反馈如下：`),
      h1('一、用地基本情况'),
      parcelParagraph(input),
      h1('二、审定认定的事实和依据'),
      ...criteriaBlocks(input),
      p(basisParagraph(input)),
      h1('三、拟处置方式'),
      p(`${disposalText(input)}。`),
      h1('四、异议'),
      p(`你单位对审定结果有异议的，请${deadline({ on: f.objectionWindowEnd, days: f.objectionWorkingDays, working: true, from: '收到本反馈', label: '异议期限' })}向领导小组办公室书面提出，并附相关证据材料。对审定结果有异议的，给予一次重新核实机会。逾期未提出异议的，将以认定告知书的形式送达最终认定结果。`),
      ...contactParagraph(input),
      p('特此反馈。'),
    ],
  };
}

/** 认定告知书: facts, basis, proposed disposal, rights and duties — all four (DOMAIN §5.1). */
export function buildDeterminationNotice(input: DocumentInput): OfficialDocument {
  const f = input.facts ?? {};
  const reverified = f.reverificationUpheld ? '你单位对审定结果提出异议后，经重新核实，维持原审定结果。' : '';
  return {
    ...base('JD_DETERMINATION_NOTICE', input),
    blocks: [
      p(`经工作专班核查、领导小组于${date(f.reviewedOn, '领导小组审定日期')}审定，并书面反馈你单位，${reverified}现认定你单位使用的下列工业用地为闲置低效工业用地。依照实施方案「${JD_NOTICE_RULE}」的规定，现告知如下：`),
      h1('一、认定的事实'),
      holderParagraph(input),
      parcelParagraph(input),
      ...criteriaBlocks(input),
      h1('二、认定的依据'),
      p(basisParagraph(input)),
      h1('三、拟处置方式'),
      p(`${disposalText(input)}。具体处置方案由领导小组办公室会同有关部门与你单位协商后组织实施。`),
      h1('四、你单位的权利和义务'),
      p('（一）你单位有权了解认定所依据的事实和材料，有权就处置方式提出意见和建议，有权依法申请行政复议或者提起行政诉讼。'),
      p('（二）你单位应当配合处置工作，按照处置方案履行相关义务，如实提供生产经营、用地、纳税等情况。'),
      p(`（三）依照实施方案，「${JD_RESTRICTIONS}」上述措施自本告知书送达之日起执行，盘活处置完成后解除；依照批准的处置方案办理转让的，不受暂缓办理转让登记的限制。`),
      ...contactParagraph(input),
      p('特此告知。'),
    ],
  };
}
