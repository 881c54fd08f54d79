import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let county: County;

beforeAll(async () => {
  t = await createTestContext();
  county = await t.createCounty();
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.request({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('authentication', () => {
  it('answers health without a session', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: t.db.kind });
  });

  it('refuses API calls without a session with 401 problem+json', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/parcels' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', title: '未登录或登录已过期' });
  });

  it('logs in with an HttpOnly SameSite cookie and logs out', async () => {
    const { username } = await t.createUser({ role: 'LAND_BUREAU', jurisdictionCode: county.code });
    const res = await login(username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ username, role: 'LAND_BUREAU', jurisdiction: { code: county.code } });
    const cookie = res.cookies.find((c) => c.name === 'panhuo_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const session = `panhuo_session=${cookie.value}`;
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: session })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/v1/auth/logout', cookie: session })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: session })).statusCode).toBe(401);
  });

  it('does not say whether the user name or the password was wrong', async () => {
    const res = await login('nobody-here', 'Whatever#123');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'LOGIN_FAILED', title: '用户名或密码错误' });
  });

  it('locks the account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const { username } = await t.createUser({ role: 'LAND_BUREAU', jurisdictionCode: county.code });
    for (let i = 1; i <= 4; i++) {
      const res = await login(username, 'Wrong#Pass2026');
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toContain(`再失败 ${5 - i} 次`);
    }
    const fifth = await login(username, 'Wrong#Pass2026');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    const right = await login(username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    const { rows } = await t.db.query<{ minutes: number }>(
      `SELECT round(extract(epoch FROM locked_until - now()) / 60)::int AS minutes FROM users WHERE username = $1`,
      [username],
    );
    expect(rows[0]!.minutes).toBe(15);
  });

  it('lets a locked account in again once the lock has passed', async () => {
    const { username } = await t.createUser({ role: 'LAND_BUREAU', jurisdictionCode: county.code });
    await t.db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE username = $1`, [username]);
    expect((await login(username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session after 30 minutes without a request', async () => {
    const cookie = await t.loginAs('LAND_BUREAU', county.code);
    const token = cookie.split('=')[1]!;
    const hash = (await import('node:crypto')).createHash('sha256').update(token).digest('hex');
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE token_hash = $1`, [hash]);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode).toBe(200);
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`, [hash]);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
  });

  it('enforces the password policy of at least 10 characters of three kinds', async () => {
    const cookie = await t.loginAs('LAND_BUREAU', county.code);
    const change = (newPassword: string) =>
      t.request({ method: 'POST', url: '/api/v1/auth/password', cookie, payload: { currentPassword: TEST_PASSWORD, newPassword } });
    const short = await change('Ab#12345');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'PASSWORD_POLICY' });
    expect(short.json().detail).toContain('至少 10 位');
    const twoKinds = await change('abcdefgh1234');
    expect(twoKinds.statusCode).toBe(400);
    expect(twoKinds.json().detail).toContain('至少三类');
    expect((await change('Abcdefgh1234')).statusCode).toBe(204);
  });

  it('stores passwords as argon2id hashes', async () => {
    const { username } = await t.createUser({ role: 'LEADER', jurisdictionCode: county.code });
    const { rows } = await t.db.query<{ h: string }>('SELECT password_hash AS h FROM users WHERE username = $1', [username]);
    expect(rows[0]!.h.startsWith('$argon2id$')).toBe(true);
  });

  it('records logins and failed logins in the audit trail', async () => {
    const { id, username } = await t.createUser({ role: 'LEADER', jurisdictionCode: county.code });
    await login(username, 'Wrong#Pass2026');
    await login(username, TEST_PASSWORD);
    const { rows } = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(rows.map((r) => r.action)).toEqual(['LOGIN_FAILED', 'LOGIN']);
  });
});

describe('user management', () => {
  it('lets an admin create a user and forbids it to others', async () => {
    const admin = await t.loginAs('ADMIN', county.code);
    const payload = { username: 'zhang.land', displayName: '张科员', role: 'LAND_BUREAU', jurisdictionCode: county.code, password: 'Zhang#Land2026' };
    const created = await t.request({ method: 'POST', url: '/api/v1/users', cookie: admin, payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'zhang.land', roleLabel: '自然资源局' });
    const duplicate = await t.request({ method: 'POST', url: '/api/v1/users', cookie: admin, payload });
    expect(duplicate.statusCode).toBe(409);
    const staff = await t.loginAs('LAND_BUREAU', county.code);
    const forbidden = await t.request({ method: 'GET', url: '/api/v1/users', cookie: staff });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await login('zhang.land', 'Zhang#Land2026')).statusCode).toBe(200);
  });

  it('disabling a user ends their sessions', async () => {
    const admin = await t.loginAs('ADMIN', county.code);
    const { id, username } = await t.createUser({ role: 'PARK_STAFF', jurisdictionCode: county.code });
    const res = await login(username, TEST_PASSWORD);
    const session = `panhuo_session=${res.cookies.find((c) => c.name === 'panhuo_session')!.value}`;
    const user = (await t.request({ method: 'GET', url: '/api/v1/users?pageSize=200', cookie: admin })).json().items.find((u: { id: string }) => u.id === id);
    const update = await t.request({
      method: 'PUT',
      url: `/api/v1/users/${id}`,
      cookie: admin,
      payload: { displayName: user.displayName, role: user.role, jurisdictionCode: county.code, zoneId: null, unitName: null, active: false, version: user.version },
    });
    expect(update.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: session })).statusCode).toBe(401);
    expect((await login(username, TEST_PASSWORD)).statusCode).toBe(403);
  });
});
