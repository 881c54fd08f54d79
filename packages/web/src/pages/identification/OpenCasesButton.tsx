import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { App, Button, List, Modal, Typography } from 'antd';
import { FileProtectOutlined } from '@ant-design/icons';
import { openCasesFromResults, type OpenFromResultsReport } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';

interface Props {
  runId: string;
  parcelIds: string[];
  /** code of each selected parcel, to name the skipped ones */
  codes: Map<string, string>;
  onDone: () => void;
}

/**
 * 开立案件: one case per selected parcel from this run's results. A rule hit is only a
 * suspicion; the case takes it through the procedure. Parcels with an open case are
 * skipped and listed with the reason.
 */
export function OpenCasesButton({ runId, parcelIds, codes, onDone }: Props) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<OpenFromResultsReport>();

  const open = async () => {
    setBusy(true);
    try {
      const done = await openCasesFromResults(runId, parcelIds);
      setReport(done);
      onDone();
    } catch (err) {
      void message.error(err instanceof ApiError ? `开立案件失败：${err.userMessage}` : '开立案件失败');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button type="primary" icon={<FileProtectOutlined />} disabled={parcelIds.length === 0} loading={busy} onClick={() => void open()}>
        开立案件{parcelIds.length > 0 ? `（${parcelIds.length}）` : ''}
      </Button>
      <Modal
        open={report !== undefined}
        title="开立案件结果"
        okText="查看案件列表"
        cancelText="关闭"
        onCancel={() => setReport(undefined)}
        onOk={() => {
          setReport(undefined);
          void navigate('/cases');
        }}
      >
        {report && (
          <>
            <Typography.Paragraph>
              已立案 {report.opened.length} 件{report.skipped.length > 0 ? `，跳过 ${report.skipped.length} 宗地块` : ''}。
            </Typography.Paragraph>
            {report.opened.length > 0 && (
              <List
                size="small"
                header="已立案"
                dataSource={report.opened}
                renderItem={(o) => (
                  <List.Item>
                    <Link to={`/cases/${o.id}`}>{o.caseNo}</Link>
                    <span>{o.parcelCode}</span>
                  </List.Item>
                )}
              />
            )}
            {report.skipped.length > 0 && (
              <List
                size="small"
                header="未立案"
                dataSource={report.skipped}
                renderItem={(s) => (
                  <List.Item>
                    <span>{s.parcelCode ?? codes.get(s.parcelId) ?? s.parcelId}</span>
                    <span>
                      {s.reason}
                      {s.caseId && (
                        <>
                          {' '}
                          <Link to={`/cases/${s.caseId}`}>{s.caseNo ?? '查看案件'}</Link>
                        </>
                      )}
                    </span>
                  </List.Item>
                )}
              />
            )}
          </>
        )}
      </Modal>
    </>
  );
}
