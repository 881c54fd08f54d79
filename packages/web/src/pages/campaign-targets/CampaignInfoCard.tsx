import { useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Form, Input } from 'antd';
import { EditOutlined, FlagOutlined } from '@ant-design/icons';
import { saveCampaign, type CampaignTargetList } from '../../api/campaign.ts';
import { SaveDialog } from './SaveDialog.tsx';
import { useFormSave } from './useFormSave.ts';

interface Values {
  name: string;
  issuerName: string;
}

/** 攻坚行动: its name, and the 发文机关 its bulletins and reports are printed under. */
export function CampaignInfoCard({ list, canManage, reload }: { list: CampaignTargetList; canManage: boolean; reload: () => void }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const save = useFormSave(form);
  const exists = list.campaignNameZh !== null;

  const submit = () =>
    save.run(async (v) => {
      const saved = await saveCampaign({ jurisdictionCode: list.jurisdictionCode, name: v.name, issuerName: v.issuerName, version: list.campaignVersion ?? undefined });
      void message.success(exists ? '攻坚行动已保存' : `已设立「${saved.nameZh}」，可以设置目标了`);
      reload();
      setOpen(false);
    });

  const action = canManage && (
    <Button icon={exists ? <EditOutlined /> : <FlagOutlined />} type={exists ? 'default' : 'primary'} size={exists ? 'small' : 'middle'} onClick={() => setOpen(true)}>
      {exists ? '修改' : '设立攻坚行动'}
    </Button>
  );

  return (
    <Card title="攻坚行动" extra={exists && action}>
      {exists ? (
        <Descriptions column={{ xs: 1, lg: 2 }} size="small">
          <Descriptions.Item label="攻坚行动名称">{list.campaignNameZh}</Descriptions.Item>
          <Descriptions.Item label="发文机关（指挥部办公室）">{list.issuerNameZh}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty description={canManage ? '本辖区尚未设立攻坚行动。先填写行动名称和发文机关，再设置目标。' : '本辖区尚未设立攻坚行动，请系统管理员设置。'}>{action}</Empty>
      )}
      <SaveDialog open={open} title={exists ? '修改攻坚行动' : '设立攻坚行动'} width={620} save={save} onSubmit={submit} onClose={() => setOpen(false)} reload={reload}>
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={{ name: list.campaignNameZh ?? '', issuerName: list.issuerNameZh ?? '' }}>
          <Form.Item name="name" label="攻坚行动名称" rules={[{ required: true, whitespace: true, message: '请填写攻坚行动名称' }]}>
            <Input maxLength={100} placeholder="如：××县低效工业用地盘活攻坚行动（2026—2027年）" />
          </Form.Item>
          <Form.Item name="issuerName" label="发文机关（指挥部办公室）" rules={[{ required: true, whitespace: true, message: '请填写发文机关' }]} extra="周调度表、半月通报等报表以此署名">
            <Input maxLength={100} placeholder="如：××县低效工业用地盘活攻坚行动指挥部办公室" />
          </Form.Item>
        </Form>
      </SaveDialog>
    </Card>
  );
}
