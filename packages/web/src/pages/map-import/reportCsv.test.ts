import { describe, expect, it } from 'vitest';
import { geometryProblemsToCsv } from './reportCsv.ts';

describe('geometry problems as CSV', () => {
  it('names the problem type in Chinese and quotes cells with commas', () => {
    const csv = geometryProblemsToCsv([
      { featureIndex: 3, code: 'WP-001', kind: 'UNKNOWN_CODE', messageZh: '第 3 个要素，编号不存在' },
      { featureIndex: null, code: null, kind: 'NEEDS_SRID', messageZh: '无法判断中央经线' },
    ]);
    expect(csv.startsWith('\uFEFF序号,要素序号,编号,问题类型,说明\r\n')).toBe(true);
    // a full-width comma is text, not a separator
    expect(csv).toContain('1,3,WP-001,台账中无此编号,第 3 个要素，编号不存在\r\n');
    expect(csv).toContain('2,整个文件,,需选择投影带,无法判断中央经线');
  });

  it('doubles quotes inside a quoted cell', () => {
    const csv = geometryProblemsToCsv([{ featureIndex: 1, code: 'A,1', kind: 'OVERLAP', messageZh: '与"B"重叠' }]);
    expect(csv).toContain('1,1,"A,1",图形重叠,"与""B""重叠"');
  });
});
