import { readSettings } from './config/settings.ts';
import { ensureWebBuilt } from './config/web-build.ts';
import { openDatabase } from './db/open.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import { Problem } from './http/problems.ts';
import { ensureAdmin } from './features/users/service.ts';
import { loadDemoIfEmpty } from './config/demo.ts';
import { startNightlyJobs } from './jobs/nightly-identification.ts';
import { startReportSchedule } from './jobs/scheduled-reports.ts';

/** `npm start`: build the web app if needed, open and migrate the database, seed, serve. */
export async function main(): Promise<void> {
  const settings = readSettings();
  ensureWebBuilt(settings.webDist);
  const engine = settings.databaseUrl ? 'PostgreSQL' : `嵌入式数据库 PGlite（${settings.dataDir}）`;
  console.log(`[panhuo] 正在打开${engine} …`);
  const db = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  const applied = await migrate(db);
  if (applied.length) console.log(`[panhuo] 已执行数据库迁移：${applied.join(', ')}`);
  const admin = await ensureAdmin(db, settings.adminPassword).catch(async (err: unknown) => {
    if (err instanceof Problem && err.code === 'PASSWORD_POLICY') {
      console.error(`[panhuo] PANHUO_ADMIN_PASSWORD 不符合密码要求：${err.detail ?? err.title}`);
      await db.close();
      process.exit(1);
    }
    throw err;
  });
  if (settings.loadDemo) {
    const demo = await loadDemoIfEmpty(db);
    if (demo) console.log(`[panhuo] 已载入演示数据：${demo.parcels} 宗地块，${demo.enterprises} 家企业（虚构的青岚县）`);
  }
  const app = await buildApp({ db, settings }, { logger: process.env.PANHUO_LOG !== '0' });
  const nightly = startNightlyJobs(db);
  const reports = startReportSchedule(db, settings.dataDir);
  const close = async () => {
    nightly.stop();
    reports.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close());
  process.on('SIGTERM', () => void close());
  await app.listen({ port: settings.port, host: settings.host });
  const url = `http://localhost:${settings.port}/`;
  console.log('');
  console.log(`[panhuo] 盘活平台已启动：${url}`);
  console.log(`[panhuo] 接口文档：${url}api/docs`);
  if (admin.created && admin.password) {
    console.log(`[panhuo] 管理员账号：admin  初始密码：${admin.password}  （仅显示这一次，请登录后修改）`);
  } else if (admin.created) {
    console.log('[panhuo] 管理员账号：admin  密码：PANHUO_ADMIN_PASSWORD 所设的密码');
  } else {
    console.log('[panhuo] 管理员账号：admin（密码为首次启动时设置或打印的密码）');
  }
}
