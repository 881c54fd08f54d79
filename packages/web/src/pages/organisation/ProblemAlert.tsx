import { Alert, Button } from 'antd';
import type { SaveProblem } from './useSave.ts';

/** Why a save failed; a version conflict offers to reload the page's data. */
export function ProblemAlert({ problem, onRefresh }: { problem: SaveProblem | null; onRefresh: () => void }) {
  if (!problem || problem.messages.length === 0) return null;
  return (
    <Alert
      type={problem.conflict ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      title={problem.conflict ? '数据已被他人修改' : '未能保存'}
      description={problem.messages.join('；')}
      action={
        problem.conflict && (
          <Button size="small" onClick={onRefresh}>
            刷新数据
          </Button>
        )
      }
    />
  );
}
