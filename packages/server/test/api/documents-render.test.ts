import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { buildDocument, documentKindLabels, documentKinds, type DocumentInput, type OfficialDocument } from '@panhuo/domain';
import { renderDocx } from '../../src/documents/render-docx.ts';
import { renderPdf } from '../../src/documents/render-pdf.ts';
import { DEFAULT_FONT_DIR, lineHeightRatio, loadFonts } from '../../src/documents/fonts.ts';

/** The renderers on their own: GB/T 9704 layout values in the .docx, text and a page image from the PDF. */
const dir = mkdtempSync(join(tmpdir(), 'panhuo-render-'));

const input: DocumentInput = {
  issuer: '青岚县自然资源局',
  enterprise: { name: '青岚示例精密铸造有限公司', uscc: '91350899MA00000019', address: '青岚县东环路8号', legalRepresentative: '王示例', phone: '0597-0000000' },
  parcel: { code: 'QL-XC-052', name: '铸造厂地块', location: '青岚县经济开发区西园', area_m2: 13333.33, grantedArea_m2: 13333.33, plannedUse: '工业用地', acquisitionDate: '2019-04-02', agreedStartDate: '2020-01-01', agreedCompletionDate: '2022-01-01', landPrice_yuan: 800000, contractNo: '青岚出让〔2019〕5号' },
  identification: { ruleSetName: '《闲置土地处置办法》认定标准', evaluatedOn: '2026-11-20', criteria: [{ id: 'NAT-IDLE-01', wordingZh: '超过约定动工开发日期满一年未动工开发', evidence: ['约定动工日期2020年1月1日，至今未动工'] }] },
  facts: { cause: 'ENTERPRISE', idleSince: '2020-01-01', sanction: 'RECOVERY', feeRate: '0.20', materialsDays: 30, hearingRequestWorkingDays: 5, proposedDisposal: ['D-N08'], objectionWorkingDays: 10, reviewedOn: '2026-11-25', approval: { body: '青岚县人民政府', decidedOn: '2026-11-26' }, reviewBody: '青岚县人民政府', court: '青岚县人民法院', mortgagees: ['青岚示例银行'] },
  form: { employees: 3, previousYear: 2025, taxPaid_yuan: 20_000, industrialOutput_yuan: 100_000, floorArea_m2: 2000, buildingFootprint_m2: 1500 },
  meeting: { heldOn: '2026-11-25', place: '县政府第一会议室', attendees: ['县自然资源局'], cases: [{ caseNo: 'QL-2026-007', enterpriseName: '青岚示例精密铸造有限公司', parcelCode: 'QL-XC-052', outcome: 'CONFIRM' }] },
};
const issued = (kind: (typeof documentKinds)[number]): OfficialDocument => ({ ...buildDocument(kind, input), docNo: '青自然资闲〔2026〕12号', date: '2026-12-01' });

function unzip(buffer: Buffer, name: string, part: string): string {
  const file = join(dir, name);
  writeFileSync(file, buffer);
  return execFileSync('unzip', ['-p', file, part]).toString('utf8');
}
const wellFormed = (xml: string) => () => new SaxesParser().write(xml).close();
const textOf = (xml: string) => xml.replace(/<[^>]+>/g, '');

describe('renderDocx', () => {
  it.each(documentKinds)('%s: well-formed WordprocessingML with the title, 文号 and date', async (kind) => {
    const xml = unzip(await renderDocx(issued(kind)), `${kind}.docx`, 'word/document.xml');
    expect(wellFormed(xml)).not.toThrow();
    expect(xml).toContain('<w:document');
    const text = textOf(xml);
    expect(text).toContain(documentKindLabels[kind]);
    if (kind !== 'ENTERPRISE_FORM') {
      expect(text).toContain('青自然资闲〔2026〕12号');
      expect(text).toContain('2026年12月1日');
    }
    expect(text).toContain(kind === 'MEETING_MINUTES' ? 'QL-2026-007' : '青岚示例精密铸造有限公司');
  });

  it('lays the page out per GB/T 9704: A4, 37/28/35/26 mm, 三号仿宋 at 28.95 pt, 二号 title, page numbers odd and even', async () => {
    const buffer = await renderDocx(issued('RECOVERY_DECISION'));
    const xml = unzip(buffer, 'layout.docx', 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/<w:sz w:val="32"\/>/);
    expect(xml).toMatch(/<w:sz w:val="44"\/>/);
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
    expect(xml).toContain('w:firstLine="640"');
    // the date right-aligned, 4 characters (64 pt) from the margin
    expect(xml).toMatch(/<w:ind w:right="1280"\/><w:jc w:val="right"\/>/);
    expect(textOf(xml)).toContain('抄送：青岚示例银行。');
    expect(unzip(buffer, 'layout.docx', 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [unzip(buffer, 'layout.docx', 'word/footer1.xml'), unzip(buffer, 'layout.docx', 'word/footer2.xml')].join('');
    expect(footers).toContain('PAGE');
    expect(footers).toMatch(/w:val="right"/);
    expect(footers).toMatch(/w:val="left"/);
  });
});

describe('drafts', () => {
  it('print 草稿 where the 文号 goes, and no date', async () => {
    const doc = buildDocument('HEARING_NOTICE', input);
    const text = textOf(unzip(await renderDocx(doc), 'draft.docx', 'word/document.xml'));
    expect(text).toContain('草稿');
    expect(text).not.toContain('2026年12月1日');
  });
});

describe('renderPdf', () => {
  it('embeds the CJK fonts: the text extracts and a page renders to PNG', async () => {
    const file = join(dir, 'fee.pdf');
    writeFileSync(file, await renderPdf(issued('FEE_DECISION')));
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, '');
    for (const s of ['征缴土地闲置费决定书', '青自然资闲〔2026〕12号', '青岚示例精密铸造有限公司', '160,000.00元', '2026年12月1日', '—1—']) expect(text).toContain(s);
    const info = execFileSync('pdfinfo', [file]).toString('utf8');
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [file]).toString('utf8');
    expect(fonts).toMatch(/NotoSerifCJKsc-Regular/);
    expect(fonts).not.toMatch(/\bno\s+no\s+no\b/); // every font embedded
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(dir, 'fee')]);
    expect(execFileSync('ls', [dir]).toString()).toContain('fee-1.png');
  });

  it('renders the enterprise form table on one page', async () => {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, await renderPdf(issued('ENTERPRISE_FORM')));
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(/Pages:\s+1\n/);
    expect(execFileSync('pdftotext', [file, '-']).toString('utf8')).toContain('县领导组审核意见');
  });

  it('says in Chinese which setting to change when no CJK font is found', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'panhuo-nofonts-'));
    await expect(renderPdf(issued('FEE_DECISION'), empty)).rejects.toThrow(/PANHUO_FONT_DIR/);
    expect(() => loadFonts(join(empty, 'missing'))).toThrow(/未找到/);
  });

  it('reads the line height of a font from its tables (a 三号 line is set to 28.95 pt from it)', () => {
    const set = loadFonts(DEFAULT_FONT_DIR);
    expect(set.body.face).toBe('NotoSerifCJKsc-Regular');
    const ratio = lineHeightRatio(set.body.path);
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(1.6);
  });
});
