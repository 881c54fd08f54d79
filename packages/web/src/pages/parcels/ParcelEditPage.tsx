import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Space, type FormInstance } from 'antd';
import { checkContractConsistency, checkParcelConsistency, contractFields, parcelFields, yearFields } from '@panhuo/domain';
import { ApiError } from '../../api/client.ts';
import { createParcel, getParcel, updateParcel } from '../../api/parcels.ts';
import type { ConflictChange, Parcel, ParcelInput } from '../../api/types.ts';
import { ErrorResult } from '../../components/ErrorResult.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { splitFieldProblems, type NamePath } from '../../format/problemPaths.ts';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { useUnsavedChangesWarning } from '../../hooks/useUnsavedChangesWarning.ts';
import { ConflictModal } from './ConflictModal.tsx';
import { ParcelFormSections } from './ParcelFormSections.tsx';
import { toParcelForm, toParcelInput, type ParcelFormValues } from './parcelFormValues.ts';

interface Conflict {
  currentVersion: number;
  changes: ConflictChange[];
  current: Parcel | undefined;
  input: ParcelInput;
}

/** Checks that span several fields, in stored units, placed on the field they concern. */
function consistencyErrors(input: ParcelInput) {
  return [
    ...checkParcelConsistency(input.fields).map((p) => ({ name: ['fields', p.key], errors: [p.messageZh] })),
    ...(input.contract ? checkContractConsistency(input.contract) : []).map((p) => ({
      name: ['contract', p.key],
      errors: [p.messageZh],
    })),
  ];
}

const catalogueKeys: Record<string, string[]> = {
  fields: parcelFields.map((d) => d.key),
  contract: contractFields.map((d) => d.key),
  years: yearFields.map((d) => d.key),
};

/** Whether the form shows a control at this path, so an error there is visible beside it. */
function formHasField(name: NamePath, choosingCounty: boolean): boolean {
  const [root, second, third] = name;
  if (root === 'zoneId' || root === 'enterpriseId') return name.length === 1;
  if (root === 'jurisdictionCode') return choosingCounty && name.length === 1;
  if (root === 'fields' || root === 'contract') return name.length === 2 && catalogueKeys[root]!.includes(String(second));
  if (root === 'years') return name.length === 3 && typeof second === 'number' && catalogueKeys.years!.includes(String(third));
  return false;
}

function ParcelForm({ parcel }: { parcel: Parcel | null }) {
  const [form] = Form.useForm<ParcelFormValues>();
  // field paths from the server and the domain are dynamic, so errors go through the untyped instance
  const fieldsForm: FormInstance = form;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const jurisdictions = useJurisdictions();
  const [version, setVersion] = useState(parcel?.version ?? 0);
  const [hadContract, setHadContract] = useState(parcel?.contract != null);
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict>();
  const [dirty, setDirty] = useState(false);
  useUnsavedChangesWarning(dirty);
  // links such as 「缺少的信息」 open the form at a section: /parcels/:id/edit#section-construction
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.startsWith('#section-')) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [hash]);

  const choosingCounty = !parcel && jurisdictions.counties.length > 1;
  const chosenCounty = Form.useWatch('jurisdictionCode', form);
  // an existing parcel stays where it is; a new one goes to the chosen county, or the only one in scope
  const jurisdictionCode = parcel ? parcel.jurisdictionCode : choosingCounty ? chosenCounty : jurisdictions.counties[0]?.code;


  const done = (saved: Parcel) => {
    setDirty(false);
    void message.success(parcel ? '已保存' : '地块已新增');
    void navigate(`/parcels/${saved.id}`, { replace: !parcel });
  };

  const showApiError = (err: ApiError) => {
    // 400 (validation) and 409 DUPLICATE (code already used) both name the fields at fault
    if (err.errors.length > 0) {
      const split = splitFieldProblems(err.errors, (name) => formHasField(name, choosingCounty));
      fieldsForm.setFields(split.fields);
      setGeneral(split.general);
      if (split.fields[0]) fieldsForm.scrollToField(split.fields[0].name, { behavior: 'smooth', block: 'center' });
      void message.error(err.detail ?? err.title);
      return;
    }
    setGeneral([err.userMessage]);
    void message.error(err.userMessage);
  };

  const save = async (input: ParcelInput, baseVersion: number) => {
    setSaving(true);
    setGeneral([]);
    try {
      done(parcel ? await updateParcel(parcel.id, { ...input, version: baseVersion }) : await createParcel(input));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') {
        const body = err.body as { currentVersion?: number; changes?: ConflictChange[]; current?: Parcel };
        setConflict({
          currentVersion: body.currentVersion ?? body.current?.version ?? baseVersion,
          changes: body.changes ?? [],
          current: body.current,
          input,
        });
      } else if (err instanceof ApiError) {
        showApiError(err);
      } else {
        setGeneral([String(err)]);
      }
    } finally {
      setSaving(false);
    }
  };

  const onFinish = (values: ParcelFormValues) => {
    const input = toParcelInput(values, hadContract);
    delete input.jurisdictionCode;
    if (!parcel && jurisdictionCode) input.jurisdictionCode = jurisdictionCode;
    const problems = consistencyErrors(input);
    if (problems.length > 0) {
      fieldsForm.setFields(problems);
      fieldsForm.scrollToField(problems[0]!.name, { behavior: 'smooth', block: 'center' });
      return;
    }
    void save(input, version);
  };

  const loadLatest = async () => {
    if (!parcel) return;
    const latest = conflict?.current ?? (await getParcel(parcel.id));
    form.resetFields();
    form.setFieldsValue(toParcelForm(latest));
    setVersion(latest.version);
    setHadContract(latest.contract != null);
    setConflict(undefined);
    setDirty(false);
    void message.info('已加载最新数据，请重新填写您的修改');
  };

  const overwrite = () => {
    if (!conflict) return;
    const { input, currentVersion } = conflict;
    setVersion(currentVersion);
    setConflict(undefined);
    void save(input, currentVersion);
  };

  const title = parcel ? `编辑地块：${String(parcel.fields.code ?? '')} ${String(parcel.fields.name ?? '')}` : '新增地块';

  return (
    <div className="ph-page">
      <PageTitle title={title} />
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title="保存失败"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {general.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form<ParcelFormValues>
        form={form}
        layout="vertical"
        initialValues={toParcelForm(parcel)}
        onFinish={onFinish}
        onFinishFailed={({ errorFields }) => {
          if (errorFields[0]) form.scrollToField(errorFields[0].name, { behavior: 'smooth', block: 'center' });
          void message.error(`有 ${errorFields.length} 项填写有误，请检查标红的字段`);
        }}
        onValuesChange={() => setDirty(true)}
        scrollToFirstError={false}
      >
        <ParcelFormSections
          counties={choosingCounty ? jurisdictions.counties : null}
          jurisdictionCode={jurisdictionCode}
          enterprise={parcel?.enterprise ? { id: parcel.enterprise.id, name: parcel.enterprise.name } : null}
        />
        <Card variant="borderless" style={{ position: 'sticky', bottom: 0, zIndex: 10, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存
            </Button>
            <Button onClick={() => navigate(parcel ? `/parcels/${parcel.id}` : '/parcels')}>取消</Button>
          </Space>
        </Card>
      </Form>
      <ConflictModal
        open={conflict !== undefined}
        changes={conflict?.changes ?? []}
        saving={saving}
        onCancel={() => setConflict(undefined)}
        onReload={() => void loadLatest().catch((err: unknown) => err instanceof ApiError && showApiError(err))}
        onOverwrite={overwrite}
      />
    </div>
  );
}

export default function ParcelEditPage() {
  const { id } = useParams();
  const parcel = useRemote(() => (id ? getParcel(id) : Promise.resolve(null)), [id]);
  if (parcel.error) return <div className="ph-page"><ErrorResult error={parcel.error} onRetry={parcel.reload} /></div>;
  if (parcel.data === undefined || parcel.loading) return <PageLoading />;
  // keyed by id so that moving from one parcel's form to another starts fresh
  return <ParcelForm key={id ?? 'new'} parcel={parcel.data} />;
}
