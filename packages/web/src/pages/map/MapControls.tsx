import { Button, Checkbox, Segmented, Space, Tooltip } from 'antd';
import { BorderOutlined, GatewayOutlined } from '@ant-design/icons';
import type { ColourBy } from '../../map/palette.ts';
import type { SelectionTool } from '../../map/selectionTools.ts';

export interface LayerSwitches {
  zones: boolean;
  parcels: boolean;
  buildings: boolean;
  flaggedOnly: boolean;
}

interface Props {
  colourBy: ColourBy;
  onColourBy: (by: ColourBy) => void;
  layers: LayerSwitches;
  onLayers: (patch: Partial<LayerSwitches>) => void;
  tool: SelectionTool;
  onTool: (tool: SelectionTool) => void;
}

/** The map's switches: colouring, layers, selection tools. */
export function MapControls({ colourBy, onColourBy, layers, onLayers, tool, onTool }: Props) {
  const toggle = (t: SelectionTool) => onTool(tool === t ? 'none' : t);
  return (
    <Space wrap size={[16, 8]} style={{ marginBottom: 12 }}>
      <Space size={6}>
        <span>着色依据</span>
        <Segmented<ColourBy>
          value={colourBy}
          onChange={onColourBy}
          options={[
            { value: 'category', label: '认定分类' },
            { value: 'status', label: '处置阶段' },
          ]}
        />
      </Space>
      <Space size={4} wrap>
        <Checkbox checked={layers.zones} onChange={(e) => onLayers({ zones: e.target.checked })}>园区/战区边界</Checkbox>
        <Checkbox checked={layers.parcels} onChange={(e) => onLayers({ parcels: e.target.checked })}>地块</Checkbox>
        <Checkbox checked={layers.buildings} onChange={(e) => onLayers({ buildings: e.target.checked })}>建筑物基底</Checkbox>
        <Checkbox checked={layers.flaggedOnly} onChange={(e) => onLayers({ flaggedOnly: e.target.checked })}>仅显示问题地块</Checkbox>
      </Space>
      <Space size={6}>
        <Tooltip title="在地图上拖出矩形选择地块（不选工具时按住 Shift 拖动亦可）">
          <Button icon={<BorderOutlined />} type={tool === 'box' ? 'primary' : 'default'} onClick={() => toggle('box')}>
            框选
          </Button>
        </Tooltip>
        <Tooltip title="依次单击多边形的各个顶点，双击结束">
          <Button icon={<GatewayOutlined />} type={tool === 'polygon' ? 'primary' : 'default'} onClick={() => toggle('polygon')}>
            多边形选择
          </Button>
        </Tooltip>
      </Space>
    </Space>
  );
}
