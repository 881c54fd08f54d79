import { describe, expect, it } from 'vitest';
import { taskOverdue, weeklyTasks } from './tasks.ts';

describe('task overdue', () => {
  const open = { status: 'OPEN' as const, dueOn: '2024-06-30' };

  it('is not overdue on the due day', () => {
    expect(taskOverdue(open, '2024-06-30')).toEqual({ overdue: false, daysOverdue: 0 });
    expect(taskOverdue(open, '2024-06-01')).toEqual({ overdue: false, daysOverdue: 0 });
  });

  it('is overdue from the day after, counting calendar days', () => {
    expect(taskOverdue(open, '2024-07-01')).toEqual({ overdue: true, daysOverdue: 1 });
    expect(taskOverdue({ ...open, dueOn: '2024-02-28' }, '2024-03-01')).toEqual({ overdue: true, daysOverdue: 2 });
  });

  it('a done task is never overdue', () => {
    expect(taskOverdue({ ...open, status: 'DONE' }, '2024-08-01')).toEqual({ overdue: false, daysOverdue: 0 });
  });
});

describe('weekly tasks (把整改任务分解到周)', () => {
  it('numbers the weeks and spaces the due dates 7 days apart', () => {
    expect(weeklyTasks({ titleZh: ' 督促企业完成基础施工 ', firstDueOn: '2024-06-24', weeks: 3 })).toEqual([
      { titleZh: '第1周：督促企业完成基础施工', dueOn: '2024-06-24' },
      { titleZh: '第2周：督促企业完成基础施工', dueOn: '2024-07-01' },
      { titleZh: '第3周：督促企业完成基础施工', dueOn: '2024-07-08' },
    ]);
  });

  it('makes 1 to 52 weeks', () => {
    expect(weeklyTasks({ titleZh: '周调度', firstDueOn: '2024-01-01', weeks: 52 }).at(-1)).toEqual({ titleZh: '第52周：周调度', dueOn: '2024-12-23' });
    for (const weeks of [0, 53, 1.5, -1]) {
      expect(() => weeklyTasks({ titleZh: '周调度', firstDueOn: '2024-01-01', weeks })).toThrow('周数应为1至52之间的整数。');
    }
  });

  it('needs a title and a real first due date', () => {
    expect(() => weeklyTasks({ titleZh: ' ', firstDueOn: '2024-01-01', weeks: 2 })).toThrow('请填写任务名称。');
    expect(() => weeklyTasks({ titleZh: '周调度', firstDueOn: '2024-02-30', weeks: 2 })).toThrow('请填写有效的第1周完成日期');
  });
});
