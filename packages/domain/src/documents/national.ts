import type { OfficialDocument } from './model.ts';
import type { DocumentInput } from './input.ts';
import { documentKindLabels } from './kinds.ts';
import { pending } from './model.ts';
import { date, deadline, feeAmount, percent, text, yuan } from './format.ts';
import { ART14_FEE, ART14_RECOVERY, ART30_STARTED, ART8_PREAMBLE, ORDER_53, governmentCauseBasis, governmentCauseItems } from './legal.ts';
import { contactParagraph, criteriaBlocks, h1, holderParagraph, p, parcelParagraph, remedyParagraph } from './common.ts';

/** The Order 53 documents (DOMAIN §3): investigation, determination, hearing, fee, recovery. */

const IDLE_BASIS =
  `依据${ORDER_53}第二条，超过国有建设用地使用权有偿使用合同或者划拨决定书约定、规定的动工开发日期满一年未动工开发的国有建设用地，为闲置土地；` +
  '已动工开发但开发建设用地面积占应动工开发建设用地总面积不足三分之一或者已投资额占总投资额不足百分之二十五，中止开发建设满一年的，也可以认定为闲置土地。';

const base = (kind: OfficialDocument['kind'], input: DocumentInput): Omit<OfficialDocument, 'blocks'> => ({
  kind,
  issuer: input.issuer,
  title: documentKindLabels[kind],
  addressee: text(input.enterprise?.name, '企业名称'),
  signer: input.signer ?? input.issuer,
});

/** Art. 6: name and address, basic facts, facts and basis, items and deadline, rights and duties. */
export function buildInvestigationNotice(input: DocumentInput): OfficialDocument {
  const f = input.facts ?? {};
  const found = f.discoveredOn ? `我局于${date(f.discoveredOn, '发现日期')}发现` : '我局发现';
  return {
    ...base('INVESTIGATION_NOTICE', input),
    blocks: [
      p(`${found}你单位使用的下列国有建设用地涉嫌闲置。依据${ORDER_53}第五条、第六条的规定，我局决定对该宗地进行调查，现将有关事项通知如下：`),
      h1('一、国有建设用地使用权人'),
      holderParagraph(input),
      h1('二、涉嫌闲置土地的基本情况'),
      parcelParagraph(input),
      h1('三、涉嫌闲置的事实和依据'),
      ...criteriaBlocks(input),
      p(IDLE_BASIS),
      h1('四、调查的主要事项和提交材料的期限'),
      p('（一）土地开发利用情况，包括动工开发时间、开发建设面积、已投资额和总投资额（均不含土地价款和向国家缴纳的相关税费）；'),
      p('（二）土地未动工开发或者中止开发建设的原因及相关说明；'),
      p(`（三）属于${ORDER_53}第八条规定情形的，相关证明材料；`),
      p('（四）国有建设用地使用权出让合同（划拨决定书）、施工许可证及其他与土地开发利用有关的资料。'),
      p(`请你单位${deadline({ on: f.materialsDeadline, days: f.materialsDays, from: '收到本通知书', label: '提交材料期限' })}，将上述材料（复印件须加盖单位公章）提交我局。`),
      h1('五、你单位的权利和义务'),
      p(`（一）你单位有权就土地开发利用情况和闲置原因进行陈述、申辩，并提交证明材料。${ORDER_53}第八条规定：「${ART8_PREAMBLE}」。`),
      p('（二）你单位应当配合调查，如实说明情况、提供材料，不得拒绝或者阻挠。我局将依照该办法第七条，询问当事人及其他证人，现场勘测、拍照、摄像，查阅、复制与土地利用有关的资料。'),
      p('（三）逾期未提交材料的，我局将依据调查掌握的情况依法作出认定。'),
      ...contactParagraph(input),
      p('特此通知。'),
    ],
  };
}

function causeParagraphs(input: DocumentInput): OfficialDocument['blocks'] {
  const f = input.facts ?? {};
  if (f.cause === 'GOVERNMENT') {
    const item = f.governmentCauseItem;
    if (!item) return [p(`经审核，该宗地闲置系政府、政府有关部门的行为造成。${pending('第八条所属情形')}`)];
    return [
      p(`经审核，你单位提供的土地闲置原因说明材料属实，该宗地闲置属于「${governmentCauseItems[item]}」的情形（${governmentCauseBasis(item)}），系政府、政府有关部门的行为造成动工开发延迟，依照该办法第十二条和第十三条的规定处置。${f.causeNote ?? ''}`),
    ];
  }
  if (f.cause === 'ENTERPRISE') {
    return [p(`经调查，该宗地闲置不属于${ORDER_53}第八条规定的情形，闲置原因为国有建设用地使用权人自身原因。${f.causeNote ?? ''}`)];
  }
  return [p(pending('闲置原因'))];
}

/** Art. 10: name and address, basic facts, facts and basis of idleness, cause, conclusion. */
export function buildIdleDetermination(input: DocumentInput): OfficialDocument {
  const f = input.facts ?? {};
  return {
    ...base('IDLE_DETERMINATION', input),
    blocks: [
      p(`依据${ORDER_53}第九条、第十条的规定，我局对你单位使用的国有建设用地进行了调查，现认定如下：`),
      h1('一、国有建设用地使用权人'),
      holderParagraph(input),
      h1('二、闲置土地的基本情况'),
      parcelParagraph(input),
      h1('三、闲置的事实和依据'),
      ...criteriaBlocks(input),
      p(`该宗地自${date(f.idleSince, '闲置起始日期')}起闲置。${IDLE_BASIS}`),
      p(`该办法第三十条规定：「${ART30_STARTED}」`),
      h1('四、闲置原因'),
      ...causeParagraphs(input),
      h1('五、认定结论'),
      p(`综上，我局认定上述宗地为闲置土地，闲置起始日期为${date(f.idleSince, '闲置起始日期')}。我局将依照该办法第十一条的规定，在门户网站公开闲置土地的位置、国有建设用地使用权人名称和闲置时间等信息，并依法处置。`),
      ...contactParagraph(input),
      p('特此认定。'),
    ],
  };
}

function sanctionWords(input: DocumentInput): { name: string; basis: string; quote: string } {
  switch (input.facts?.sanction) {
    case 'FEE':
      return { name: '征缴土地闲置费', basis: `${ORDER_53}第十四条第（一）项`, quote: ART14_FEE };
    case 'RECOVERY':
      return { name: '无偿收回国有建设用地使用权', basis: `${ORDER_53}第十四条第（二）项`, quote: ART14_RECOVERY };
    case null:
    case undefined:
      return { name: pending('拟作出的处理：征缴土地闲置费或无偿收回'), basis: `${ORDER_53}第十四条`, quote: '' };
  }
}

/** The fee the decision states: the case's exact amount, else price × rate. */
export function stateFee(input: DocumentInput): { amount: string; price: string; rate: string } {
  const f = input.facts ?? {};
  const priceYuan = input.parcel?.landPrice_yuan;
  const amount = f.feeAmountYuan ?? (priceYuan != null && f.feeRate ? feeAmount(priceYuan, f.feeRate) : null);
  return { amount: yuan(amount, '土地闲置费金额'), price: yuan(priceYuan, '土地出让或划拨价款'), rate: percent(f.feeRate, '征缴比例') };
}

/** Art. 15: written notice of the right to request a hearing before a fee or recovery. */
export function buildHearingNotice(input: DocumentInput): OfficialDocument {
  const f = input.facts ?? {};
  const s = sanctionWords(input);
  const fee = stateFee(input);
  const amount = f.sanction === 'FEE' ? `按照土地出让（划拨）价款${fee.price}的${fee.rate}计，土地闲置费为${fee.amount}。` : '';
  return {
    ...base('HEARING_NOTICE', input),
    blocks: [
      parcelParagraph(input, '你单位使用的国有建设用地宗地'),
      p(`该宗地已经我局依法认定为闲置土地，闲置起始日期为${date(f.idleSince, '闲置起始日期')}，闲置原因为国有建设用地使用权人自身原因。`),
      p(`依据${s.basis}${s.quote ? `「${s.quote}」` : ''}的规定，我局拟报经人民政府批准后，对你单位作出${s.name}的决定。${amount}`),
      h1('听证权利'),
      p(`依据${ORDER_53}第十五条的规定，你单位有权要求举行听证。如要求听证，请${deadline({ on: f.hearingRequestDeadline, days: f.hearingRequestWorkingDays, working: true, from: '收到本告知书', label: '申请听证期限' })}向我局书面提出；逾期未提出的，视为放弃听证。听证依照《国土资源听证规定》（国土资源部令第22号）组织。`),
      ...contactParagraph(input),
      p('特此告知。'),
    ],
  };
}

function approvalParagraph(input: DocumentInput, decisionName: string): string {
  const a = input.facts?.approval;
  if (!a) return `本决定已报经人民政府批准。${pending('批准机关及批准日期')}`;
  const no = a.docNo ? `（${a.docNo}）` : '';
  return `本${decisionName}已报经${a.body}于${date(a.decidedOn, '批准日期')}批准${no}。`;
}

function hearingParagraph(input: DocumentInput): string {
  const f = input.facts ?? {};
  return f.hearingHeldOn
    ? `我局已依法告知你单位有要求举行听证的权利，并于${date(f.hearingHeldOn, '听证日期')}举行了听证。`
    : '我局已依法书面告知你单位有要求举行听证的权利，你单位在规定期限内未要求听证。';
}

/** Art. 14(1) and Art. 16: facts, evidence, basis, fee and how to pay, remedies. */
export function buildFeeDecision(input: DocumentInput): OfficialDocument {
  const f = input.facts ?? {};
  const fee = stateFee(input);
  return {
    ...base('FEE_DECISION', input),
    blocks: [
      h1('一、当事人'),
      holderParagraph(input),
      h1('二、事实和证据'),
      parcelParagraph(input),
      ...criteriaBlocks(input),
      p(`经我局调查认定，该宗地自${date(f.idleSince, '闲置起始日期')}起闲置，未动工开发已满一年，闲置原因为国有建设用地使用权人自身原因。${hearingParagraph(input)}`),
      h1('三、决定内容和依据'),
      p(`依据${ORDER_53}第十四条第（一）项「${ART14_FEE}」的规定，${approvalParagraph(input, '决定')}`),
      p(`我局决定向你单位征缴土地闲置费：土地出让（划拨）价款${fee.price}×征缴比例${fee.rate}＝${fee.amount}。`),
      h1('四、履行方式和期限'),
      p(`你单位应当${deadline({ on: f.paymentDeadline, days: f.paymentDays ?? 30, from: '收到本决定书', label: '缴纳期限' })}，按照缴款通知将土地闲置费${fee.amount}足额缴入国库。土地闲置费不得列入生产成本。`),
      h1('五、申请行政复议或者提起行政诉讼的途径和期限'),
      remedyParagraph(input, '决定书'),
      p('你单位在法定期限内不申请行政复议、不提起行政诉讼，又不履行本决定的，我局将依法申请人民法院强制执行。'),
      ...contactParagraph(input),
    ],
  };
}

/** Art. 14(2) and Art. 16–17: recovery without compensation; the mortgagees get a copy. */
export function buildRecoveryDecision(input: DocumentInput): OfficialDocument {
  const f = input.facts ?? {};
  const mortgagees = (f.mortgagees ?? []).filter((m) => m.trim() !== '');
  return {
    ...base('RECOVERY_DECISION', input),
    blocks: [
      h1('一、当事人'),
      holderParagraph(input),
      h1('二、事实和证据'),
      parcelParagraph(input),
      ...criteriaBlocks(input),
      p(`经我局调查认定，该宗地自${date(f.idleSince, '闲置起始日期')}起闲置，未动工开发已满两年，闲置原因为国有建设用地使用权人自身原因。${hearingParagraph(input)}`),
      h1('三、决定内容和依据'),
      p(`依据${ORDER_53}第十四条第（二）项「${ART14_RECOVERY}」的规定，${approvalParagraph(input, '决定')}`),
      p(`我局决定无偿收回你单位上述宗地的国有建设用地使用权，土地面积以出让合同（划拨决定书）为准。`),
      h1('四、履行方式和期限'),
      p(`你单位应当${deadline({ on: f.paymentDeadline, days: f.paymentDays ?? 30, from: '收到本决定书', label: '注销登记期限' })}，向不动产登记机构申请办理国有建设用地使用权注销登记，交回土地权利证书。`),
      p(mortgagees.length ? `该宗地设有抵押权，本决定书同时抄送土地抵押权人${mortgagees.join('、')}。` : '该宗地设有抵押权的，本决定书同时抄送相关土地抵押权人。'),
      h1('五、申请行政复议或者提起行政诉讼的途径和期限'),
      remedyParagraph(input, '决定书'),
      p('你单位在法定期限内不申请行政复议、不提起行政诉讼，又不履行本决定的，我局将依法公告注销土地登记和土地权利证书，并可以申请人民法院强制执行。'),
      ...contactParagraph(input),
    ],
    ...(mortgagees.length ? { copyTo: mortgagees } : {}),
  };
}
