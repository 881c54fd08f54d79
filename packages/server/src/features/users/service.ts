import { randomBytes, randomUUID } from 'node:crypto';
import { passwordProblems, permissionsOf, roleLabels, ROOT_JURISDICTION_CODE, type Role } from '@panhuo/domain';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { endSession, endSessionsOfUser, startSession } from '../../auth/sessions.ts';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { ensureRootJurisdiction } from '../jurisdictions/repository.ts';
import * as repo from './repository.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

// verifying against a real hash even for unknown users keeps the answer time the same
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

const chinaTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });

export function toMe(u: repo.UserRow) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: roleLabels[u.role],
    jurisdiction: { code: u.jurisdictionCode, name: u.jurisdictionName },
    zone: u.zoneId ? { id: u.zoneId, name: u.zoneName ?? '' } : null,
    permissions: [...permissionsOf(u.role)],
  };
}

export function toUserView(u: repo.UserRow) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    roleLabel: roleLabels[u.role],
    jurisdictionCode: u.jurisdictionCode,
    jurisdictionName: u.jurisdictionName,
    zoneId: u.zoneId,
    zoneName: u.zoneName,
    unitName: u.unitName,
    personId: u.personId,
    personName: u.personName,
    active: u.active,
    locked: u.lockedNow,
    version: u.version,
    createdAt: u.createdAt,
  };
}

export async function login(db: Database, input: { username: string; password: string }, requestId: string) {
  const user = await repo.findUserByUsername(db, input.username);
  if (!user) {
    await verifyPassword(await dummyHash, input.password);
    throw new Problem('LOGIN_FAILED');
  }
  if (user.lockedNow) {
    throw new Problem('ACCOUNT_LOCKED', `连续登录失败 ${MAX_FAILED_LOGINS} 次，账号已锁定，请于 ${chinaTime(user.lockedUntil!)} 后再试`);
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  return db.transaction(async (tx) => {
    const audit = { jurisdictionCode: user.jurisdictionCode, entityType: 'user' as const, entityId: user.id, actorId: user.id, actorName: user.displayName, requestId };
    if (!ok) {
      const r = await repo.recordFailedLogin(tx, user.id, MAX_FAILED_LOGINS, LOCK_MINUTES);
      await appendAudit(tx, [{ ...audit, action: 'LOGIN_FAILED' }]);
      if (r.lockedUntil && r.failedAttempts === 0) {
        return { error: new Problem('ACCOUNT_LOCKED', `连续登录失败 ${MAX_FAILED_LOGINS} 次，账号已锁定 ${LOCK_MINUTES} 分钟，请于 ${chinaTime(r.lockedUntil)} 后再试`) };
      }
      return { error: new Problem('LOGIN_FAILED', `用户名或密码错误，再失败 ${MAX_FAILED_LOGINS - r.failedAttempts} 次账号将被锁定 ${LOCK_MINUTES} 分钟`) };
    }
    if (!user.active) return { error: new Problem('ACCOUNT_DISABLED', '该账号已停用，请联系系统管理员') };
    await repo.recordSuccessfulLogin(tx, user.id);
    const token = await startSession(tx, user.id);
    await appendAudit(tx, [{ ...audit, action: 'LOGIN' }]);
    return { token, user: toMe(user) };
  }).then((r) => {
    // the failed attempt is counted (committed) before the refusal is thrown
    if ('error' in r) throw r.error;
    return r;
  });
}

export async function logout(db: Database, token: string | undefined): Promise<void> {
  if (token) await endSession(db, token);
}

export async function me(db: Queryable, actor: Actor) {
  const u = await repo.findUserById(db, actor.userId);
  if (!u) throw new Problem('UNAUTHENTICATED');
  return toMe(u);
}

function assertPolicy(password: string, username: string) {
  const problems = passwordProblems(password, username);
  if (problems.length) throw new Problem('PASSWORD_POLICY', problems.join('；'), { errors: problems.map((message) => ({ path: 'password', message })) });
}

export async function changeOwnPassword(db: Database, actor: Actor, input: { currentPassword: string; newPassword: string }, requestId: string) {
  const u = await repo.findUserById(db, actor.userId);
  if (!u || !(await verifyPassword(u.passwordHash, input.currentPassword))) {
    throw new Problem('VALIDATION_FAILED', '当前密码不正确', { errors: [{ path: 'currentPassword', message: '当前密码不正确' }] });
  }
  assertPolicy(input.newPassword, u.username);
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, u.id, hash);
    await appendAudit(tx, [{ jurisdictionCode: u.jurisdictionCode, entityType: 'user', entityId: u.id, action: 'PASSWORD_CHANGE', actorId: actor.userId, actorName: actor.displayName, requestId }]);
  });
}

interface UserInput {
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  zoneId: string | null;
  unitName: string | null;
  personId?: string | null;
}

async function assertAssignable(tx: Queryable, actor: Actor, u: UserInput) {
  if (!actor.scope.codes.includes(u.jurisdictionCode)) throw new Problem('FORBIDDEN', '不能把用户分配到您管辖范围以外的辖区');
  if (u.zoneId) {
    const { rows } = await tx.query('SELECT 1 FROM zones WHERE jurisdiction_code = $1 AND id = $2', [u.jurisdictionCode, u.zoneId]);
    if (!rows.length) throw new Problem('VALIDATION_FAILED', '所选园区不属于该辖区', { errors: [{ path: 'zoneId', message: '所选园区不属于该辖区' }] });
  }
  if (u.personId && !(await repo.personExists(tx, u.jurisdictionCode, u.personId))) {
    const message = '所选人员不存在或不属于该用户所在辖区（请在组织架构中选择本辖区的人员）';
    throw new Problem('VALIDATION_FAILED', message, { errors: [{ path: 'personId', message }] });
  }
}

export async function createUser(db: Database, actor: Actor, input: UserInput & { username: string; password: string }, requestId: string) {
  assertPolicy(input.password, input.username);
  const hash = await hashPassword(input.password);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await assertAssignable(tx, actor, input);
    if (await repo.findUserByUsername(tx, input.username)) {
      throw new Problem('DUPLICATE', `用户名「${input.username}」已被使用`, { errors: [{ path: 'username', message: '用户名已被使用' }] });
    }
    await repo.insertUser(tx, { ...input, id, personId: input.personId ?? null, passwordHash: hash });
    await appendAudit(tx, [{ jurisdictionCode: input.jurisdictionCode, entityType: 'user', entityId: id, entityVersion: 1, action: 'CREATE', actorId: actor.userId, actorName: actor.displayName, requestId, after: { username: input.username, displayName: input.displayName, role: input.role, zoneId: input.zoneId, unitName: input.unitName, personId: input.personId ?? null } }]);
  });
  return toUserView((await repo.findUserById(db, id))!);
}

export async function updateUser(db: Database, actor: Actor, id: string, input: UserInput & { active: boolean; version: number }, requestId: string) {
  await db.transaction(async (tx) => {
    const current = await repo.findUserById(tx, id, actor.scope);
    if (!current) throw new Problem('NOT_FOUND', '未找到该用户');
    if (current.version !== input.version) throw new Problem('VERSION_CONFLICT', '该用户信息已被他人修改，请刷新后再保存', { currentVersion: current.version });
    await assertAssignable(tx, actor, input);
    if (id === actor.userId && (!input.active || input.role !== 'ADMIN')) {
      throw new Problem('VALIDATION_FAILED', '不能停用自己的账号或取消自己的管理员角色');
    }
    // a person belongs to one jurisdiction: a user moved elsewhere keeps the link only if it still fits
    const keptPerson = current.personId && (await repo.personExists(tx, input.jurisdictionCode, current.personId)) ? current.personId : null;
    const personId = input.personId === undefined ? keptPerson : input.personId;
    await repo.updateUserProfile(tx, id, { ...input, personId });
    if (!input.active) await endSessionsOfUser(tx, id);
    const before = { displayName: current.displayName, role: current.role, jurisdictionCode: current.jurisdictionCode, zoneId: current.zoneId, unitName: current.unitName, personId: current.personId, active: current.active };
    const after = { displayName: input.displayName, role: input.role, jurisdictionCode: input.jurisdictionCode, zoneId: input.zoneId, unitName: input.unitName, personId, active: input.active };
    await appendAudit(tx, [{ jurisdictionCode: input.jurisdictionCode, entityType: 'user', entityId: id, entityVersion: current.version + 1, action: 'UPDATE', actorId: actor.userId, actorName: actor.displayName, requestId, before, after }]);
  });
  return toUserView((await repo.findUserById(db, id))!);
}

export async function resetPassword(db: Database, actor: Actor, id: string, password: string, requestId: string) {
  const user = await repo.findUserById(db, id, actor.scope);
  if (!user) throw new Problem('NOT_FOUND', '未找到该用户');
  assertPolicy(password, user.username);
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, id, hash);
    await endSessionsOfUser(tx, id);
    await appendAudit(tx, [{ jurisdictionCode: user.jurisdictionCode, entityType: 'user', entityId: id, action: 'PASSWORD_CHANGE', actorId: actor.userId, actorName: actor.displayName, requestId }]);
  });
}

/** A password that satisfies the policy, for the first start when none is configured. */
export function generatePassword(): string {
  const body = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `Ph#${body}9a`;
}

/**
 * Creates the account `admin` (system administrator of the whole deployment) if there is
 * no user yet. Returns the password when it had to invent one, so it can be printed once.
 */
export async function ensureAdmin(db: Database, configuredPassword: string | undefined): Promise<{ created: boolean; password?: string }> {
  if ((await repo.countUsers(db)) > 0) return { created: false };
  const password = configuredPassword ?? generatePassword();
  assertPolicy(password, 'admin');
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await ensureRootJurisdiction(tx);
    const id = randomUUID();
    await repo.insertUser(tx, { id, username: 'admin', displayName: '系统管理员', role: 'ADMIN', jurisdictionCode: ROOT_JURISDICTION_CODE, zoneId: null, unitName: null, passwordHash: hash });
    await appendAudit(tx, [{ jurisdictionCode: ROOT_JURISDICTION_CODE, entityType: 'user', entityId: id, entityVersion: 1, action: 'CREATE', actorId: null, actorName: '系统', after: { username: 'admin', role: 'ADMIN' } }]);
  });
  return { created: true, ...(configuredPassword ? {} : { password }) };
}
