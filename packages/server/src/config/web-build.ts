import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(new URL('../../../../', import.meta.url).pathname);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it has never been built or its sources changed since. */
export function ensureWebBuilt(webDist: string): void {
  const index = join(webDist, 'index.html');
  const sources = [join(repoRoot, 'packages/web/src'), join(repoRoot, 'packages/domain/src')].filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  console.log('[panhuo] 正在构建前端页面（首次启动约需 1 分钟）…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@panhuo/web'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('前端构建失败，请查看上方的错误信息');
}
