import { Card, Col, Form, Row } from 'antd';
import { contractFields, sectionLabels, type FieldDef } from '@panhuo/domain';
import type { Jurisdiction, Ref } from '../../api/types.ts';
import { EnterpriseSelect } from '../../components/EnterpriseSelect.tsx';
import { FieldFormItem } from '../../components/FieldFormItem.tsx';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { ZoneSelect } from '../../components/ZoneSelect.tsx';
import { parcelSection } from './sections.ts';
import { YearsEditor } from './YearsEditor.tsx';

/** Long text and area inputs (with their 亩 hint) take a whole row; the rest sit two by two. */
const wide = (def: FieldDef) => def.type === 'text';

function FieldGrid({ defs, parent }: { defs: FieldDef[]; parent: string[] }) {
  return (
    <Row gutter={24}>
      {defs.map((def) => (
        <Col key={def.key} xs={24} lg={wide(def) ? 24 : 12}>
          <FieldFormItem def={def} parent={parent} />
        </Col>
      ))}
    </Row>
  );
}

const card = (title: string, id: string, body: React.ReactNode) => (
  <Card key={id} id={`section-${id}`} title={title} variant="borderless" style={{ marginBottom: 16 }}>
    {body}
  </Card>
);

interface Props {
  /** offered only when the user may create parcels in several counties */
  counties: Jurisdiction[] | null;
  jurisdictionCode: string | undefined;
  enterprise: Ref | null;
}

export function ParcelFormSections({ counties, jurisdictionCode, enterprise }: Props) {
  return (
    <>
      {card(
        sectionLabels.basic,
        'basic',
        <>
          <Row gutter={24}>
            {counties && (
              <Col xs={24} lg={12}>
                <Form.Item name="jurisdictionCode" label="所属行政区" rules={[{ required: true, message: '请选择所属行政区' }]}>
                  <JurisdictionSelect jurisdictions={counties} />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} lg={12}>
              <Form.Item name="zoneId" label="所在园区">
                <ZoneSelect jurisdictionCode={jurisdictionCode} placeholder="不在园区内可不选" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item name="enterpriseId" label="使用企业">
                <EnterpriseSelect initial={enterprise} />
              </Form.Item>
            </Col>
          </Row>
          <FieldGrid defs={parcelSection('basic')} parent={['fields']} />
        </>,
      )}
      {card(sectionLabels.contract, 'contract', <FieldGrid defs={contractFields} parent={['contract']} />)}
      {card(sectionLabels.construction, 'construction', <FieldGrid defs={parcelSection('construction')} parent={['fields']} />)}
      {card(sectionLabels.site, 'site', <FieldGrid defs={parcelSection('site')} parent={['fields']} />)}
      {card(sectionLabels.operations, 'operations', <FieldGrid defs={parcelSection('operations')} parent={['fields']} />)}
      {card(`${sectionLabels.year}（金额单位：万元）`, 'years', <YearsEditor />)}
      {card(sectionLabels.compliance, 'compliance', <FieldGrid defs={parcelSection('compliance')} parent={['fields']} />)}
    </>
  );
}
