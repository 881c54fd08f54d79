import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, type ButtonProps } from 'antd';
import { SolutionOutlined } from '@ant-design/icons';
import { useMe } from '../../session/session.tsx';
import { NewPlanModal } from './NewPlanModal.tsx';

interface Props {
  parcelId: string;
  /** the determined case the plan follows; without it the plan starts from the ledger */
  caseId?: string;
  type?: ButtonProps['type'];
}

/**
 * 制定处置方案, for the case page and the parcel page: opens the plan form and goes to
 * the new plan. Hidden from users who may not write plans; the server decides whether the
 * parcel may have one (an open plan already, a case not yet determined) and says why.
 */
export function NewPlanButton({ parcelId, caseId, type = 'primary' }: Props) {
  const me = useMe();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  if (!me.permissions.includes('disposal:write')) return null;
  return (
    <>
      <Button type={type} icon={<SolutionOutlined />} onClick={() => setOpen(true)}>
        制定处置方案
      </Button>
      <NewPlanModal
        open={open}
        parcelId={parcelId}
        caseId={caseId}
        onClose={() => setOpen(false)}
        onCreated={(plan) => {
          setOpen(false);
          void navigate(`/disposal/${plan.id}`);
        }}
      />
    </>
  );
}

export default NewPlanButton;
