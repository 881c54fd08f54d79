import ExcelJS from 'exceljs';
import type { CaseUseCase } from './context.ts';
import { restrictionView } from './read-service.ts';
import { searchPublications, searchRestrictions } from './related-repository.ts';

/** P-JD04 restriction flags per department, their Excel list, and published determinations. */

type ReadUseCase = Omit<CaseUseCase, 'requestId'>;

export interface RestrictionQuery {
  department?: string;
  active?: boolean;
  enterpriseId?: string;
  jurisdictionCode?: string;
}

function filterOf(uc: ReadUseCase, q: RestrictionQuery) {
  const codes = q.jurisdictionCode ? uc.actor.scope.codes.filter((c) => c === q.jurisdictionCode) : uc.actor.scope.codes;
  return {
    jurisdictionCodes: codes,
    zoneId: uc.actor.scope.zoneId,
    ...(q.department ? { department: q.department } : {}),
    ...(q.active !== undefined ? { active: q.active } : {}),
    ...(q.enterpriseId ? { enterpriseId: q.enterpriseId } : {}),
  };
}

export async function listRestrictions(uc: ReadUseCase, q: RestrictionQuery & { page: number; pageSize: number }) {
  const r = await searchRestrictions(uc.db, filterOf(uc, q), { page: q.page, pageSize: q.pageSize });
  return { total: r.total, items: r.items.map(restrictionView) };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** The list a department works from: one row per flag, Chinese headers, dates as dates. */
export async function restrictionsWorkbook(uc: ReadUseCase, q: RestrictionQuery): Promise<Buffer> {
  const { items } = await searchRestrictions(uc.db, filterOf(uc, q));
  const wb = new ExcelJS.Workbook();
  wb.creator = '盘活平台';
  const ws = wb.addWorksheet('限制措施清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '企业名称', key: 'enterprise', width: 32 },
    { header: '统一社会信用代码', key: 'uscc', width: 22 },
    { header: '限制措施', key: 'type', width: 30 },
    { header: '责任部门', key: 'department', width: 22 },
    { header: '起始日期', key: 'since', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '状态', key: 'status', width: 8 },
    { header: '解除日期', key: 'liftedOn', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '解除原因', key: 'liftReason', width: 28 },
    { header: '案件编号', key: 'caseNo', width: 20 },
  ];
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  items.map(restrictionView).forEach((r, i) => {
    ws.addRow({
      n: i + 1,
      enterprise: r.enterprise.name,
      uscc: r.enterprise.uscc ?? '',
      type: r.typeLabel,
      department: r.department,
      since: asDate(r.since),
      status: r.active ? '生效中' : '已解除',
      liftedOn: asDate(r.liftedOn),
      liftReason: r.liftReason ?? '',
      caseNo: r.case.caseNo,
    });
  });
  ws.autoFilter = { from: 'A1', to: 'J1' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function listPublications(uc: ReadUseCase, q: { q?: string; jurisdictionCode?: string; page: number; pageSize: number }) {
  const codes = q.jurisdictionCode ? uc.actor.scope.codes.filter((c) => c === q.jurisdictionCode) : uc.actor.scope.codes;
  const r = await searchPublications(uc.db, { jurisdictionCodes: codes, zoneId: uc.actor.scope.zoneId, ...(q.q ? { q: q.q } : {}) }, q);
  return r;
}
