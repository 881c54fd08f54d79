/**
 * Pickers over the organisation (组织架构): a plan names a unit, a leader's position (席位,
 * never a person — whoever holds it on the day answers for it) and a task force.
 */
import { Select, type SelectProps } from 'antd';
import { listBodies, listPositions, listUnits, type OrgPosition } from '../../api/organisation.ts';
import { useRemote } from '../../hooks/useRemote.ts';

type Props = Omit<SelectProps<string>, 'options' | 'loading' | 'mode'>;

const common = { allowClear: true, showSearch: true, optionFilterProp: 'label' } as const;

/** 责任单位 */
export function UnitSelect(props: Props) {
  const units = useRemote((signal) => listUnits(undefined, signal), []);
  return (
    <Select
      {...common}
      placeholder="选择责任单位"
      loading={units.loading}
      notFoundContent={units.error ? units.error.userMessage : '暂无单位，请先在组织架构中维护'}
      options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      {...props}
    />
  );
}

/** 「县住建局 · 局长（张三）」, or 「（空缺）」 when nobody holds it today. */
export const positionLabel = (p: Pick<OrgPosition, 'unitName' | 'title'>, holderName: string | null | undefined) =>
  `${p.unitName} · ${p.title}（${holderName ?? '空缺'}）`;

/** 席位, with whoever holds it today; grouped by unit. */
export function PositionSelect(props: Props) {
  const positions = useRemote((signal) => listPositions({}, signal), []);
  const byUnit = new Map<string, OrgPosition[]>();
  for (const p of positions.data ?? []) byUnit.set(p.unitName, [...(byUnit.get(p.unitName) ?? []), p]);
  return (
    <Select
      {...common}
      placeholder="选择席位（显示现任职人员）"
      loading={positions.loading}
      notFoundContent={positions.error ? positions.error.userMessage : '暂无席位，请先在组织架构中维护'}
      options={[...byUnit.entries()].map(([unitName, list]) => ({
        label: unitName,
        title: unitName,
        options: list.map((p) => ({ value: p.id, label: positionLabel(p, p.holder?.displayName) })),
      }))}
      {...props}
    />
  );
}

const TASK_FORCE_KINDS = new Set(['TASK_FORCE', 'WAR_ZONE']);

/** 工作专班 / 战区: the coordination bodies that do the work on the ground. */
export function TaskForceSelect(props: Props) {
  const bodies = useRemote((signal) => listBodies({}, signal), []);
  return (
    <Select
      {...common}
      placeholder="选择专班或战区（选填）"
      loading={bodies.loading}
      notFoundContent={bodies.error ? bodies.error.userMessage : '暂无专班或战区'}
      options={(bodies.data ?? [])
        .filter((b) => TASK_FORCE_KINDS.has(b.kind))
        .map((b) => ({ value: b.id, label: `${b.name}（${b.kindLabel}）` }))}
      {...props}
    />
  );
}
