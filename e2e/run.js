#!/usr/bin/env node
// Browser tests: starts the real server on a free port with a fresh data folder (PGlite
// and the demo county, unless DATABASE_URL is set), runs e2e/*.e2e.js in name order in
// Debian's Chromium through playwright-core, prints one line per test and a final
// "N passed, M failed" line, exits non-zero on any failure and always stops the server.
//
//   npm run test:e2e                         # all files
//   npm run test:e2e -- 03                   # only files whose name contains "03"
//
// Environment:
//   E2E_BASE_URL        test a server that is already running (the runner starts none);
//                       then E2E_ADMIN_PASSWORD must be that server's admin password
//   E2E_ADMIN_USER      default "admin"
//   E2E_ADMIN_PASSWORD  default "E2e#Pass2026" (given to the server it starts)
//   E2E_CHROMIUM        default /usr/bin/chromium
//   E2E_START_TIMEOUT   seconds to wait for /api/v1/health, default 240
//   E2E_HEADED=1        show the browser (needs a display)
//   E2E_KEEP=1          keep the server's data folder and log
// Screenshots of failed tests and the server log go to e2e/artifacts/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/* global AbortSignal */
import { chromium } from 'playwright-core';
import { takeTests } from './harness.js';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(e2eDir, '..');
const artifactsDir = join(e2eDir, 'artifacts');
const chromiumPath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const admin = {
  username: process.env.E2E_ADMIN_USER ?? 'admin',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'E2e#Pass2026',
};
const startTimeoutS = Number(process.env.E2E_START_TIMEOUT ?? 240);
const filters = process.argv.slice(2);

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (msg) => console.log(msg);

let server = null; // { child, logPath, dataDir }
const tempDirs = [];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function tail(path, lines = 40) {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function startServer() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'panhuo-e2e-data-'));
  tempDirs.push(dataDir);
  const logPath = join(artifactsDir, 'server.log');
  const out = createWriteStream(logPath);
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PANHUO_DATA_DIR: dataDir,
    PANHUO_ADMIN_PASSWORD: admin.password,
    PANHUO_NIGHTLY: '0', // a 02:00 run in the middle of a test would change what the pages show
  };
  const child = spawn(process.execPath, [join(root, 'packages/server/bin/start.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so we can stop it with everything it started
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  server = { child, logPath, dataDir };
  const baseUrl = `http://127.0.0.1:${port}`;
  log(`starting server: node packages/server/bin/start.js on port ${port}, data in ${dataDir}`);
  const deadline = Date.now() + startTimeoutS * 1000;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`the server exited (${JSON.stringify(exited)}) before it was ready; log tail:\n${tail(logPath)}`);
    }
    try {
      const r = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(5000) });
      if (r.ok) {
        const h = await r.json();
        log(`server ready after ${secs(Date.now() - t0)}: ${JSON.stringify(h)}`);
        return baseUrl;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server was not ready within ${startTimeoutS} s; log tail:\n${tail(logPath)}`);
}

async function stopServer() {
  if (!server) return;
  const { child } = server;
  server = null;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  const kill = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      try {
        child.kill(sig);
      } catch {
        /* already gone */
      }
    }
  };
  kill('SIGTERM');
  const t = setTimeout(() => kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(t);
}

function cleanup() {
  if (process.env.E2E_KEEP === '1') return;
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
}

function ensureBuilt() {
  if (existsSync(join(root, 'packages/web/dist/index.html'))) return;
  log('packages/web/dist is missing: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

const slug = (s) =>
  s
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: timed out after ${secs(ms)}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function runFile(file, baseUrl, results) {
  await import(pathToFileURL(join(e2eDir, file)).href);
  const tests = takeTests();
  log(`\n${file} (${tests.length} tests)`);
  if (tests.length === 0) {
    results.push({ file, name: '(no tests registered)', ok: false, error: new Error('the file registered no tests') });
    log(`  ✗ the file registered no tests`);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'panhuo-e2e-chromium-'));
  tempDirs.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: process.env.E2E_HEADED !== '1',
    args: [
      ...(process.env.E2E_HEADED === '1' ? [] : ['--headless']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const browserLog = [];
  try {
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => browserLog.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') browserLog.push(`console.error: ${m.text()}`);
    });
    const api = makeApi(context.request, baseUrl);
    let broken = null;
    for (const t of tests) {
      if (broken) {
        results.push({ file, name: t.name, ok: false, error: new Error(`not run: "${broken}" failed before it`) });
        log(`  ✗ ${t.name} (not run: an earlier test of this file failed)`);
        continue;
      }
      const started = Date.now();
      browserLog.length = 0;
      try {
        await withTimeout(
          t.fn({ page, context, baseUrl, api, admin, artifactsDir }),
          t.timeout,
          t.name,
        );
        results.push({ file, name: t.name, ok: true });
        log(`  ✓ ${t.name} (${secs(Date.now() - started)})`);
      } catch (error) {
        broken = t.name;
        const shot = join(artifactsDir, `${file.replace(/\.e2e\.js$/, '')}--${slug(t.name)}.png`);
        let shotNote = '';
        try {
          await page.screenshot({ path: shot, fullPage: true, timeout: 10_000 });
          shotNote = `screenshot: ${shot}`;
        } catch (e) {
          shotNote = `(no screenshot: ${e.message.split('\n')[0]})`;
        }
        results.push({ file, name: t.name, ok: false, error });
        log(`  ✗ ${t.name} (${secs(Date.now() - started)})`);
        log(indent(String(error?.stack ?? error), 6));
        log(`      page: ${page.url()}`);
        log(`      ${shotNote}`);
        if (browserLog.length) log(indent(browserLog.slice(-10).join('\n'), 6));
      }
    }
  } finally {
    await context.close().catch(() => undefined);
  }
}

const indent = (s, n) =>
  s
    .split('\n')
    .map((l) => ' '.repeat(n) + l)
    .join('\n');

/** JSON API calls that share the browser context's cookies (so: the logged-in session). */
function makeApi(request, baseUrl) {
  const call = async (method, path, body) => {
    const r = await request.fetch(`${baseUrl}/api/v1${path}`, {
      method,
      data: body,
      failOnStatusCode: false,
    });
    const text = await r.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: r.status(), json, text, headers: r.headers() };
  };
  return {
    raw: request,
    baseUrl,
    /** GET a binary answer (a download) as { status, body: Buffer, headers } */
    async bytes(path) {
      const r = await request.get(`${baseUrl}/api/v1${path}`, { failOnStatusCode: false });
      return { status: r.status(), body: await r.body(), headers: r.headers() };
    },
    get: (p) => call('GET', p),
    post: (p, b) => call('POST', p, b),
    put: (p, b) => call('PUT', p, b),
  };
}

async function main() {
  mkdirSync(artifactsDir, { recursive: true });
  for (const f of readdirSync(artifactsDir)) {
    if (f.endsWith('.png') || f === 'server.log') rmSync(join(artifactsDir, f), { force: true });
  }
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath} (apt-get install chromium)`);
  const files = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.e2e.js'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  if (files.length === 0) throw new Error('no e2e/*.e2e.js files matched');

  let baseUrl = process.env.E2E_BASE_URL?.replace(/\/$/, '');
  if (baseUrl) {
    log(`testing the running server at ${baseUrl}`);
  } else {
    ensureBuilt();
    baseUrl = await startServer();
  }

  const results = [];
  for (const file of files) {
    try {
      await runFile(file, baseUrl, results);
    } catch (error) {
      // the file could not be imported, or the browser did not start
      results.push({ file, name: '(file)', ok: false, error });
      log(`  ✗ ${file}: ${error?.stack ?? error}`);
    }
  }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`\ne2e finished in ${secs(Date.now() - t0)}`);
  if (failed) {
    log('failed:');
    for (const r of results.filter((x) => !x.ok)) log(`  ${r.file} › ${r.name}: ${String(r.error?.message ?? r.error).split('\n')[0]}`);
    if (server) log(`server log: ${server.logPath}`);
  }
  log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

let exiting = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (exiting) return;
    exiting = true;
    log(`\n${sig}: stopping the server`);
    await stopServer();
    cleanup();
    process.exit(130);
  });
}

let code;
try {
  code = await main();
} catch (e) {
  console.error(`e2e: ${e?.stack ?? e}`);
  console.log('0 passed, 1 failed');
  code = 1;
} finally {
  await stopServer();
  cleanup();
}
process.exit(code);
