/**
 * The parcel table's columns. Titles come from the field catalogue; a column that
 * shows a different unit than the catalogue's (area in 亩) says so in its title.
 */
import { Link } from 'react-router-dom';
import type { TableColumnType } from 'antd';
import { enumLabel, fieldByKey, type FieldDef } from '@panhuo/domain';
import type { ParcelSummary } from '../../api/types.ts';
import type { ParcelSortKey } from '../../api/parcels.ts';
import { AreaText } from '../../components/AreaText.tsx';
import { EmptyValue } from '../../components/FieldValue.tsx';
import { StageTag } from '../../components/StageTag.tsx';
import { formatDate, formatDateTime } from '../../format/values.ts';

const label = (entity: FieldDef['entity'], key: string) => fieldByKey(entity, key)?.labelZh ?? key;
/** "土地总面积（平方米）" → "土地总面积" */
const withoutUnit = (text: string) => text.replace(/（[^）]*）$/, '');

const orEmpty = (text: string | null | undefined) => (text ? text : <EmptyValue />);

export interface ParcelColumn extends TableColumnType<ParcelSummary> {
  key: string;
  title: string;
  sortKey?: ParcelSortKey;
}

export const parcelColumns: ParcelColumn[] = [
  {
    key: 'code',
    title: label('parcel', 'code'),
    sortKey: 'code',
    width: 130,
    fixed: 'left',
    render: (_v, p) => <Link to={`/parcels/${p.id}`}>{p.code}</Link>,
  },
  { key: 'name', title: label('parcel', 'name'), sortKey: 'name', width: 240, ellipsis: true, render: (_v, p) => p.name },
  { key: 'location', title: label('parcel', 'location'), width: 200, ellipsis: true, render: (_v, p) => orEmpty(p.location) },
  { key: 'zone', title: '园区', render: (_v, p) => orEmpty(p.zone?.name) },
  {
    key: 'enterprise',
    title: '使用企业',
    width: 220,
    ellipsis: true,
    render: (_v, p) => (p.enterprise ? <Link to={`/enterprises/${p.enterprise.id}`}>{p.enterprise.name}</Link> : <EmptyValue />),
  },
  {
    key: 'plannedUse',
    title: label('parcel', 'plannedUse'),
    render: (_v, p) => orEmpty(enumLabel('plannedUse', p.plannedUse)),
  },
  {
    key: 'area',
    title: `${withoutUnit(label('parcel', 'area_m2'))}（亩）`,
    sortKey: 'area_m2',
    align: 'right',
    render: (_v, p) => <AreaText m2={p.area_m2} />,
  },
  { key: 'stage', title: '建设经营阶段', sortKey: 'stage', render: (_v, p) => <StageTag stage={p.stage} /> },
  {
    key: 'agreedStartDate',
    title: label('contract', 'agreedStartDate'),
    sortKey: 'agreedStartDate',
    render: (_v, p) => orEmpty(p.agreedStartDate && formatDate(p.agreedStartDate)),
  },
  {
    key: 'operationsStatus',
    title: label('parcel', 'operationsStatus'),
    render: (_v, p) => orEmpty(enumLabel('operationsStatus', p.operationsStatus)),
  },
  { key: 'updatedAt', title: '更新时间', sortKey: 'updatedAt', render: (_v, p) => formatDateTime(p.updatedAt) },
];

/** Always shown: without the code there is nothing to click. */
export const FIXED_COLUMNS = ['code'];
export const CHOOSABLE_COLUMNS = parcelColumns.filter((c) => !FIXED_COLUMNS.includes(c.key));
export const DEFAULT_VISIBLE_COLUMNS = ['name', 'zone', 'enterprise', 'plannedUse', 'area', 'stage', 'agreedStartDate'];
