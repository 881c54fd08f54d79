import { randomUUID } from 'node:crypto';
import { compareIsoDates, formatChineseDate, taskOverdue, weeklyTasks, type TaskStatus } from '@panhuo/domain';
import { audit, checkVersion, invalid, notFound, refused, type DisposalUseCase } from './context.ts';
import { requireCitable } from './file-service.ts';
import { fileNames } from './file-repository.ts';
import { findMeasure } from './measure-repository.ts';
import { requirePosition } from './org-refs.ts';
import { findPlan } from './plan-repository.ts';
import {
  findTask,
  insertReport,
  insertTask,
  listTaskKeys,
  loadReport,
  loadTaskRecords,
  personOfUser,
  reportsOfTask,
  updateTask,
  type TaskRow,
} from './task-repository.ts';
import type { TaskInput } from './task-schema.ts';
import { reportView, taskView } from './views.ts';

/**
 * Use cases of tasks (把整改任务分解到周) and progress reports. A task is assigned to a
 * position of the plan's jurisdiction; "mine" are the tasks of the positions the user's
 * person holds today; overdue is the domain's taskOverdue with the server's today.
 */

async function taskViews(uc: DisposalUseCase, ids: string[]) {
  return (await loadTaskRecords(uc.db, uc.actor.scope.codes, ids, uc.today)).map((t) => taskView(t, uc.today));
}

export async function createTasks(uc: DisposalUseCase, planId: string, input: TaskInput) {
  const ids = await uc.db.transaction(async (tx) => {
    const plan = await findPlan(tx, uc.actor.scope, planId, { lock: true });
    if (!plan) throw notFound('处置方案');
    if (plan.status === 'CLOSED') throw refused(`处置方案${plan.planNo}已结案，不能再分解任务`, 'PLAN_CLOSED');
    await requirePosition(tx, plan.jurisdictionCode, input.positionId, 'positionId', '责任席位');
    const measureId = input.measureId ?? null;
    if (measureId) {
      const measure = await findMeasure(tx, uc.actor.scope, measureId);
      if (!measure || measure.planId !== plan.id) throw invalid('measureId', '所选措施不属于该处置方案');
    }
    let pieces: Array<{ titleZh: string; dueOn: string }>;
    if ('weekly' in input) {
      try {
        pieces = weeklyTasks(input.weekly);
      } catch (err) {
        if (err instanceof RangeError) throw invalid('weekly', err.message);
        throw err;
      }
    } else pieces = [{ titleZh: input.titleZh, dueOn: input.dueOn }];
    const created: string[] = [];
    for (const piece of pieces) {
      const task = { jurisdictionCode: plan.jurisdictionCode, id: randomUUID(), planId: plan.id, measureId, positionId: input.positionId, ...piece };
      await insertTask(tx, task, uc.actor.userId);
      await audit(tx, uc, {
        jurisdictionCode: plan.jurisdictionCode, entityType: 'disposal_task', entityId: task.id, entityVersion: 1, action: 'CREATE', before: null,
        after: { planNo: plan.planNo, ...task },
      });
      created.push(task.id);
    }
    return created;
  });
  return taskViews(uc, ids);
}

const editable = (t: TaskRow) => ({ titleZh: t.titleZh, dueOn: t.dueOn, positionId: t.positionId });

export async function updateTaskOf(uc: DisposalUseCase, id: string, input: { version: number; titleZh: string; dueOn: string; positionId: string }) {
  await uc.db.transaction(async (tx) => {
    const before = await findTask(tx, uc.actor.scope, id, { lock: true });
    if (!before) throw notFound('任务');
    checkVersion('任务', before.version, input.version);
    if (before.status === 'DONE') throw refused(`该任务已于${formatChineseDate(before.doneOn!)}完成，不能再修改`, 'TASK_DONE');
    await requirePosition(tx, before.jurisdictionCode, input.positionId, 'positionId', '责任席位');
    const after: TaskRow = { ...before, titleZh: input.titleZh, dueOn: input.dueOn, positionId: input.positionId, version: before.version + 1 };
    await updateTask(tx, after);
    await audit(tx, uc, {
      jurisdictionCode: before.jurisdictionCode, entityType: 'disposal_task', entityId: id, entityVersion: after.version, action: 'UPDATE',
      before: editable(before), after: editable(after),
    });
  });
  return (await taskViews(uc, [id]))[0]!;
}

export async function planTasks(uc: DisposalUseCase, planId: string) {
  const plan = await findPlan(uc.db, uc.actor.scope, planId);
  if (!plan) throw notFound('处置方案');
  const keys = await listTaskKeys(uc.db, uc.actor.scope, { planId }, uc.today);
  return taskViews(uc, keys.map((k) => k.id));
}

type StatusFilter = TaskStatus | 'OVERDUE';

export async function listTasks(uc: DisposalUseCase, q: { mine?: boolean; status?: StatusFilter; zoneId?: string; planId?: string; page: number; pageSize: number }) {
  let personId: string | undefined;
  if (q.mine) {
    const person = await personOfUser(uc.db, uc.actor.userId);
    // a user not linked to a person holds no position: nothing is theirs
    if (!person) return { items: [], total: 0, overdueCount: 0 };
    personId = person;
  }
  const keys = await listTaskKeys(uc.db, uc.actor.scope, { planId: q.planId, zoneId: q.zoneId, personId }, uc.today);
  const overdue = (k: { status: TaskStatus; dueOn: string }) => taskOverdue(k, uc.today).overdue;
  const matches = (k: { status: TaskStatus; dueOn: string }) => !q.status || (q.status === 'OVERDUE' ? overdue(k) : k.status === q.status);
  const listed = keys.filter(matches);
  const page = listed.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map((k) => k.id);
  return { items: await taskViews(uc, page), total: listed.length, overdueCount: keys.filter(overdue).length };
}

// ---- progress reports

export async function listReports(uc: DisposalUseCase, taskId: string) {
  const task = await findTask(uc.db, uc.actor.scope, taskId);
  if (!task) throw notFound('任务');
  const reports = await reportsOfTask(uc.db, task.jurisdictionCode, taskId);
  const names = await fileNames(uc.db, reports.flatMap((r) => r.fileIds));
  return reports.map((r) => reportView(r, names));
}

/**
 * Records a progress report by anyone in scope (the reporter is kept by id and name). A
 * report saying done closes the task on the day reported; a done task takes no more reports.
 */
export async function createReport(
  uc: DisposalUseCase,
  taskId: string,
  input: { reportedOn: string; progressZh: string; problemsZh?: string | null; nextStepsZh?: string | null; done: boolean; fileIds?: string[] | null },
) {
  const { jurisdictionCode, id } = await uc.db.transaction(async (tx) => {
    const task = await findTask(tx, uc.actor.scope, taskId, { lock: true });
    if (!task) throw notFound('任务');
    if (task.status === 'DONE') throw refused(`该任务已于${formatChineseDate(task.doneOn!)}完成，不能再报告进展`, 'TASK_DONE');
    if (compareIsoDates(input.reportedOn, uc.today) > 0) {
      throw invalid('reportedOn', `报告日期（${formatChineseDate(input.reportedOn)}）晚于今天（${formatChineseDate(uc.today)}）`);
    }
    const fileIds = input.fileIds?.length ? await requireCitable(tx, uc.actor.scope.codes, input.fileIds, 'fileIds') : [];
    const report = {
      id: randomUUID(),
      taskId,
      reportedOn: input.reportedOn,
      progressZh: input.progressZh,
      problemsZh: input.problemsZh ?? '',
      nextStepsZh: input.nextStepsZh ?? '',
      done: input.done,
      fileIds,
      reportedBy: uc.actor.userId,
      reporterName: uc.actor.displayName,
    };
    await insertReport(tx, task.jurisdictionCode, report);
    await audit(tx, uc, { jurisdictionCode: task.jurisdictionCode, entityType: 'disposal_task_report', entityId: report.id, entityVersion: 1, action: 'CREATE', before: null, after: report });
    if (input.done) {
      const done: TaskRow = { ...task, status: 'DONE', doneOn: input.reportedOn, version: task.version + 1 };
      await updateTask(tx, done);
      await audit(tx, uc, {
        jurisdictionCode: task.jurisdictionCode, entityType: 'disposal_task', entityId: taskId, entityVersion: done.version, action: 'UPDATE',
        before: { status: task.status }, after: { status: 'DONE', doneOn: done.doneOn, reportId: report.id },
      });
    }
    return { jurisdictionCode: task.jurisdictionCode, id: report.id };
  });
  const report = (await loadReport(uc.db, jurisdictionCode, id))!;
  return reportView(report, await fileNames(uc.db, report.fileIds));
}
