import { useRef, useState } from 'react';
import { App, Button, Space, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.ts';
import { uploadFile, type FileRef, type UploadedFile } from '../../api/disposal.ts';
import { fileHref, MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from '../../api/inspections.ts';

interface Props {
  value?: UploadedFile[];
  onChange?: (files: UploadedFile[]) => void;
  id?: string;
}

/**
 * 附件 for a form (evidence of revitalisation, a progress report): each file is uploaded as
 * it is chosen, with the same limits as case attachments; the form keeps what came back.
 */
export function FilesField({ value = [], onChange, id }: Props) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(0);
  // several files may finish uploading between two renders: add each to the latest list
  const latest = useRef(value);
  latest.current = value;

  const upload = async (file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      void message.error(`${file.name} 超过 20 MB，未上传`);
      return;
    }
    setUploading((n) => n + 1);
    try {
      const stored = await uploadFile(file);
      latest.current = [...latest.current, stored];
      onChange?.(latest.current);
    } catch (err) {
      void message.error(err instanceof ApiError ? `${file.name} 上传失败：${err.userMessage}` : `${file.name} 上传失败`);
    } finally {
      setUploading((n) => n - 1);
    }
  };

  return (
    <div id={id}>
      <Space wrap style={{ marginBottom: value.length > 0 ? 8 : 0 }}>
        <Upload
          accept={UPLOAD_ACCEPT}
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading > 0}>
            上传附件
          </Button>
        </Upload>
        <Typography.Text type="secondary">jpg、png、pdf、docx、xlsx，不超过 20 MB</Typography.Text>
      </Space>
      <div>
        {value.map((f) => (
          <Tag
            key={f.id}
            icon={<PaperClipOutlined />}
            closable
            onClose={(e) => {
              e.preventDefault();
              onChange?.(value.filter((x) => x.id !== f.id));
            }}
            style={{ marginBottom: 4 }}
          >
            <a href={fileHref(f.id)} target="_blank" rel="noreferrer">
              {f.originalName}
            </a>
          </Tag>
        ))}
      </div>
    </div>
  );
}

/** The files a report or evidence cites (by SHA-256), as links. */
export function FileLinks({ files }: { files: FileRef[] }) {
  if (files.length === 0) return null;
  return (
    <Space wrap size={4}>
      {files.map((f) => (
        <a key={f.id} href={fileHref(f.id)} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {f.originalName}
        </a>
      ))}
    </Space>
  );
}
