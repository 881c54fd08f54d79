import type { DocumentBlock } from './model.ts';
import type { DocumentInput } from './input.ts';
import { pending } from './model.ts';
import { area, date, text } from './format.ts';
import { disposalMethodLabel } from './legal.ts';

/** Pieces several documents share: who the holder is, which parcel, what was found. */
export const h1 = (t: string): DocumentBlock => ({ type: 'heading', level: 1, text: t });
export const h2 = (t: string): DocumentBlock => ({ type: 'heading', level: 2, text: t });
export const p = (t: string): DocumentBlock => ({ type: 'paragraph', text: t });

export function holderParagraph(input: DocumentInput): DocumentBlock {
  const e = input.enterprise ?? {};
  return p(
    `名称：${text(e.name, '企业名称')}；统一社会信用代码：${text(e.uscc, '统一社会信用代码')}；` +
      `住所：${text(e.address, '企业住所')}；法定代表人：${text(e.legalRepresentative, '法定代表人')}。`,
  );
}

export function parcelParagraph(input: DocumentInput, lead = '该宗地'): DocumentBlock {
  const l = input.parcel ?? {};
  const name = l.name ? `（${l.name}）` : '';
  return p(
    `${lead}编号为${text(l.code, '宗地编号')}${name}，坐落于${text(l.location, '土地坐落')}，` +
      `土地面积${area(l.area_m2, '土地面积')}，规划用途为${text(l.plannedUse, '规划用途')}。` +
      `国有建设用地使用权出让合同（划拨决定书）编号为${text(l.contractNo, '出让合同编号')}，` +
      `约定动工开发日期为${date(l.agreedStartDate, '约定动工日期')}，约定竣工日期为${date(l.agreedCompletionDate, '约定竣工日期')}。`,
  );
}

/** Each criterion met, in its rule set's wording, with the evidence sentences. */
export function criteriaBlocks(input: DocumentInput): DocumentBlock[] {
  const id = input.identification;
  if (!id || id.criteria.length === 0) return [p(pending('认定依据的标准及核查事实'))];
  const asOf = id.evaluatedOn ? `截至${date(id.evaluatedOn, '核查基准日')}，` : '';
  const source = id.ruleSetName ? `依照${id.ruleSetName}，` : '';
  const blocks: DocumentBlock[] = [p(`${asOf}${source}经核查，该宗地存在下列情形：`)];
  id.criteria.forEach((c, i) => {
    const sentences = c.evidence.map((e) => e.trim().replace(/[。；;.]$/, '')).filter(Boolean);
    const evidence = sentences.length ? `核查情况：${sentences.join('；')}。` : '';
    blocks.push(p(`（${i + 1}）${c.wordingZh.replace(/[。；]$/, '')}。${evidence}`));
  });
  return blocks;
}

export function disposalText(input: DocumentInput): string {
  const ids = input.facts?.proposedDisposal ?? [];
  if (ids.length === 0) return pending('拟处置方式');
  const names = ids.map(disposalMethodLabel).join('、');
  const note = input.facts?.proposedDisposalNote ? `。${input.facts.proposedDisposalNote.replace(/。$/, '')}` : '';
  return `${names}${note}`;
}

export function contactParagraph(input: DocumentInput): DocumentBlock[] {
  const c = input.facts?.contact;
  if (!c?.name && !c?.phone) return [];
  return [p(`联系人：${c.name ?? ''}\u3000联系电话：${c.phone ?? ''}`)];
}

/** 行政复议 60 days, 行政诉讼 6 months from receipt (DOMAIN §3.7). */
export function remedyParagraph(input: DocumentInput, what: string): DocumentBlock {
  const f = input.facts ?? {};
  return p(
    `你单位如不服本${what}，可以自收到本${what}之日起60日内向${text(f.reviewBody, '行政复议机关')}申请行政复议，` +
      `或者自收到本${what}之日起6个月内向${text(f.court, '管辖人民法院')}提起行政诉讼。`,
  );
}
