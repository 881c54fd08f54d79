import { describe, expect, it } from 'vitest';
import { reportKinds } from '@panhuo/domain';
import { openZip } from '../features/imports/zip-archive.ts';
import { renderReportDocx } from './report-docx.ts';
import { testModels } from './test-models.ts';

/** word/document.xml of a .docx. */
async function documentXml(docx: Buffer): Promise<string> {
  const zip = await openZip({ buffer: docx });
  try {
    const entry = zip.entries.get('word/document.xml');
    if (!entry) throw new Error('no word/document.xml');
    const chunks: Buffer[] = [];
    for await (const c of await zip.stream(entry)) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await zip.close();
  }
}

/** The text of each table cell (<w:tc>), in document order. */
const cellTexts = (xml: string): string[] =>
  [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

const orientations = (xml: string): string[] => [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => (m[1]!.includes('w:orient="landscape"') ? 'landscape' : 'portrait'));

describe('report .docx', () => {
  it('renders every kind with its title, issuer and a table', async () => {
    for (const kind of reportKinds) {
      const model = testModels[kind]();
      const xml = await documentXml(await renderReportDocx(model));
      expect(xml, kind).toContain(`>${model.titleZh}<`);
      expect(xml, kind).toContain(`>${model.issuerZh}<`);
      expect(xml, kind).toContain('<w:tbl>');
    }
  });

  it('prints the stock table’s cells to four places and the 合计 row', async () => {
    const xml = await documentXml(await renderReportDocx(testModels.STOCK_TABLE()));
    const cells = cellTexts(xml);
    expect(cells.slice(0, 5)).toEqual(['县区', '2009—2020年 批而未供土地', '涉嫌闲置土地', '城镇低效用地', '合计']);
    expect(cells.slice(10, 15)).toEqual(['自贸区钦州港片区', '595.0824', '', '39.4193', '634.5017']);
    expect(cells.slice(-5)).toEqual(['合计', '2654.0829', '46.8457', '399.7426', '3100.6712']);
    expect(xml).toContain('>单位：公顷<');
    expect(xml).toContain('>2021年1月15日<');
    expect(orientations(xml)).toEqual(['portrait']);
  });

  it('prints the weekly sheet landscape, with the week’s progress in its cell', async () => {
    const xml = await documentXml(await renderReportDocx(testModels.WEEKLY_DISPATCH()));
    expect(orientations(xml)).toEqual(['landscape']);
    expect(cellTexts(xml)).toContain('11月8日（签订限期开发协议）已与企业第二次协商');
    expect(cellTexts(xml)).toContain('是（逾期1项）');
  });

  it('turns only the wide tables of a portrait report to landscape pages, dates and shares as printed', async () => {
    const xml = await documentXml(await renderReportDocx(testModels.HALF_MONTHLY_BULLETIN()));
    // 一 to 四 portrait; 五、逾期任务 (an eight-column list) landscape
    expect(orientations(xml)).toEqual(['portrait', 'landscape']);
    const cells = cellTexts(xml);
    expect(cells).toContain('2023年11月1日');
    expect(cells).toContain('34.30%'); // 城东战区 480.25 of 1400 亩
    expect(cells).toContain('480.25');
  });
});
