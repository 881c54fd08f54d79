import { useState } from 'react';
import { App, Button, Input, Space, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { CaseAttachment, CaseDetail } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { fileHref, listAttachments, MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, uploadAttachment } from '../../api/inspections.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { formatDateTime } from '../../format/values.ts';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** 附件: files kept with the case (signed receipts, enterprise materials, photos). */
export function CaseAttachments({ detail, canWrite, onChanged }: { detail: CaseDetail; canWrite: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [caption, setCaption] = useState('');
  const [uploading, setUploading] = useState(false);
  // the full list names who uploaded each file
  const list = useRemote((signal) => listAttachments(detail.id, signal), [detail.id, detail.attachments.length]);

  const upload = async (file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      void message.error(`${file.name} 超过 20 MB，未上传`);
      return;
    }
    setUploading(true);
    try {
      await uploadAttachment(detail.id, file, { caption: caption.trim() || undefined });
      void message.success(`已上传：${file.name}`);
      setCaption('');
      list.reload();
      onChanged();
    } catch (err) {
      void message.error(err instanceof ApiError ? `上传失败：${err.userMessage}` : '上传失败');
    } finally {
      setUploading(false);
    }
  };

  return (
    <>
      {canWrite && (
        <Space style={{ marginBottom: 16 }} wrap>
          <Input
            style={{ width: 280 }}
            placeholder="附件说明（选填），如：送达回证"
            value={caption}
            maxLength={100}
            onChange={(e) => setCaption(e.target.value)}
          />
          <Upload
            accept={UPLOAD_ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading}>
              上传附件
            </Button>
          </Upload>
          <span style={{ color: 'rgba(0,0,0,0.45)' }}>jpg、png、pdf、docx、xlsx，不超过 20 MB</span>
        </Space>
      )}
      <Table<CaseAttachment>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '尚无附件' }}
        columns={[
          {
            title: '文件',
            key: 'name',
            render: (_: unknown, a) => (
              <a href={fileHref(a.sha256 ?? a.fileSha256 ?? '')} download={a.originalName}>
                {a.originalName}
              </a>
            ),
          },
          { title: '说明', dataIndex: 'caption', render: (v: string | null) => v ?? '—' },
          { title: '大小', dataIndex: 'size', align: 'right', render: (n: number) => sizeText(n) },
          { title: '上传人', dataIndex: 'uploadedBy', render: (v: string | undefined) => v ?? '—' },
          { title: '上传时间', dataIndex: 'uploadedAt', render: (t: string) => formatDateTime(t) },
        ]}
      />
    </>
  );
}
