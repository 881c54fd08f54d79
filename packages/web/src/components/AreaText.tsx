import { Tooltip } from 'antd';
import { formatHectares, formatMu, formatSquareMetres } from '@panhuo/domain';
import { EmptyValue } from './FieldValue.tsx';

/** An area in 亩 (what people say), with the exact m² and 公顷 on hover. */
export function AreaText({ m2 }: { m2: number | null | undefined }) {
  if (m2 == null) return <EmptyValue />;
  return (
    <Tooltip title={`${formatSquareMetres(m2)} · ${formatHectares(m2)}`}>
      <span className="ph-area">{formatMu(m2)}</span>
    </Tooltip>
  );
}
