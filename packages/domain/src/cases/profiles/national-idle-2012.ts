/**
 * Order 53 (《闲置土地处置办法》, DOMAIN §3): investigation notice, cause, determination and
 * publication; government-caused idleness goes to negotiation (Art. 12), enterprise-caused
 * idleness to the fee at one year or recovery at two (Art. 14) after a hearing notice.
 */
import { addYears } from '../../units/dates.ts';
import { sanctionEligibility } from '../clocks.ts';
import { idleLandFee, sameYuanAmount, yuanToFen } from '../fees.ts';
import { checkPastDate, isAfter, isBefore, nonEmptyText, refuse, zh } from '../guards.ts';
import { defineAction, type CaseProfile } from '../profile.ts';
import { governmentCauseLabels, type Approval, type CaseSnapshot, type DecisionContext, type IsoDate, type NationalIdleState, type Refusal } from '../types.ts';

export const nationalIdleStateLabels: Record<NationalIdleState, string> = {
  CANDIDATE: '疑似闲置（已发现）',
  INVESTIGATING: '调查中（调查通知书已送达）',
  CAUSE_ASSESSED: '闲置原因已认定',
  DETERMINED: '已认定闲置（认定书已送达）',
  PUBLISHED: '已公示',
  NEGOTIATING: '政府原因：协商处置（第十二条）',
  HEARING_NOTICE: '已告知听证权利',
  HEARING: '听证中',
  DECISION_SERVED: '处罚决定已送达（闲置费或收回）',
  APPEALED: '复议或诉讼中',
  ENFORCEMENT: '申请强制执行',
  FEE_PAID: '闲置费已缴清',
  RECOVERED: '已收回（注销登记）',
  CLEARED: '不构成闲置',
  CLOSED: '已结案',
};

const GOVERNMENT_CAUSE_REASON = '政府原因造成的闲置不得征缴土地闲置费或无偿收回，应依照第十二条协商处置。';

function feeTooEarly(agreed: IsoDate, from: IsoDate): Refusal {
  return refuse('SANCTION_TOO_EARLY', `未动工开发满一年（约定动工日期${zh(agreed)}，满一年为${zh(from)}）前不得征缴土地闲置费。`);
}

function recoveryTooEarly(agreed: IsoDate, from: IsoDate): Refusal {
  return refuse('SANCTION_TOO_EARLY', `未动工开发满两年（约定动工日期${zh(agreed)}，满两年为${zh(from)}）前不得无偿收回国有建设用地使用权。`);
}

/** Art. 14: enterprise cause and at least the first anniversary, as of `on`. */
function sanctionPossible(c: CaseSnapshot, on: IsoDate): Refusal | undefined {
  if (c.cause === 'GOVERNMENT') return refuse('GOVERNMENT_CAUSE_NO_SANCTION', GOVERNMENT_CAUSE_REASON);
  const e = sanctionEligibility(c);
  if (!c.agreedStartDate || !e) {
    return refuse('AGREED_START_UNKNOWN', '约定动工日期不详，无法计算未动工开发是否满一年，不得告知拟处罚。');
  }
  if (isBefore(on, e.feeFrom)) return feeTooEarly(c.agreedStartDate, e.feeFrom);
  return undefined;
}

/** The hearing step must be over: the request window closed, or the hearing held. */
function hearingPrecheck(c: CaseSnapshot, ctx: DecisionContext): Refusal | undefined {
  if (c.state === 'HEARING_NOTICE' && c.hearingRequestDueOn && !isAfter(ctx.today, c.hearingRequestDueOn)) {
    return refuse('HEARING_WINDOW_OPEN', `申请听证期限至${zh(c.hearingRequestDueOn)}届满，届满前不得作出处罚决定。`);
  }
  return undefined;
}

interface DecisionInput {
  servedOn: IsoDate;
  approval: Approval;
  hearingHeldOn?: IsoDate;
}

/** Guards shared by the fee and the recovery decision; returns the hearing date to record. */
function checkDecision(c: CaseSnapshot, input: DecisionInput, ctx: DecisionContext): Refusal | { hearingHeldOn?: IsoDate } {
  if (c.state === 'HEARING_NOTICE') {
    if (c.hearingRequestDueOn && !isAfter(input.servedOn, c.hearingRequestDueOn)) {
      return refuse('HEARING_WINDOW_OPEN', `申请听证期限至${zh(c.hearingRequestDueOn)}届满，届满前不得作出处罚决定。`);
    }
  }
  let held: { hearingHeldOn?: IsoDate } = {};
  if (c.state === 'HEARING') {
    const bad = checkPastDate(input.hearingHeldOn, '听证举行日期', ctx);
    if (bad) return bad;
    if (input.hearingHeldOn && isAfter(input.hearingHeldOn, input.servedOn)) {
      return refuse('INVALID_INPUT', `听证举行日期${zh(input.hearingHeldOn)}晚于决定书送达日期，应先举行听证再作出决定。`);
    }
    held = { hearingHeldOn: input.hearingHeldOn as IsoDate };
  }
  const a = input.approval as Partial<Approval> | undefined;
  if (!a || !nonEmptyText(a.body) || typeof a.decidedOn !== 'string') {
    return refuse('APPROVAL_REQUIRED', '处罚决定须报经人民政府批准（《闲置土地处置办法》第十四条），请填写批准机关和批准日期。');
  }
  const bad = checkPastDate(a.decidedOn, '批准日期', ctx);
  if (bad) return bad;
  if (isAfter(a.decidedOn, input.servedOn)) {
    return refuse('APPROVAL_REQUIRED', `批准日期${zh(a.decidedOn)}晚于送达日期${zh(input.servedOn)}，应先经批准再下达决定书。`);
  }
  return held;
}

function approvalOf(a: Approval): Approval {
  return a.docNo ? { body: a.body, decidedOn: a.decidedOn, docNo: a.docNo } : { body: a.body, decidedOn: a.decidedOn };
}

export const nationalIdleCaseProfile: CaseProfile = {
  id: 'NAT-IDLE-2012',
  name: '闲置土地调查认定与处置程序',
  basis: '《闲置土地处置办法》（国土资源部令第53号）',
  initialState: 'CANDIDATE',
  states: Object.entries(nationalIdleStateLabels).map(([id, label]) => ({ id: id as NationalIdleState, label })),
  finalStates: ['CLEARED', 'CLOSED'],
  actions: [
    defineAction({
      id: 'serveInvestigationNotice',
      label: '送达调查通知书',
      from: ['CANDIDATE'],
      to: ['INVESTIGATING'],
      serves: 'INVESTIGATION_NOTICE',
      starts: ['MATERIALS'],
      apply: () => ({ to: 'INVESTIGATING' }),
    }),
    defineAction({
      id: 'assessCause',
      label: '认定闲置原因',
      from: ['INVESTIGATING'],
      to: ['CAUSE_ASSESSED'],
      apply: (c, input, ctx) => {
        let received = c.materialsReceivedOn;
        if (input.materialsReceivedOn !== undefined) {
          const bad = checkPastDate(input.materialsReceivedOn, '材料收到日期', ctx);
          if (bad) return bad;
          received = input.materialsReceivedOn;
        }
        if (!received && c.materialsDueOn && !isAfter(ctx.today, c.materialsDueOn)) {
          return refuse(
            'MATERIALS_WINDOW_OPEN',
            `土地使用权人提交说明材料的期限至${zh(c.materialsDueOn)}届满（《闲置土地处置办法》第五条），未收到材料且期限未满前不得认定闲置原因。`,
          );
        }
        if (input.cause !== 'GOVERNMENT' && input.cause !== 'ENTERPRISE') return refuse('INVALID_INPUT', '请选择闲置原因（政府原因或企业原因）。');
        const patch: Partial<CaseSnapshot> = { cause: input.cause };
        if (received) patch.materialsReceivedOn = received;
        if (input.cause === 'GOVERNMENT') {
          if (!input.governmentCause || !(input.governmentCause in governmentCauseLabels)) {
            return refuse('GOVERNMENT_CAUSE_REQUIRED', '认定为政府原因须选择《闲置土地处置办法》第八条规定的具体情形。');
          }
          patch.governmentCause = input.governmentCause;
        }
        return { to: 'CAUSE_ASSESSED', patch };
      },
    }),
    defineAction({
      id: 'determine',
      label: '送达闲置土地认定书',
      from: ['CAUSE_ASSESSED'],
      to: ['DETERMINED'],
      serves: 'IDLE_DETERMINATION',
      apply: (c, input, ctx) => {
        const since = input.idleSince ?? c.agreedStartDate;
        const bad = checkPastDate(since, '闲置起算日期（约定动工日期）', ctx);
        if (bad) return bad;
        const oneYear = addYears(since as IsoDate, 1);
        if (isBefore(input.servedOn, oneYear)) {
          return refuse(
            'NOT_IDLE_YET',
            `未动工开发满一年（起算日期${zh(since as IsoDate)}，满一年为${zh(oneYear)}）前不构成闲置土地（《闲置土地处置办法》第二条），不得送达认定书。`,
          );
        }
        return { to: 'DETERMINED', patch: { idleSince: since as IsoDate } };
      },
    }),
    defineAction({
      id: 'publish',
      label: '公示',
      from: ['DETERMINED'],
      to: ['PUBLISHED'],
      effects: ['PUBLISH'],
      apply: (_c, input, ctx) => {
        const bad = checkPastDate(input.publishedOn, '公示日期', ctx);
        if (bad) return bad;
        if (!nonEmptyText(input.channel)) return refuse('INVALID_INPUT', '请填写公示渠道（如门户网站）。');
        const effect = input.url
          ? { kind: 'PUBLISH' as const, publishedOn: input.publishedOn, channel: input.channel, url: input.url }
          : { kind: 'PUBLISH' as const, publishedOn: input.publishedOn, channel: input.channel };
        return { to: 'PUBLISHED', patch: { publishedOn: input.publishedOn }, effects: [effect] };
      },
    }),
    defineAction({
      id: 'startNegotiation',
      label: '协商处置',
      from: ['PUBLISHED'],
      to: ['NEGOTIATING'],
      precheck: (c) =>
        c.cause === 'GOVERNMENT'
          ? undefined
          : refuse('ENTERPRISE_CAUSE', '企业原因造成的闲置应依照《闲置土地处置办法》第十四条处置，不适用第十二条协商处置。'),
      apply: () => ({ to: 'NEGOTIATING' }),
    }),
    defineAction({
      id: 'serveHearingNotice',
      label: '告知听证权利',
      from: ['PUBLISHED'],
      to: ['HEARING_NOTICE'],
      serves: 'HEARING_NOTICE',
      starts: ['HEARING_REQUEST'],
      precheck: (c, ctx) => sanctionPossible(c, ctx.today),
      apply: (c, input) => {
        if (input.sanction !== 'FEE' && input.sanction !== 'RECOVERY') return refuse('INVALID_INPUT', '请选择拟作出的处罚（征缴土地闲置费或无偿收回）。');
        const early = sanctionPossible(c, input.servedOn);
        if (early) return early;
        const e = sanctionEligibility(c);
        if (input.sanction === 'RECOVERY' && c.agreedStartDate && e && isBefore(input.servedOn, e.recoveryFrom)) {
          return recoveryTooEarly(c.agreedStartDate, e.recoveryFrom);
        }
        return { to: 'HEARING_NOTICE', patch: { sanction: input.sanction } };
      },
    }),
    defineAction({
      id: 'requestHearing',
      label: '申请听证',
      from: ['HEARING_NOTICE'],
      to: ['HEARING'],
      apply: (c, input, ctx) => {
        const bad = checkPastDate(input.requestedOn, '听证申请日期', ctx);
        if (bad) return bad;
        if (c.hearingRequestDueOn && isAfter(input.requestedOn, c.hearingRequestDueOn)) {
          return refuse('HEARING_REQUEST_LATE', `申请听证期限已于${zh(c.hearingRequestDueOn)}届满，${zh(input.requestedOn)}提出的听证申请不予受理。`);
        }
        return { to: 'HEARING', patch: { hearingRequestedOn: input.requestedOn } };
      },
    }),
    defineAction({
      id: 'serveFeeDecision',
      label: '送达征缴土地闲置费决定书',
      from: ['HEARING_NOTICE', 'HEARING'],
      to: ['DECISION_SERVED'],
      serves: 'FEE_DECISION',
      starts: ['PAYMENT'],
      precheck: (c, ctx) =>
        c.sanction !== 'FEE'
          ? refuse('SANCTION_MISMATCH', '听证告知的拟处罚为无偿收回，不能送达征缴土地闲置费决定书。')
          : hearingPrecheck(c, ctx),
      apply: (c, input, ctx) => {
        const checked = checkDecision(c, input, ctx);
        if ('ok' in checked) return checked;
        const price = input.landPriceYuan ?? c.landPriceYuan;
        if (!price || yuanToFen(price) === undefined) {
          return refuse('LAND_PRICE_UNKNOWN', '土地出让或划拨价款不详，无法按第十四条计算土地闲置费。');
        }
        const fee = idleLandFee(price, ctx.settings.idleFeeRate);
        return {
          to: 'DECISION_SERVED',
          patch: { ...checked, landPriceYuan: price, feeAmountYuan: fee, approval: approvalOf(input.approval) },
        };
      },
    }),
    defineAction({
      id: 'serveRecoveryDecision',
      label: '送达收回决定书',
      from: ['HEARING_NOTICE', 'HEARING'],
      to: ['DECISION_SERVED'],
      serves: 'RECOVERY_DECISION',
      starts: ['DEREGISTRATION'],
      precheck: (c, ctx) =>
        c.sanction !== 'RECOVERY'
          ? refuse('SANCTION_MISMATCH', '听证告知的拟处罚为征缴土地闲置费，不能送达收回决定书。')
          : hearingPrecheck(c, ctx),
      apply: (c, input, ctx) => {
        const checked = checkDecision(c, input, ctx);
        if ('ok' in checked) return checked;
        return { to: 'DECISION_SERVED', patch: { ...checked, approval: approvalOf(input.approval) } };
      },
    }),
    defineAction({
      id: 'recordPayment',
      label: '登记缴费',
      from: ['DECISION_SERVED'],
      to: ['FEE_PAID'],
      precheck: (c) => (c.sanction === 'FEE' ? undefined : refuse('SANCTION_MISMATCH', '本案处罚为无偿收回，无需缴纳土地闲置费。')),
      apply: (c, input, ctx) => {
        const bad = checkPastDate(input.paidOn, '缴费日期', ctx);
        if (bad) return bad;
        const fee = c.feeAmountYuan ?? '';
        if (typeof input.amountYuan !== 'string' || !sameYuanAmount(input.amountYuan, fee)) {
          return refuse('AMOUNT_MISMATCH', `缴费金额${String(input.amountYuan)}元与决定书确定的土地闲置费${fee}元不符。`);
        }
        return { to: 'FEE_PAID', patch: { paidOn: input.paidOn } };
      },
    }),
    defineAction({
      id: 'recordAppeal',
      label: '登记复议/诉讼',
      from: ['DECISION_SERVED'],
      to: ['APPEALED'],
      apply: (_c, input, ctx) => {
        if (input.kind !== 'REVIEW' && input.kind !== 'LITIGATION') return refuse('INVALID_INPUT', '请选择行政复议或行政诉讼。');
        const bad = checkPastDate(input.filedOn, '申请（起诉）日期', ctx);
        if (bad) return bad;
        return { to: 'APPEALED', patch: { appeal: { kind: input.kind, filedOn: input.filedOn } } };
      },
    }),
    defineAction({
      id: 'concludeAppeal',
      label: '复议/诉讼结果',
      from: ['APPEALED'],
      to: ['DECISION_SERVED', 'CLOSED'],
      apply: (c, input, ctx) => {
        if (input.outcome !== 'UPHELD' && input.outcome !== 'REVOKED') return refuse('INVALID_INPUT', '请选择复议或诉讼结果（维持或撤销）。');
        const bad = checkPastDate(input.concludedOn, '结果作出日期', ctx);
        if (bad) return bad;
        const appeal = { kind: c.appeal?.kind ?? 'REVIEW', filedOn: c.appeal?.filedOn ?? input.concludedOn, outcome: input.outcome, concludedOn: input.concludedOn };
        return { to: input.outcome === 'UPHELD' ? 'DECISION_SERVED' : 'CLOSED', patch: { appeal } };
      },
    }),
    defineAction({
      id: 'startEnforcement',
      label: '申请强制执行',
      from: ['DECISION_SERVED'],
      to: ['ENFORCEMENT'],
      precheck: (c, ctx) => deadlineNotPassed(c, ctx.today),
      apply: (c, input, ctx) => {
        const on = input.appliedOn ?? ctx.today;
        const bad = checkPastDate(on, '申请强制执行日期', ctx) ?? deadlineNotPassed(c, on);
        if (bad) return bad;
        return { to: 'ENFORCEMENT', patch: { enforcementAppliedOn: on } };
      },
    }),
    defineAction({
      id: 'recordRecovery',
      label: '注销登记',
      from: ['DECISION_SERVED', 'ENFORCEMENT'],
      to: ['RECOVERED'],
      precheck: (c) => (c.sanction === 'RECOVERY' ? undefined : refuse('SANCTION_MISMATCH', '本案处罚为征缴土地闲置费，不涉及收回注销登记。')),
      apply: (_c, input, ctx) => {
        const bad = checkPastDate(input.deregisteredOn, '注销登记日期', ctx);
        if (bad) return bad;
        return { to: 'RECOVERED', patch: { deregisteredOn: input.deregisteredOn } };
      },
    }),
    defineAction({
      id: 'clear',
      label: '不构成闲置',
      from: ['CANDIDATE', 'INVESTIGATING', 'CAUSE_ASSESSED'],
      to: ['CLEARED'],
      apply: (_c, input) => {
        if (!nonEmptyText(input.opinion)) return refuse('OPINION_REQUIRED', '认定不构成闲置须填写意见（理由和依据）。');
        return { to: 'CLEARED', patch: { clearedOpinion: input.opinion.trim() } };
      },
    }),
    defineAction({
      id: 'close',
      label: '结案',
      from: ['FEE_PAID', 'RECOVERED', 'ENFORCEMENT', 'NEGOTIATING'],
      to: ['CLOSED'],
      apply: () => ({ to: 'CLOSED' }),
    }),
  ],
};

function deadlineNotPassed(c: CaseSnapshot, on: IsoDate): Refusal | undefined {
  const due = c.complianceDueOn;
  const what = c.sanction === 'RECOVERY' ? '办理注销登记' : '缴纳土地闲置费';
  if (!due) return refuse('DEADLINE_NOT_PASSED', `${what}的期限尚未起算，不得申请强制执行。`);
  if (!isAfter(on, due)) return refuse('DEADLINE_NOT_PASSED', `${what}期限至${zh(due)}届满（《闲置土地处置办法》第十七条），届满前不得申请强制执行。`);
  return undefined;
}
