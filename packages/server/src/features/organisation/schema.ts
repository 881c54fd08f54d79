import { bodyKinds, isIsoDate, membershipRoles, unitKinds } from '@panhuo/domain';
import { z } from 'zod';

/** Request and response schemas of the organisation (组织架构): units, positions, people, bodies. */

const id = (what: string) => z.uuid(`${what}编号无效`);
const jurisdictionCode = z.string().regex(/^\d{6}$/, '辖区代码应为 6 位数字').optional();
const version = z.number({ error: '请提供读取时的版本号' }).int().min(1);
const isoDate = (what: string) => z.string({ error: `请填写${what}` }).refine(isIsoDate, `${what}不是有效日期（YYYY-MM-DD）`);
const name = (what: string, max: number) => z.string({ error: `请填写${what}` }).trim().min(1, `请填写${what}`).max(max, `${what}不能超过 ${max} 个字符`);

export const idParams = z.object({ id: id('记录') });
export const listQuery = z.object({
  jurisdictionCode,
  /** the date whose holders are shown; today by default */
  on: isoDate('查询日期').optional(),
});
export const positionListQuery = listQuery.extend({ unitId: id('单位').optional() });

export const unitInput = z.object({
  jurisdictionCode,
  name: name('单位名称', 100),
  kind: z.enum(unitKinds, { error: '单位类别无效' }),
  parentUnitId: id('上级单位').nullish(),
});
export const unitUpdate = unitInput.omit({ jurisdictionCode: true }).extend({ version });

export const positionInput = z.object({
  unitId: id('单位'),
  title: name('席位名称', 100),
});
export const positionUpdate = positionInput.extend({ version });

export const personInput = z.object({ jurisdictionCode, displayName: name('姓名', 50) });
export const personUpdate = personInput.omit({ jurisdictionCode: true }).extend({ version });

export const assignmentInput = z.object({
  personId: id('人员'),
  from: isoDate('任职开始日期'),
  to: isoDate('任职结束日期').nullish(),
});

const memberInput = z.object({
  positionId: id('席位'),
  role: z.enum(membershipRoles, { error: '成员角色无效' }),
  note: z.string().trim().max(200, '备注不能超过 200 个字符').nullish(),
});

export const bodyInput = z.object({
  jurisdictionCode,
  kind: z.enum(bodyKinds, { error: '机构类别无效' }),
  name: name('机构名称', 100),
  parentBodyId: id('上级机构').nullish(),
  hostUnitId: id('设在单位').nullish(),
  duties: z.array(z.string().trim().min(1, '职责不能为空').max(1000, '每项职责不能超过 1000 个字符')).max(50, '职责不能超过 50 项').default([]),
  zoneIds: z.array(id('园区')).max(20, '园区不能超过 20 个').default([]),
  members: z.array(memberInput).max(200, '成员不能超过 200 个').default([]),
});
export const bodyUpdate = bodyInput.omit({ jurisdictionCode: true }).extend({ version });

const holder = z.object({ assignmentId: z.string(), personId: z.string(), displayName: z.string(), from: z.string(), to: z.string().nullable() }).nullable();

export const unit = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
  kindLabel: z.string(),
  parentUnitId: z.string().nullable(),
  version: z.number(),
});

export const position = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  holder,
  version: z.number(),
});

export const person = z.object({ id: z.string(), jurisdictionCode: z.string(), displayName: z.string(), version: z.number() });

export const assignment = z.object({
  id: z.string(),
  positionId: z.string(),
  personId: z.string(),
  displayName: z.string(),
  from: z.string(),
  to: z.string().nullable(),
});

export const assignmentResult = z.object({
  assignment,
  /** the previous holder's tenure, ended the day before */
  ended: assignment.nullable(),
});

export const body = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  kind: z.enum(bodyKinds),
  kindLabel: z.string(),
  name: z.string(),
  parentBodyId: z.string().nullable(),
  hostUnitId: z.string().nullable(),
  duties: z.array(z.string()),
  zones: z.array(z.object({ id: z.string(), name: z.string() })),
  members: z.array(
    z.object({
      positionId: z.string(),
      positionTitle: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      role: z.enum(membershipRoles),
      roleLabel: z.string(),
      note: z.string().nullable(),
      holder,
    }),
  ),
  version: z.number(),
});

export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
