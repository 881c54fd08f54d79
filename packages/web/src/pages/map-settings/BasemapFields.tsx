import { Alert, Form, Input, Radio } from 'antd';
import type { BasemapKind } from './settingsForm.ts';
import { looksGcj02 } from './settingsForm.ts';

const httpUrl = { pattern: /^https?:\/\/\S+$/, message: '地址须以 http:// 或 https:// 开头，且不含空格' };
const notGcj02 = {
  validator: (_r: unknown, v: string | undefined) =>
    looksGcj02(v) ? Promise.reject(new Error('这是 GCJ-02 坐标的互联网地图瓦片，宗地会偏移数百米，不能用作底图')) : Promise.resolve(),
};

function Gcj02Warning({ url }: { url: string | undefined }) {
  return (
    <Alert
      type={looksGcj02(url) ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 16 }}
      title={looksGcj02(url) ? '该地址是高德、腾讯、百度等互联网地图的瓦片，不能用作底图' : '请只使用 CGCS2000（或 WGS84）坐标的瓦片'}
      description="高德、腾讯地图使用 GCJ-02 加密坐标（百度另有 BD-09），宗地图形叠加在这类底图上会偏移数百米，看起来像标错了位置。天地图使用 CGCS2000，无需纠偏；本地自建的影像或地形图请确认其坐标系为 CGCS2000。"
    />
  );
}

/** The fields of the chosen basemap kind. */
export function BasemapFields({ kind, url }: { kind: BasemapKind | undefined; url: string | undefined }) {
  switch (kind) {
    case 'TIANDITU':
      return (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="天地图使用 CGCS2000 坐标，与宗地图形一致，无需纠偏"
            description="密钥（tk）在天地图官网（www.tianditu.gov.cn）注册开发者账号后，于“控制台 → 应用管理”中创建“浏览器端”应用获得；请把本平台的访问域名加入该应用的白名单。密钥会发送给每个打开地图的用户的浏览器。"
          />
          <Form.Item
            name="tiandituKey"
            label="天地图密钥（tk）"
            rules={[
              { required: true, whitespace: true, message: '请填写天地图密钥（tk）' },
              { pattern: /^\s*[0-9a-zA-Z]{16,64}\s*$/, message: '天地图密钥应为 16–64 位字母或数字' },
            ]}
          >
            <Input placeholder="例如：1a2b3c…（32 位）" style={{ maxWidth: 420 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="tiandituLayer" label="图层">
            <Radio.Group options={[{ value: 'vec', label: '矢量地图（含注记）' }, { value: 'img', label: '影像地图（含注记）' }]} />
          </Form.Item>
        </>
      );
    case 'XYZ':
      return (
        <>
          <Gcj02Warning url={url} />
          <Form.Item
            name="url"
            label="瓦片地址"
            extra="含 {z}、{x}、{y} 占位符的地址（TMS 的反向行号用 {-y}），例如 https://tiles.example.gov.cn/img/{z}/{x}/{y}.png；瓦片须为 Web 墨卡托（EPSG:3857）切片。"
            rules={[
              { required: true, whitespace: true, message: '请填写瓦片地址' },
              httpUrl,
              notGcj02,
              {
                validator: (_r, v: string | undefined) =>
                  !v || (v.includes('{z}') && v.includes('{x}') && (v.includes('{y}') || v.includes('{-y}')))
                    ? Promise.resolve()
                    : Promise.reject(new Error('瓦片地址须包含 {z}、{x} 和 {y}（或 {-y}）占位符')),
              },
            ]}
          >
            <Input placeholder="https://…/{z}/{x}/{y}.png" />
          </Form.Item>
          <Form.Item name="attribution" label="版权说明" rules={[{ max: 200, message: '版权说明不能超过 200 个字符' }]}>
            <Input placeholder="显示在地图右下角，例如：© 某某县自然资源局" style={{ maxWidth: 420 }} />
          </Form.Item>
        </>
      );
    case 'WMTS':
      return (
        <>
          <Gcj02Warning url={url} />
          <Form.Item
            name="url"
            label="WMTS 服务地址"
            extra="服务地址，不含 SERVICE、REQUEST 等参数；地图先读取该服务的能力文档（GetCapabilities），再按下面的图层名和矩阵集取瓦片。"
            rules={[{ required: true, whitespace: true, message: '请填写 WMTS 服务地址' }, httpUrl, notGcj02]}
          >
            <Input placeholder="https://…/wmts" />
          </Form.Item>
          <Form.Item name="layer" label="图层名（LAYER）" rules={[{ required: true, whitespace: true, message: '请填写 WMTS 图层名' }, { max: 200, message: 'WMTS 图层名过长' }]}>
            <Input style={{ maxWidth: 420 }} />
          </Form.Item>
          <Form.Item
            name="matrixSet"
            label="矩阵集（TileMatrixSet）"
            extra="能力文档中 TileMatrixSet 的标识，例如天地图 _w 服务的 w、_c 服务的 c。"
            rules={[{ required: true, whitespace: true, message: '请填写 WMTS 矩阵集（TileMatrixSet）' }, { max: 200, message: 'WMTS 矩阵集名过长' }]}
          >
            <Input style={{ maxWidth: 420 }} />
          </Form.Item>
          <Form.Item name="format" label="图片格式" rules={[{ max: 50, message: '图片格式过长' }]}>
            <Input placeholder="默认 image/png" style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="style" label="样式（STYLE）" rules={[{ max: 100, message: '样式名过长' }]}>
            <Input placeholder="默认 default" style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="attribution" label="版权说明" rules={[{ max: 200, message: '版权说明不能超过 200 个字符' }]}>
            <Input style={{ maxWidth: 420 }} />
          </Form.Item>
        </>
      );
    case 'NONE':
    case undefined:
      return (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="不加载底图，宗地和园区边界画在浅色背景上"
          description="适合不能访问互联网、也没有本地地图服务的环境。地图仍可缩放、查询、框选和导出。"
        />
      );
  }
}
