import { MAX_WEEKLY_TASKS } from '@panhuo/domain';
import { z } from 'zod';
import { id, isoDate, text, version } from './measure-schema.ts';

/** Request and response shapes of tasks (任务调度) and progress reports (进展报告). */

const fileId = z.string().regex(/^[0-9a-fA-F]{64}$/, '文件编号无效（应为上传后返回的 64 位编号）');

export const taskParams = z.object({ id: id('任务') });

export const taskInput = z.union(
  [
    z.object({
      weekly: z.object({
        titleZh: text('任务名称', 200),
        firstDueOn: isoDate('第1周完成日期'),
        weeks: z.number({ error: '请填写周数' }).int('周数应为整数').min(1, '周数至少为 1').max(MAX_WEEKLY_TASKS, `周数不能超过 ${MAX_WEEKLY_TASKS}`),
      }),
      measureId: id('措施').nullish(),
      positionId: id('责任席位'),
    }),
    z.object({ titleZh: text('任务名称', 200), measureId: id('措施').nullish(), dueOn: isoDate('完成日期'), positionId: id('责任席位') }),
  ],
  { error: '请填写任务名称、完成日期和责任席位，或按周分解（weekly）' },
);
export type TaskInput = z.infer<typeof taskInput>;

export const taskUpdate = z.object({ version, titleZh: text('任务名称', 200), dueOn: isoDate('完成日期'), positionId: id('责任席位') });

export const taskListQuery = z.object({
  mine: z.enum(['true', 'false'], 'mine 应为 true 或 false').transform((v) => v === 'true').optional(),
  status: z.enum(['OPEN', 'DONE', 'OVERDUE'], '任务状态应为 OPEN、DONE 或 OVERDUE').optional(),
  zoneId: id('园区').optional(),
  planId: id('处置方案').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const reportInput = z.object({
  reportedOn: isoDate('报告日期'),
  progressZh: text('工作进展', 4000),
  problemsZh: z.string().trim().max(4000, '存在问题不能超过 4000 字').nullish(),
  nextStepsZh: z.string().trim().max(4000, '下步打算不能超过 4000 字').nullish(),
  done: z.boolean({ error: '请说明任务是否已完成（done）' }),
  fileIds: z.array(fileId).max(20, '文件不能超过 20 个').nullish(),
});

export const task = z.object({
  id: z.string(),
  planId: z.string(),
  planNo: z.string(),
  parcelId: z.string(),
  parcelCode: z.string(),
  parcelName: z.string(),
  zoneName: z.string().nullable(),
  measureId: z.string().nullable(),
  methodNameZh: z.string().nullable(),
  titleZh: z.string(),
  dueOn: z.string(),
  positionId: z.string(),
  positionTitle: z.string(),
  unitName: z.string(),
  /** who holds the position today: the task goes with the seat */
  holderName: z.string().nullable(),
  status: z.enum(['OPEN', 'DONE']),
  statusZh: z.string(),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number(),
  lastReport: z.object({ reportedOn: z.string(), progressZh: z.string() }).nullable(),
  reportCount: z.number(),
  version: z.number(),
});

export const taskItems = z.object({ items: z.array(task) });
export const taskList = z.object({ items: z.array(task), total: z.number(), overdueCount: z.number() });

export const taskReport = z.object({
  id: z.string(),
  taskId: z.string(),
  reportedOn: z.string(),
  progressZh: z.string(),
  problemsZh: z.string().nullable(),
  nextStepsZh: z.string().nullable(),
  done: z.boolean(),
  fileIds: z.array(z.string()),
  files: z.array(z.object({ id: z.string(), originalName: z.string() })),
  reporterName: z.string(),
  createdAt: z.string(),
});

export const uploadedFile = z.object({ id: z.string(), sha256: z.string(), originalName: z.string(), mediaType: z.string(), size: z.number() });
