import { describe, expect, it } from 'vitest';
import { disposalMethod } from './catalogue.ts';
import { validateMeasureData } from './measure.ts';
import type { MeasureData } from './types.ts';

const check = (code: string, data: MeasureData) => validateMeasureData(disposalMethod(code)!, data);
const paths = (code: string, data: MeasureData) => check(code, data).map((p) => p.path);

describe('measure data', () => {
  it('accepts complete, consistent data', () => {
    expect(
      check('D-JD04', {
        agreement: { type: 'PURCHASE', signedAt: '2024-03-01', parties: ['旌德县自然资源和规划局', '某某机械有限公司'] },
        valuation: { landBasis: 'BENCHMARK_LAND_PRICE', landValue_yuan: '3600000', buildingBasis: 'REPLACEMENT_COST', buildingValue_yuan: '1250000.50', movablesExcluded: true },
        fee: { kind: 'TAX_ARREARS', amount_yuan: '0', dueAt: '2024-04-01' },
        counterparty: { name: '旌德县土地收储中心' },
      }),
    ).toEqual([]);
  });

  it('money is a decimal string of yuan, not negative, to the fen', () => {
    expect(paths('D-N07', { fee: { kind: 'IDLE_LAND_FEE', amount_yuan: '-1' } })).toEqual(['fee.amount_yuan']);
    expect(paths('D-N07', { fee: { kind: 'IDLE_LAND_FEE', amount_yuan: '12.345' } })).toEqual(['fee.amount_yuan']);
    expect(paths('D-N07', { fee: { kind: 'IDLE_LAND_FEE', amount_yuan: '246913.58', rate: 0.2 } })).toEqual([]);
    expect(paths('D-N07', { fee: { kind: 'IDLE_LAND_FEE', amount_yuan: '1', rate: 20 } })).toEqual(['fee.rate']);
    expect(check('D-N07', { fee: { kind: 'IDLE_LAND_FEE', amount_yuan: 'abc' } })[0]?.messageZh).toBe('金额应为不小于0的金额（元），最多保留两位小数。');
  });

  it('deadlines are real dates and completion is not before start', () => {
    expect(check('D-WP01', { newDeadlines: { start: '2024-02-30' } })).toEqual([
      { path: 'newDeadlines.start', messageZh: '动工期限不是有效日期，请按“年-月-日”填写。' },
    ]);
    expect(check('D-WP01', { newDeadlines: { start: '2024-09-01', completion: '2024-08-31' } })).toEqual([
      { path: 'newDeadlines.completion', messageZh: '竣工期限（2024年8月31日）不得早于动工期限（2024年9月1日）。' },
    ]);
    expect(paths('D-WP01', { newDeadlines: { start: '2024-09-01', completion: '2024-09-01' } })).toEqual([]);
  });

  it('split areas are not negative', () => {
    expect(paths('D-JD03', { areaSplit: { retained_m2: -1, transferred_m2: 0 } })).toEqual(['areaSplit.retained_m2']);
    expect(paths('D-JD03', { areaSplit: { retained_m2: 10_000, transferred_m2: 4_000 } })).toEqual([]);
  });

  it('Yongning 限期开发: completion at most 1 year after signing', () => {
    const data = (completion: string): MeasureData => ({
      agreement: { type: 'DEADLINE_DEVELOPMENT', signedAt: '2024-03-15', parties: [] },
      newDeadlines: { completion },
    });
    expect(paths('D-YN05', data('2025-03-15'))).toEqual([]);
    expect(check('D-YN05', data('2025-03-16'))).toEqual([
      {
        path: 'newDeadlines.completion',
        messageZh: '竣工期限（2025年3月16日）超出“继续开发完成期限从协议签订之日起原则上最长不得超过1年”的规定，最迟为2025年3月15日。',
      },
    ]);
    expect(paths('D-YN05', { newDeadlines: { completion: '2030-01-01' } })).toEqual([]);
  });

  it('temporary use (D-N03) at most 2 years; Yongning 招商引资 development period at most 2 years', () => {
    expect(paths('D-N03', { newDeadlines: { temporaryUseFrom: '2024-02-29', temporaryUseUntil: '2026-02-28' } })).toEqual([]);
    expect(paths('D-N03', { newDeadlines: { temporaryUseFrom: '2024-02-29', temporaryUseUntil: '2026-03-01' } })).toEqual(['newDeadlines.temporaryUseUntil']);
    expect(paths('D-YN04', { newDeadlines: { start: '2024-01-01', completion: '2026-01-02' } })).toEqual(['newDeadlines.completion']);
    // The same period on a method without the limit is fine.
    expect(paths('D-WP01', { newDeadlines: { start: '2024-01-01', completion: '2026-01-02' } })).toEqual([]);
  });

  it('the agreement type must be one the method signs, and parties have names', () => {
    expect(check('D-WP08', { agreement: { type: 'PURCHASE', parties: ['武平高新区管委会', ''] } })).toEqual([
      { path: 'agreement.type', messageZh: '“提质增效”应签订限期提升土地利用效率协议，不是收购（收储）协议。' },
      { path: 'agreement.parties.1', messageZh: '第2个协议当事方名称为空。' },
    ]);
  });

  it('the counterparty needs a name and a well-formed credit code', () => {
    expect(paths('D-JD02', { counterparty: { name: ' ', uscc: '123' } })).toEqual(['counterparty.name', 'counterparty.uscc']);
  });
});
