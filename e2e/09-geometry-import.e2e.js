// 图形导入: a demo parcel's outline, shrunk a little and written in CGCS2000 Gauss-Krüger
// metres, is uploaded. Without a zone in the file the page asks for the zone; after the
// re-check the parcel is matched, applied, and its history shows 空间范围 changed. A
// footprint inside it lets 测算建筑系数与空闲土地 write the site facts. A file with an unknown
// code lists the problem and offers no 确认导入. 图形质检 then measures every parcel with
// footprints at once.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import proj4 from 'proj4';
import { test } from './harness.js';
import { apiList, button, chooseInSelect, eventually, login } from './helpers.js';

const stamp = Date.now().toString(36).toUpperCase();
let parcel; // the demo parcel redrawn: { id, code, version, zone, areaM2 }
let outlineGk; // its shrunk outline, CM-only GK metres (EPSG:4534 + zone − 25)

const zoneOf = (lon) => Math.floor((lon + 1.5) / 3);
/** CGCS2000 lon/lat: the GRS80 ellipsoid, as the GK definitions below, so proj4 applies no datum shift. */
const CGCS2000 = '+proj=longlat +ellps=GRS80 +no_defs';
/** 3° GK on CGCS2000 (GRS80 ellipsoid), with or without the zone number in the easting. */
const gk = (zone, prefixed) =>
  `+proj=tmerc +lat_0=0 +lon_0=${zone * 3} +k=1 +x_0=${prefixed ? zone * 1e6 + 500000 : 500000} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

/** Maps every position of a (Multi)Polygon's coordinates. */
const mapPositions = (coords, fn) => (typeof coords[0] === 'number' ? fn(coords) : coords.map((c) => mapPositions(c, fn)));

function ringsOf(multi) {
  return multi.coordinates.flatMap((polygon) => polygon);
}

/** Shoelace area of the outer rings, in the projection's square metres. */
const planarArea = (multi) =>
  multi.coordinates.reduce((sum, polygon) => {
    const ring = polygon[0];
    let a = 0;
    for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    return sum + Math.abs(a) / 2;
  }, 0);

const featureCollection = (features) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (properties, coordinates) => ({ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates } });

/** A demo parcel with an outline and a recorded area. */
async function pickParcel(api) {
  const { items } = await apiList(api, '/parcels', { pageSize: 50 });
  for (const item of items) {
    const r = await api.get(`/parcels/${item.id}`);
    const p = r.json;
    if (p?.geometry?.type === 'MultiPolygon' && typeof p.fields.area_m2 === 'number' && p.fields.area_m2 > 2000) return p;
  }
  throw new Error('no demo parcel with an outline among the first 50');
}

async function openImportPage(page, api) {
  await page.getByRole('menuitem', { name: '图形导入' }).click();
  await page.waitForURL(/\/map\/import/);
  const jurisdiction = page.locator('.ant-select', { has: page.getByText('请选择行政区', { exact: true }) });
  if (await jurisdiction.count()) {
    const county = (await apiList(api, '/jurisdictions')).items.find((j) => j.level === 'COUNTY');
    await chooseInSelect(page, jurisdiction.first(), county.name);
  }
  await uploadReady(page);
}

/** The upload is disabled until the page knows the user's county: a file set before would be lost. */
async function uploadReady(page) {
  const input = page.locator('input[type=file]').first();
  await eventually(async () => assert.ok(await input.isEnabled(), 'the file input is disabled'), { timeout: 30_000 });
}

async function upload(page, name, text) {
  await page.locator('input[type=file]').first().setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(text, 'utf-8') });
}

const reportCard = (page) => page.locator('.ant-card', { hasText: '预检结果' });
/** The first table after the report's heading (a note may sit between them). */
const tableAfter = (page, heading) => reportCard(page).locator(`h5:has-text("${heading}") ~ .ant-table-wrapper`).first();

async function tableRows(table) {
  await table.locator('tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
  const hs = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const rows = [];
  const trs = table.locator('tbody tr.ant-table-row');
  for (let i = 0; i < (await trs.count()); i++) rows.push((await trs.nth(i).locator('td').allInnerTexts()).map((t) => t.trim()));
  return rows.map((cells) => Object.fromEntries(hs.map((h, i) => [h, cells[i]])));
}

test('log in and pick a demo parcel with an outline', async ({ page, baseUrl, api, admin }) => {
  await login(page, baseUrl, admin);
  const p = await pickParcel(api);
  const [lon] = p.geometry.coordinates[0][0][0];
  const zone = zoneOf(lon);
  const toGk = proj4(CGCS2000, gk(zone, false));
  const projected = { type: 'MultiPolygon', coordinates: mapPositions(p.geometry.coordinates, (c) => toGk.forward(c)) };
  // shrink towards the vertex centroid: the outline stays inside the old one, clear of the neighbours
  const all = ringsOf(projected).flatMap((ring) => ring.slice(0, -1));
  const cx = all.reduce((s, c) => s + c[0], 0) / all.length;
  const cy = all.reduce((s, c) => s + c[1], 0) / all.length;
  outlineGk = mapPositions(projected.coordinates, ([x, y]) => [Math.round((cx + (x - cx) * 0.97) * 1000) / 1000, Math.round((cy + (y - cy) * 0.97) * 1000) / 1000]);
  parcel = { id: p.id, code: p.fields.code, version: p.version, zone, areaM2: p.fields.area_m2, centre: [cx, cy] };
  assert.ok(outlineGk[0][0][0][0] > 100_000 && outlineGk[0][0][0][0] < 900_000, `not a CM-only easting: ${outlineGk[0][0][0][0]}`);
});

test('图形导入 asks for the zone of CM-only coordinates, then matches the parcel', async ({ page, api, artifactsDir }) => {
  await openImportPage(page, api);
  await upload(page, `e2e-界址-${stamp}.geojson`, featureCollection([feature({ 地块编号: parcel.code }, outlineGk)]));

  const chooser = reportCard(page).locator('.ant-alert', { hasText: '请选择后重新预检' });
  await chooser.waitFor({ timeout: 60_000 });
  // the list is virtual: type to bring the zone into view
  await chooser.locator('.ant-select').first().click();
  await page.keyboard.type(`第 ${parcel.zone} 带`);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: `中央经线 ${parcel.zone * 3}°E` })
    .first()
    .click();
  await chooser.locator('.ant-radio-wrapper', { hasText: '横坐标不带带号' }).click();
  await button(chooser, '按此坐标系重新预检').click();

  await eventually(async () => {
    const crs = await page.getByTestId('crs-reason').innerText();
    assert.match(crs, new RegExp(`EPSG:${4534 + parcel.zone - 25}`), `the CRS reason does not name the chosen zone: ${crs}`);
  }, { timeout: 60_000 });
  const matched = await tableRows(tableAfter(page, '匹配到的宗地'));
  assert.equal(matched.length, 1, JSON.stringify(matched));
  assert.equal(matched[0]['宗地编号'], parcel.code);
  // the server's area is computed in the same GK zone as the file: the shoelace area of the outline
  const expected = ((planarArea({ coordinates: outlineGk }) - parcel.areaM2) / parcel.areaM2) * 100;
  const diff = Number(matched[0]['差异'].replace(/[%+\s]/g, ''));
  assert.ok(Math.abs(diff - expected) < 0.02, `差异 ${matched[0]['差异']}, expected ${expected.toFixed(2)}%`);
  await page.screenshot({ path: join(artifactsDir, '09-dry-run.png'), fullPage: true });
});

test('确认导入 writes the outline: 空间范围 in the parcel history', async ({ page, api, baseUrl }) => {
  await button(reportCard(page), '确认导入').click();
  await page.getByText('导入成功').waitFor({ timeout: 60_000 });
  await page.getByText(`已更新 1 宗地块的空间范围`).waitFor();
  const history = page.locator('.ant-card', { hasText: '导入记录' });
  await history.getByText(`e2e-界址-${stamp}.geojson`).waitFor();

  const after = (await api.get(`/parcels/${parcel.id}`)).json;
  assert.equal(after.version, parcel.version + 1, 'the parcel version did not move on');
  const [x] = proj4(CGCS2000, gk(parcel.zone, false)).forward(after.geometry.coordinates[0][0][0]);
  assert.ok(Math.abs(x - outlineGk[0][0][0][0]) < 0.01, `stored outline ${x} ≠ imported ${outlineGk[0][0][0][0]}`);

  await page.goto(`${baseUrl}/parcels/${parcel.id}?tab=history`);
  await page.getByText('空间范围').first().waitFor({ timeout: 30_000 });
});

test('a footprint inside the parcel lets 测算建筑系数与空闲土地 write coverage and vacant land', async ({ page, api, baseUrl, artifactsDir }) => {
  const side = Math.sqrt(planarArea({ coordinates: outlineGk }) * 0.1);
  const [cx, cy] = parcel.centre;
  const h = side / 2;
  const square = [[[[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]]]];
  await page.goto(`${baseUrl}/map/import`);
  await page.locator('.ant-radio-button-wrapper', { hasText: '建筑物基底' }).click();
  await uploadReady(page);
  // the zone prefixed to the easting: the file tells its zone by itself
  const prefixed = mapPositions(square, ([x, y]) => [x + parcel.zone * 1e6, y]);
  await upload(page, `e2e-基底-${stamp}.geojson`, featureCollection([feature({ name: '1号厂房' }, prefixed)]));
  const footprints = await tableRows(tableAfter(page, '匹配到的建筑物基底'));
  assert.equal(footprints[0]['所在宗地编号'], parcel.code);
  await button(reportCard(page), '确认导入').click();
  await page.getByText('导入成功').waitFor({ timeout: 60_000 });

  await page.goto(`${baseUrl}/parcels/${parcel.id}?tab=construction`);
  const card = page.getByTestId('site-measurement');
  await button(card, '测算建筑系数与空闲土地').click();
  await button(page.locator('.ant-popconfirm'), '测算').click();
  const coverageCell = card.locator('th.ant-descriptions-item-label', { hasText: /^建筑系数$/ }).locator('xpath=following-sibling::td[1]');
  await coverageCell.waitFor({ timeout: 60_000 });
  const coverageText = await coverageCell.innerText();
  const expected = (side * side) / parcel.areaM2;
  assert.ok(Math.abs(Number(coverageText.replace('%', '')) / 100 - expected) < 0.002, `建筑系数 ${coverageText}, expected ≈ ${(expected * 100).toFixed(2)}%`);
  const measured = (await api.get(`/parcels/${parcel.id}`)).json;
  assert.ok(Math.abs(measured.fields.buildingFootprint_m2 - side * side) / (side * side) < 0.001, `buildingFootprint_m2 ${measured.fields.buildingFootprint_m2} ≠ ${side * side}`);
  assert.ok(measured.fields.vacantContiguousArea_m2 > 0 && measured.fields.vacantContiguousArea_m2 < parcel.areaM2);
  await page.screenshot({ path: join(artifactsDir, '09-site-measurement.png'), fullPage: true });
});

test('a file with an unknown code lists the problem and offers no 确认导入', async ({ page, api, baseUrl, artifactsDir }) => {
  await page.goto(`${baseUrl}/parcels`);
  await openImportPage(page, api);
  const unknown = `E2E-NOPE-${stamp}`;
  const prefixed = mapPositions(outlineGk, ([x, y]) => [x + parcel.zone * 1e6, y]);
  await upload(page, `e2e-未知编号-${stamp}.geojson`, featureCollection([feature({ code: unknown }, prefixed)]));
  const problems = await tableRows(tableAfter(page, '问题清单'));
  const row = problems.find((p) => p['编号'] === unknown);
  assert.ok(row, `no problem about ${unknown}: ${JSON.stringify(problems)}`);
  assert.equal(row['问题类型'], '台账中无此编号');
  assert.equal(row['要素序号'], '1');
  assert.match(await page.getByTestId('crs-reason').innerText(), new RegExp(`第\\s*${parcel.zone}\\s*带`));
  assert.equal(await button(page, '确认导入').count(), 0, 'a file with problems offers 确认导入');
  await page.screenshot({ path: join(artifactsDir, '09-unknown-code.png'), fullPage: true });
});

test('图形质检 › 建筑系数与空闲土地 measures every parcel with footprints at once and writes the ledger', async ({ page, api, baseUrl, artifactsDir }) => {
  await page.goto(`${baseUrl}/map/checks?tab=measure`);
  await button(page, '测算全部宗地').click();
  await button(page.locator('.ant-popconfirm'), '测算并写入').click();
  const done = page.getByText(/已测算 \d+ 宗并写入台账/);
  await done.waitFor({ timeout: 120_000 });
  const measured = Number((await done.innerText()).match(/已测算 (\d+) 宗/)[1]);
  // the demo county's built parcels have footprints, and so has the parcel given one above
  assert.ok(measured > 20, `only ${measured} parcels measured`);
  const pane = page.getByRole('tabpanel', { name: '建筑系数与空闲土地' });
  const rows = await tableRows(pane.locator('.ant-table'));
  assert.equal(rows.length, Math.min(measured, 20));
  await page.screenshot({ path: join(artifactsDir, '09-batch-site-measurement.png'), fullPage: true });

  // the largest vacant piece first, as written to the ledger
  const link = pane.locator('tbody tr.ant-table-row').first().locator('a');
  const id = (await link.getAttribute('href')).split('/').pop();
  const shownM2 = Number(rows[0]['最大连片空闲土地'].split('（')[0].replace(/[^0-9.]/g, ''));
  const detail = (await api.get(`/parcels/${id}`)).json;
  assert.ok(Math.abs(detail.fields.vacantContiguousArea_m2 - shownM2) < 1, `ledger ${detail.fields.vacantContiguousArea_m2} m², table ${rows[0]['最大连片空闲土地']}`);
  assert.ok(detail.siteMeasuredOn, 'the measured parcel has no 测算日期');
  for (const r of rows.slice(1)) {
    const m2 = Number(r['最大连片空闲土地'].split('（')[0].replace(/[^0-9.]/g, ''));
    assert.ok(m2 <= shownM2 + 0.01, `rows not ordered by vacant land: ${r['最大连片空闲土地']} after ${rows[0]['最大连片空闲土地']}`);
  }
});
