import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Spin, Tag } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { formatMu, formatSquareMetres } from '@panhuo/domain';
import { getParcel } from '../../api/parcels.ts';
import { StageTag } from '../../components/StageTag.tsx';
import { EmptyValue } from '../../components/FieldValue.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { colourOf, labelOf } from '../../map/palette.ts';

/** What the tile says about the parcel (its colouring facts), before the details arrive. */
export interface TileFacts {
  name?: string;
  code?: string;
  category?: string;
  status?: string;
}

const colourTag = (by: 'category' | 'status', value: string | undefined) =>
  value ? <Tag color={colourOf(by, value)}>{labelOf(by, value)}</Tag> : <EmptyValue />;

/** The key facts of a clicked parcel, with a link to its page. */
export function ParcelPopup({ id, facts, onClose }: { id: string; facts: TileFacts; onClose: () => void }) {
  const parcel = useRemote(() => getParcel(id), [id]);
  const fields = parcel.data?.fields;
  const area = typeof fields?.area_m2 === 'number' ? fields.area_m2 : null;
  const name = String(fields?.name ?? facts.name ?? '');
  return (
    <Card
      size="small"
      className="ph-map-popup"
      title={name}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label="关闭" onClick={onClose} />}
    >
      {parcel.error && <Alert type="error" showIcon title="地块详情加载失败" description={parcel.error.userMessage} />}
      <Spin spinning={parcel.loading}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'code', label: '地块编号', children: String(fields?.code ?? facts.code ?? '') || <EmptyValue /> },
            { key: 'enterprise', label: '使用企业', children: parcel.data?.enterprise?.name ?? <EmptyValue /> },
            { key: 'area', label: '土地面积', children: area == null ? <EmptyValue /> : `${formatMu(area)}（${formatSquareMetres(area)}）` },
            { key: 'stage', label: '建设经营阶段', children: parcel.data ? <StageTag stage={parcel.data.stage} /> : <EmptyValue /> },
            { key: 'category', label: '认定分类', children: colourTag('category', facts.category) },
            { key: 'status', label: '处置阶段', children: colourTag('status', facts.status) },
          ]}
        />
      </Spin>
      <div style={{ textAlign: 'right' }}>
        <Link to={`/parcels/${id}`}>查看地块 →</Link>
      </div>
    </Card>
  );
}
