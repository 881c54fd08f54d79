import { disposalMethodName } from '../disposal/methods.ts';

/**
 * Legal wording used in the documents. Text in 「」 is quoted as DOMAIN.md quotes it;
 * everything else is the bureau's own wording that cites the article without quoting it.
 */
export const ORDER_53 = '《闲置土地处置办法》（国土资源部令第53号）';

/** Order 53 Art. 8 items (DOMAIN §3.4), quoted. */
export const governmentCauseItems: Record<number, string> = {
  1: '因未按照国有建设用地使用权有偿使用合同或者划拨决定书约定、规定的期限、条件将土地交付给国有建设用地使用权人，致使项目不具备动工开发条件的',
  2: '因土地利用总体规划、城乡规划依法修改，造成国有建设用地使用权人不能按照国有建设用地使用权有偿使用合同或者划拨决定书约定、规定的用途、规划和建设条件开发的',
  3: '因国家出台相关政策，需要对约定、规定的规划和建设条件进行修改的',
  4: '因处置土地上相关群众信访事项等无法动工开发的',
  5: '因军事管制、文物保护等无法动工开发的',
  6: '政府、政府有关部门的其他行为',
  7: '因自然灾害等不可抗力导致土地闲置的',
};

const itemNumerals = ['', '一', '二', '三', '四', '五', '六'];
export function governmentCauseBasis(item: number): string {
  return item === 7 ? `${ORDER_53}第八条第二款` : `${ORDER_53}第八条第（${itemNumerals[item]}）项`;
}

/** Art. 8 preamble (DOMAIN §3.4), quoted. */
export const ART8_PREAMBLE =
  '有下列情形之一，属于政府、政府有关部门的行为造成动工开发延迟的，国有建设用地使用权人应当向市、县国土资源主管部门提供土地闲置原因说明材料，经审核属实的，依照本办法第十二条和第十三条规定处置';

/** Art. 14(1) and (2) (DOMAIN §3.5.2), quoted. */
export const ART14_FEE =
  '未动工开发满一年的，由市、县国土资源主管部门报经本级人民政府批准后，向国有建设用地使用权人下达《征缴土地闲置费决定书》，按照土地出让或者划拨价款的百分之二十征缴土地闲置费。土地闲置费不得列入生产成本';
export const ART14_RECOVERY =
  '未动工开发满两年的，由市、县国土资源主管部门按照《中华人民共和国土地管理法》第三十七条和《中华人民共和国城市房地产管理法》第二十六条的规定，报经有批准权的人民政府批准后，向国有建设用地使用权人下达《收回国有建设用地使用权决定书》，无偿收回国有建设用地使用权。闲置土地设有抵押权的，同时抄送相关土地抵押权人';

/** Art. 30 动工开发 (DOMAIN §3.6), quoted. */
export const ART30_STARTED =
  '动工开发：依法取得施工许可证后，需挖深基坑的项目，基坑开挖完毕；使用桩基的项目，打入所有基础桩；其他项目，地基施工完成三分之一。';

/** Jingde plan, §5.1 — what the determination notice must state, quoted. */
export const JD_NOTICE_RULE =
  '最终审核认定结果以《旌德经开区闲置低效工业用地认定告知书》的形式送达企业，说明认定的事实和依据，并告知拟处置方式及相关权利、义务。';

/** Jingde P-JD04 (DOMAIN §4.7), quoted as the seed words it. */
export const JD_RESTRICTIONS =
  '对被认定为闲置低效工业用地的企业，暂缓办理转让、出租、抵押和变更登记等手续；…暂停办理优惠政策兑现；…暂停办理施工规划等手续；…暂停办理环评、安评手续；金融及担保部门暂停办理融资担保；…';

/** A disposal method's name (DOMAIN §4), its id when the catalogue has none. */
export const disposalMethodLabel = (id: string): string => disposalMethodName(id) ?? id;
