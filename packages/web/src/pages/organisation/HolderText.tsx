import { Tag, Typography } from 'antd';
import type { Holder } from '../../api/organisation.ts';
import { formatDate } from '../../format/values.ts';

/** Who sits in a position on the day shown, and since when; a vacant seat says so plainly. */
export function HolderText({ holder, showSince = true }: { holder: Holder | null; showSince?: boolean }) {
  if (!holder) return <Tag color="default">空缺</Tag>;
  return (
    <span>
      {holder.displayName}
      {showSince && (
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
          {formatDate(holder.from)} 起{holder.to ? `，至 ${formatDate(holder.to)}` : ''}
        </Typography.Text>
      )}
    </span>
  );
}
