import type { GeometryProblem } from '../../api/geometry.ts';
import { problemKindLabel } from './problemKinds.ts';

function csvCell(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The problems of a geometry import as CSV, with a byte-order mark so that Excel reads UTF-8. */
export function geometryProblemsToCsv(problems: GeometryProblem[]): string {
  const lines = [['序号', '要素序号', '编号', '问题类型', '说明'].join(',')];
  problems.forEach((p, i) =>
    lines.push([i + 1, p.featureIndex ?? '整个文件', p.code, problemKindLabel(p.kind), p.messageZh].map(csvCell).join(',')),
  );
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
