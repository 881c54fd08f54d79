import type { Queryable } from '../../db/database.ts';
import { invalid } from './context.ts';

/**
 * The organisation a plan, measure or task points at must be of the plan's jurisdiction:
 * units, positions (席位), and for the task force a body of kind 专班 or 战区.
 */

async function exists(db: Queryable, table: 'org_units' | 'org_positions', jurisdictionCode: string, id: string): Promise<boolean> {
  const { rows } = await db.query(`SELECT 1 FROM ${table} WHERE jurisdiction_code = $1 AND id = $2`, [jurisdictionCode, id]);
  return rows.length > 0;
}

export async function requireUnit(db: Queryable, jurisdictionCode: string, id: string, path: string): Promise<void> {
  if (!(await exists(db, 'org_units', jurisdictionCode, id))) throw invalid(path, '责任单位不存在或不属于该地块所在辖区');
}

export async function requirePosition(db: Queryable, jurisdictionCode: string, id: string, path: string, what = '席位'): Promise<void> {
  if (!(await exists(db, 'org_positions', jurisdictionCode, id))) throw invalid(path, `${what}不存在或不属于该地块所在辖区`);
}

export async function requireTaskForce(db: Queryable, jurisdictionCode: string, id: string, path: string): Promise<void> {
  const { rows } = await db.query<{ kind: string }>('SELECT kind FROM org_bodies WHERE jurisdiction_code = $1 AND id = $2', [jurisdictionCode, id]);
  const kind = rows[0]?.kind;
  if (!kind) throw invalid(path, '工作专班不存在或不属于该地块所在辖区');
  if (kind !== 'TASK_FORCE' && kind !== 'WAR_ZONE') throw invalid(path, '“一支队伍”应为工作专班或战区，不能选领导小组、指挥部或办公室');
}
