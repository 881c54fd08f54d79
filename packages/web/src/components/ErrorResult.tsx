import { Button, Result } from 'antd';
import type { ApiError } from '../api/client.ts';

/** A page that could not load: 404 reads as "not found or not yours", anything else offers a retry. */
export function ErrorResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  if (error.status === 404) {
    return <Result status="404" title="未找到该记录" subTitle="记录不存在，或不在您的管辖范围内。" />;
  }
  if (error.status === 403) return <Result status="403" title="无权查看" subTitle={error.userMessage} />;
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={error.userMessage}
      extra={onRetry && <Button onClick={onRetry}>重试</Button>}
    />
  );
}
