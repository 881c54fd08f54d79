import { benchIdentify } from './identify.ts';
import { benchImport } from './import.ts';
import { benchIdentifyStored } from './identify-stored.ts';
import { benchTiles } from './tiles.ts';

/**
 * `npm run bench [figure…]`: prints the figures, one after the other; it passes or
 * fails nothing. Each figure is a module of its own exporting one async function.
 */
const figures: Array<{ name: string; title: string; run: () => Promise<void> }> = [
  { name: 'import', title: '台账导入（Excel → 数据库）', run: () => benchImport() },
  { name: 'identify', title: '认定规则（每套规则 100 万宗）', run: benchIdentify },
  { name: 'identify-stored', title: '保存的认定批次（10 万宗，PGlite 与 PostgreSQL）', run: () => benchIdentifyStored() },
  { name: 'tiles', title: '地图矢量瓦片（100 万宗，PostgreSQL，z10 / z13 / z16）', run: benchTiles },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !figures.some((f) => f.name === w));
if (unknown.length > 0) {
  console.error(`未知的基准项：${unknown.join(', ')}；可选：${figures.map((f) => f.name).join(', ')}`);
  process.exit(2);
}
for (const figure of figures) {
  if (wanted.length > 0 && !wanted.includes(figure.name)) continue;
  console.log(`\n== ${figure.name}：${figure.title}`);
  const started = performance.now();
  await figure.run();
  console.log(`（${figure.name} 用时 ${((performance.now() - started) / 1000).toFixed(1)} s）`);
}
