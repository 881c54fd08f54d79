import { useState } from 'react';
import { Alert, App, Col, Form, Input, Modal, Row, Select, type FormInstance } from 'antd';
import { roleLabels, roles, type Role } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { createUser, updateUser } from '../../api/users.ts';
import type { User } from '../../api/types.ts';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { passwordPolicyHint, passwordRule } from '../../components/passwordRules.ts';
import { ZoneSelect } from '../../components/ZoneSelect.tsx';
import { PersonSelect } from './PersonSelect.tsx';
import { splitFieldProblems } from '../../format/problemPaths.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  zoneId: string | null;
  unitName: string | null;
  personId: string | null;
  password: string;
}

interface Props {
  open: boolean;
  /** null to create a user */
  user: User | null;
  onClose: () => void;
  onSaved: () => void;
}

export const roleOptions = roles.map((r) => ({ value: r, label: roleLabels[r] }));
const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function UserFormModal({ open, user, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const pathsForm: FormInstance = form;
  const { message } = App.useApp();
  const jurisdictions = useJurisdictions();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const jurisdictionCode = Form.useWatch('jurisdictionCode', form);
  const username = Form.useWatch('username', form);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setProblems([]);
    const profile = {
      displayName: v.displayName.trim(),
      role: v.role,
      jurisdictionCode: v.jurisdictionCode,
      zoneId: v.zoneId ?? null,
      unitName: blankToNull(v.unitName),
      personId: v.personId ?? null,
    };
    try {
      if (user) await updateUser(user.id, { ...profile, active: user.active, version: user.version });
      else await createUser({ ...profile, username: v.username.trim(), password: v.password });
      void message.success(user ? '用户信息已保存' : '用户已创建');
      onSaved();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.errors.length > 0) {
        const split = splitFieldProblems(err.errors, (name) => typeof name[0] === 'string' && name[0] in form.getFieldsValue(true));
        pathsForm.setFields(split.fields);
        setProblems(split.general.length > 0 ? split.general : []);
        if (split.fields.length === 0 && split.general.length === 0) setProblems([err.userMessage]);
      } else if (err.code === 'VERSION_CONFLICT') {
        setProblems(['该用户已被他人修改，请关闭窗口刷新列表后重试。']);
      } else {
        setProblems([err.userMessage]);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={user ? `编辑用户：${user.username}` : '新增用户'}
      width={720}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能保存" description={problems.join('；')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          user
            ? { displayName: user.displayName, role: user.role, jurisdictionCode: user.jurisdictionCode, zoneId: user.zoneId, unitName: user.unitName, personId: user.personId }
            : { zoneId: null, personId: null }
        }
      >
        <Row gutter={24}>
          <Col span={12}>
            {user ? (
              <Form.Item label="用户名">
                <Input value={user.username} disabled />
              </Form.Item>
            ) : (
              <Form.Item
                name="username"
                label="用户名"
                extra="3–40 位字母、数字、下划线、点或短横线，创建后不能修改"
                rules={[
                  { required: true, whitespace: true, message: '请输入用户名' },
                  { pattern: /^[A-Za-z0-9_.-]{3,40}$/, message: '用户名为 3–40 位字母、数字、下划线、点或短横线' },
                ]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            )}
          </Col>
          <Col span={12}>
            <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
              <Select options={roleOptions} placeholder="请选择角色" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="jurisdictionCode" label="管辖范围（行政区）" rules={[{ required: true, message: '请选择行政区' }]}>
              <JurisdictionSelect
                jurisdictions={jurisdictions.all}
                loading={jurisdictions.loading}
                onChange={() => form.setFieldsValue({ zoneId: null, personId: null })}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="zoneId" label="所属园区" extra="园区工作人员只能查看本园区的地块；不选则为整个行政区">
              <ZoneSelect jurisdictionCode={jurisdictionCode} placeholder="不限园区" disabled={!jurisdictionCode} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="unitName" label="工作单位">
              <Input maxLength={60} placeholder="如：县自然资源局耕保股" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="personId" label="对应人员（组织架构）" extra="关联后，该人员当前任职席位上的任务即为其「我的任务」；人员调整时只需在组织架构中改任命">
              <PersonSelect jurisdictionCode={jurisdictionCode} />
            </Form.Item>
          </Col>
          {!user && (
            <Col span={24}>
              <Form.Item
                name="password"
                label="初始密码"
                extra={`${passwordPolicyHint}。请通过安全渠道告知用户，并提醒其登录后修改。`}
                dependencies={['username']}
                rules={[{ required: true, message: '请设置初始密码' }, passwordRule(username)]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
