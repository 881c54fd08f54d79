import { Typography } from 'antd';
import type { SiteMeasurementRecord } from '@panhuo/domain';
import type { Parcel } from '../../api/types.ts';

/** What the detail says about a site measurement from geometry (docs/design/map.md). */
interface Measured {
  siteMeasuredOn?: string | null;
  siteMeasurement?: Partial<SiteMeasurementRecord> | null;
}

/** 测算日期/方法 of the site facts, when they were measured from the map rather than typed in. */
export function SiteMeasurementNote({ parcel }: { parcel: Parcel }) {
  const { siteMeasuredOn, siteMeasurement } = parcel as Parcel & Measured;
  if (!siteMeasuredOn) return null;
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
      测算日期：{siteMeasuredOn}
      <br />
      测算方法：{siteMeasurement?.method ?? '依据建筑物基底图形测算'}
    </Typography.Paragraph>
  );
}
