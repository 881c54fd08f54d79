import { z } from 'zod';
import { roles } from '@panhuo/domain';

export const me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles as [string, ...string[]]),
  roleLabel: z.string(),
  jurisdiction: z.object({ code: z.string(), name: z.string() }),
  zone: z.object({ id: z.string(), name: z.string() }).nullable(),
  permissions: z.array(z.string()),
});

export const loginBody = z.object({
  username: z.string({ error: '请输入用户名' }).trim().min(1, '请输入用户名').max(40),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(200),
});

export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  zoneId: z.string().nullable(),
  zoneName: z.string().nullable(),
  unitName: z.string().nullable(),
  /** the person (组织架构 › 人员) the user is: their positions' tasks are "mine" */
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
});

const profile = {
  displayName: z.string().trim().min(1, '请填写姓名').max(40),
  role: z.enum(roles as [(typeof roles)[number], ...(typeof roles)[number][]], { error: '角色无效' }),
  jurisdictionCode: z.string().regex(/^\d{6}$/, '辖区代码应为 6 位数字'),
  zoneId: z.uuid('园区无效').nullable().default(null),
  unitName: z.string().trim().max(60).nullable().default(null),
  // absent: unchanged on an edit (a form that does not know the field keeps the link), none on creation
  personId: z.uuid('人员编号无效').nullable().optional(),
};

export const createUserBody = z.object({
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{3,40}$/, '用户名为 3–40 位字母、数字、下划线、点或短横线'),
  password: z.string().max(200),
  ...profile,
});

export const updateUserBody = z.object({ ...profile, active: z.boolean(), version: z.number().int().min(1) });
