// 一张图: the demo county's parcels drawn from the vector tiles and coloured by 认定分类
// (checked on the pixels of a screenshot, kept in the artifacts), a click on a parcel
// opens its popup, a 框选 lists the parcels the API finds in the same polygon, and the
// GeoJSON, Shapefile and Excel exports hold exactly those parcels; the ledger then filters by the
// selection; the parcel page shows its outline.
/* global window, document, Image */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import shp from 'shpjs';
import { test } from './harness.js';
import { apiList, button, eventually, login, paginationTotal, waitForTableRows } from './helpers.js';

const mapCanvas = (page) => page.getByTestId('parcel-map');

/** The parcels the map has drawn in view (window.__panhuoMap, see packages/web/src/map/testHook.ts). */
const rendered = (page) => page.evaluate(() => window.__panhuoMap?.renderedParcels() ?? []);

/** Waits until the map has drawn parcels and stopped loading tiles. */
async function waitForParcels(page) {
  await page.waitForFunction(() => Boolean(window.__panhuoMap), null, { timeout: 30_000 });
  await eventually(async () => assert.ok((await rendered(page)).length > 0, 'the map has drawn no parcel'), { timeout: 45_000 });
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const { map } = window.__panhuoMap;
        map.once('rendercomplete', resolve);
        map.render();
      }),
  );
  return rendered(page);
}

/**
 * Counts the screenshot's pixels of each legend colour: blended over the plain background
 * at the fill opacity (an unselected parcel's inside) or plain (a low-zoom point).
 */
async function fillPixelCounts(page, png, legend) {
  return page.evaluate(
    async ({ b64, legend }) => {
      const { palette } = window.__panhuoMap;
      const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const bg = rgb(palette.background);
      const a = palette.fillOpacity;
      // a polygon's inside is its colour over the background; a low-zoom point is the colour itself
      const targets = palette[legend].flatMap((e) => [
        { value: e.value, rgb: rgb(e.colour).map((c, i) => Math.round(a * c + (1 - a) * bg[i])) },
        { value: e.value, rgb: rgb(e.colour) },
      ]);
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts = Object.fromEntries(targets.map((t) => [t.value, 0]));
      for (let p = 0; p < data.length; p += 4) {
        for (const t of targets) {
          if (Math.abs(data[p] - t.rgb[0]) <= 6 && Math.abs(data[p + 1] - t.rgb[1]) <= 6 && Math.abs(data[p + 2] - t.rgb[2]) <= 6) {
            counts[t.value]++;
            break;
          }
        }
      }
      return counts;
    },
    { b64: png.toString('base64'), legend },
  );
}

const countValues = (parcels, key) => parcels.reduce((acc, p) => ({ ...acc, [p[key]]: (acc[p[key]] ?? 0) + 1 }), {});

let clicked; // the parcel whose popup was opened

test('一张图 draws the demo parcels from the tiles, coloured by 认定分类 (screenshot checked)', async ({ page, baseUrl, api, admin, artifactsDir }) => {
  await login(page, baseUrl, admin);
  await page.getByRole('menuitem', { name: '一张图' }).click();
  await page.waitForURL(/\/map$/);
  const parcels = await waitForParcels(page);

  // every drawn parcel is a ledger parcel of the user's scope, with the contract's properties
  const ledger = await apiList(api, '/parcels', { pageSize: 200 });
  const ledgerIds = new Set(ledger.items.map((p) => p.id));
  for (const p of parcels) {
    assert.ok(ledgerIds.has(p.id) || ledger.total > 200, `the map draws ${p.code} which the ledger does not list`);
    assert.match(p.category, /^(IDLE|INEFFICIENT|NONE|INCONCLUSIVE|UNIDENTIFIED)$/, `${p.code} has category 「${p.category}」`);
  }
  const byCategory = countValues(parcels, 'category');
  assert.ok(Object.keys(byCategory).length >= 2, `all drawn parcels have the same category: ${JSON.stringify(byCategory)}`);

  // the park names label the boundaries
  const zones = (await api.get('/map/zones')).json;
  assert.ok(zones.features.length > 0, 'GET /map/zones returned no park');

  // the county's view draws points, each standing for the parcels of its cell: the legend
  // gives how many parcels they stand for in all (per colour it counts once zoomed in)
  const legend = page.getByLabel('图例');
  assert.ok(parcels.some((p) => p.asPoint), 'the county view draws outlines, not points');
  const total = parcels.reduce((n, p) => n + p.count, 0);
  assert.ok(total > parcels.length, `the ${parcels.length} points stand for ${total} parcels only`);
  await legend.getByText(`视野内共 ${total} 宗`).waitFor();
  assert.equal(await legend.locator('.ph-map-legend-count').count(), 0, 'the legend counts points per colour');

  const png = await mapCanvas(page).screenshot({ path: join(artifactsDir, '08-一张图-认定分类.png') });
  const pixels = await fillPixelCounts(page, png, 'category');
  // each category with a parcel in view shows as a visible area of its colour
  for (const category of Object.keys(byCategory)) {
    assert.ok(pixels[category] > 30, `category ${category} (${byCategory[category]} parcels in view) has only ${pixels[category]} pixels of its colour: ${JSON.stringify(pixels)}`);
  }

  // 着色依据 → 处置阶段 recolours the same parcels
  await page.getByText('处置阶段', { exact: true }).first().click();
  await legend.getByText('已认定待处置').waitFor();
  await page.waitForTimeout(500);
  const byStatus = countValues(parcels, 'status');
  const statusPng = await mapCanvas(page).screenshot({ path: join(artifactsDir, '08-一张图-处置阶段.png') });
  const statusPixels = await fillPixelCounts(page, statusPng, 'status');
  for (const status of Object.keys(byStatus)) {
    assert.ok(statusPixels[status] > 30, `status ${status} (${byStatus[status]} parcels) has only ${statusPixels[status]} pixels: ${JSON.stringify(statusPixels)}`);
  }
  await page.getByText('认定分类', { exact: true }).first().click();
  await legend.getByText('涉嫌闲置').waitFor();

  // zoom in on a park with the mouse wheel: the parcels become outlines, still coloured by category
  const box = await mapCanvas(page).boundingBox();
  // the parcel with the most neighbours close by: the middle of a park
  const neighbours = (p) => parcels.filter((q) => Math.hypot(q.pixel[0] - p.pixel[0], q.pixel[1] - p.pixel[1]) < 30).length;
  const target = parcels
    .filter((p) => p.pixel && p.pixel[0] > 200 && p.pixel[1] > 40 && p.pixel[1] < box.height - 40)
    .sort((a, b) => neighbours(b) - neighbours(a))[0];
  assert.ok(target, 'no parcel away from the legend to zoom in on');
  await page.mouse.move(box.x + target.pixel[0], box.y + target.pixel[1]);
  for (let i = 0; i < 4 && (await page.evaluate(() => window.__panhuoMap.map.getView().getZoom())) < 15; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(700);
  }
  const zoom = await page.evaluate(() => window.__panhuoMap.map.getView().getZoom());
  assert.ok(zoom >= 14, `the mouse wheel zoomed to ${zoom} only`);
  const close = await waitForParcels(page);
  assert.ok(close.every((p) => !p.asPoint), 'zoomed in on a park, the map still draws points');
  const closeByCategory = countValues(close, 'category');
  // outlines: the legend counts them per colour
  for (const [category, n] of Object.entries(closeByCategory)) {
    const label = { IDLE: '涉嫌闲置', INEFFICIENT: '低效', NONE: '正常', INCONCLUSIVE: '待补充', UNIDENTIFIED: '未认定' }[category];
    await legend.locator('.ph-map-legend-row', { hasText: label }).getByText(`${n} 宗`).waitFor();
  }
  const closePng = await mapCanvas(page).screenshot({ path: join(artifactsDir, '08-一张图-园区.png') });
  const closePixels = await fillPixelCounts(page, closePng, 'category');
  for (const category of Object.keys(closeByCategory)) {
    assert.ok(closePixels[category] > 200, `category ${category} (${closeByCategory[category]} parcels) has only ${closePixels[category]} pixels when zoomed in: ${JSON.stringify(closePixels)}`);
  }
});

test('a click on a parcel opens its popup with name, facts and 查看地块', async ({ page, api }) => {
  const box = await mapCanvas(page).boundingBox();
  const parcels = await rendered(page);
  // the parcel nearest the middle: away from the legend and the map's edges
  const mid = [box.width / 2, box.height / 2];
  const dist = (p) => Math.hypot(p.pixel[0] - mid[0], p.pixel[1] - mid[1]);
  clicked = parcels
    .filter((p) => p.pixel && p.pixel[0] > 200 && p.pixel[0] < box.width - 20 && p.pixel[1] > 20 && p.pixel[1] < box.height - 20)
    .sort((a, b) => dist(a) - dist(b))[0];
  assert.ok(clicked, 'no parcel to click');
  await page.mouse.click(box.x + clicked.pixel[0], box.y + clicked.pixel[1]);

  const popup = page.locator('.ph-map-popup');
  await popup.waitFor();
  await popup.locator('.ant-card-head-title', { hasText: clicked.name }).waitFor();
  await popup.getByText(clicked.code).waitFor();
  const detail = (await api.get(`/parcels/${clicked.id}`)).json;
  if (detail.enterprise) await popup.getByText(detail.enterprise.name).waitFor();
  await popup.getByText('亩').first().waitFor();
  const link = popup.getByRole('link', { name: /查看地块/ });
  assert.equal(await link.getAttribute('href'), `/parcels/${clicked.id}`);
  await popup.getByRole('button', { name: '关闭' }).click();
  await popup.waitFor({ state: 'detached' });
});

let selection; // { within, codes }

test('框选 lists exactly the parcels the API finds in the box; the exports hold the same parcels', async ({ page, api, artifactsDir }) => {
  const box = await mapCanvas(page).boundingBox();
  const from = [box.width / 2 - 220, box.height / 2 - 150];
  const to = [box.width / 2 + 220, box.height / 2 + 150];
  const before = await rendered(page);

  await button(page, '框选').click();
  await page.mouse.move(box.x + from[0], box.y + from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 12 });
  await page.mouse.up();

  const panel = page.locator('.ph-map-panel');
  const title = panel.locator('.ant-card-head-title');
  await title.filter({ hasText: /共 \d+ 宗/ }).waitFor({ timeout: 30_000 });
  const shown = Number(/共 (\d+) 宗/.exec(await title.innerText())[1]);

  const within = await page.evaluate(() => window.__panhuoMap.within());
  const geo = JSON.parse(within);
  assert.equal(geo.type, 'Polygon');
  for (const [lon, lat] of geo.coordinates[0]) assert.ok(lon > 73 && lon < 136 && lat > 3 && lat < 54, `corner ${lon},${lat} is not a lon/lat in China`);

  const inBox = await apiList(api, '/parcels', { within, pageSize: 200, sort: 'code' });
  assert.ok(inBox.total > 0, 'the box selected no parcel');
  assert.equal(shown, inBox.total, `the panel says ${shown} parcels, the API ${inBox.total}`);
  const codes = inBox.items.map((p) => p.code).sort();
  // a parcel whose inside point lies in the box must be among them (independent of the server's filter)
  const inside = before.filter((p) => p.pixel && p.pixel[0] > from[0] && p.pixel[0] < to[0] && p.pixel[1] > from[1] && p.pixel[1] < to[1]);
  assert.ok(inside.length > 0, 'no drawn parcel lies inside the box');
  for (const p of inside) assert.ok(codes.includes(p.code), `${p.code} lies inside the box but is not selected`);
  // and the panel lists them
  await waitForTableRows(page);
  const listed = (await panel.locator('tbody tr.ant-table-row td:first-child').allInnerTexts()).map((t) => t.trim());
  assert.deepEqual(listed, codes.slice(0, listed.length));

  await mapCanvas(page).screenshot({ path: join(artifactsDir, '08-一张图-框选.png') });

  // GeoJSON export: the same parcels, EPSG:4490 lon/lat
  const [geojsonFile] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button(panel, '导出 GeoJSON').click()]);
  const geojsonPath = join(artifactsDir, `08-${geojsonFile.suggestedFilename()}`);
  await geojsonFile.saveAs(geojsonPath);
  const exported = JSON.parse(readFileSync(geojsonPath, 'utf8'));
  assert.equal(exported.type, 'FeatureCollection');
  const exportedCodes = exported.features.map((f) => f.properties.code ?? f.properties['地块编号']).sort();
  assert.deepEqual(exportedCodes, codes, 'the GeoJSON export holds other parcels than the selection');
  const [lon, lat] = exported.features[0].geometry.coordinates[0][0][0];
  assert.ok(lon > 73 && lon < 136 && lat > 3 && lat < 54, `exported coordinates ${lon},${lat} are not lon/lat`);

  // Shapefile export: the same parcels, read back as a GIS would
  const [shpFile] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button(panel, '导出 Shapefile').click()]);
  const shpPath = join(artifactsDir, `08-${shpFile.suggestedFilename()}`);
  await shpFile.saveAs(shpPath);
  assert.match(shpFile.suggestedFilename(), /\.zip$/);
  const shapes = await shp(readFileSync(shpPath));
  const shpCodes = (Array.isArray(shapes) ? shapes[0] : shapes).features.map((f) => f.properties.code ?? f.properties['地块编号'] ?? f.properties.DKBH).sort();
  assert.deepEqual(shpCodes, codes, 'the Shapefile export holds other parcels than the selection');

  // Excel export: the same parcel codes
  const [xlsxFile] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button(panel, '导出 Excel').click()]);
  const xlsxPath = join(artifactsDir, `08-${xlsxFile.suggestedFilename()}`);
  await xlsxFile.saveAs(xlsxPath);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  // the ledger workbook: one row per parcel on 地块, its code in the first column
  const sheet = book.getWorksheet('地块');
  assert.ok(sheet, `the Excel export has no 地块 sheet: ${book.worksheets.map((w) => w.name).join('、')}`);
  const xlsxCodes = sheet.getColumn(1).values.slice(2).filter((v) => typeof v === 'string').sort();
  assert.deepEqual(xlsxCodes, codes, 'the Excel export holds other parcels than the selection');

  selection = { within, codes, total: inBox.total };
});

test('在台账中查看 filters the ledger by the selection; the tag clears it', async ({ page, api }) => {
  await button(page.locator('.ph-map-panel'), '在台账中查看').click();
  await page.waitForURL(/\/parcels\?.*within=/);
  const tag = page.locator('.ant-tag', { hasText: '按地图选区筛选' });
  await tag.waitFor();
  await waitForTableRows(page);
  assert.equal(await paginationTotal(page), selection.total);
  await tag.locator('.ant-tag-close-icon').click();
  await page.waitForURL((url) => !url.search.includes('within'));
  const all = await apiList(api, '/parcels', { pageSize: 1 });
  await eventually(async () => assert.equal(await paginationTotal(page), all.total));
});

test('the parcel page shows the outline on a small map, or says the parcel is not drawn yet', async ({ page, baseUrl, api, artifactsDir }) => {
  await page.goto(`${baseUrl}/parcels/${clicked.id}`);
  await page.getByText('地块图形').waitFor();
  await page.getByTestId('parcel-mini-map').locator('canvas').first().waitFor({ timeout: 30_000 });
  // 在一张图中查看: the map opens on the parcel with its popup
  await page.getByRole('link', { name: /在一张图中查看/ }).click();
  await page.waitForURL(/\/map$/);
  const popup = page.locator('.ph-map-popup');
  await popup.locator('.ant-card-head-title', { hasText: clicked.name }).waitFor({ timeout: 30_000 });
  await popup.getByText(clicked.code).waitFor();
  const zoom = await page.evaluate(() => window.__panhuoMap.map.getView().getZoom());
  assert.ok(zoom >= 15, `the map opened at zoom ${zoom}, not on the parcel`);
  const around = await waitForParcels(page);
  assert.ok(around.some((p) => p.id === clicked.id), `${clicked.code} is not drawn where the map opened`);
  await page.screenshot({ path: join(artifactsDir, '08-一张图-地块定位.png') });

  const checks = (await api.get('/map/checks')).json;
  const undrawn = checks?.missingGeometry?.[0];
  assert.ok(undrawn, 'the demo county has no parcel without an outline');
  await page.goto(`${baseUrl}/parcels/${undrawn.id}`);
  await page.getByText('该地块尚未标图入库').waitFor();
  assert.equal(await page.getByRole('link', { name: '图形导入' }).getAttribute('href'), '/map/import');
  assert.equal(await page.getByTestId('parcel-mini-map').count(), 0);
});
