import { Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { CalendarDay } from '../../api/cases.ts';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

interface Props {
  year: number;
  days: Map<string, CalendarDay>;
  onPick: (date: string) => void;
}

function Month({ year, month, days, onPick }: Props & { month: number }) {
  const first = dayjs(new Date(year, month, 1));
  // Monday-first grid, as Chinese office calendars print it
  const lead = (first.day() + 6) % 7;
  const cells: Array<string | null> = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: first.daysInMonth() }, (_v, i) => first.date(i + 1).format('YYYY-MM-DD')),
  ];
  return (
    <div className="ph-cal-month" style={{ border: '1px solid #eef0ef', borderRadius: 6, padding: 8, background: '#fff' }}>
      <div style={{ fontWeight: 600, marginBottom: 6 }}>{month + 1}月</div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, fontSize: 12, textAlign: 'center' }}>
        {WEEKDAYS.map((w) => (
          <div key={w} style={{ color: '#8c8c8c' }}>
            {w}
          </div>
        ))}
        {cells.map((date, i) => {
          if (!date) return <div key={`blank-${i}`} />;
          const d = dayjs(date);
          const mark = days.get(date);
          const weekend = d.day() === 0 || d.day() === 6;
          const rest = mark ? mark.kind === 'HOLIDAY' : weekend;
          const style: React.CSSProperties = {
            cursor: 'pointer',
            borderRadius: 4,
            lineHeight: '24px',
            color: rest ? '#cf1322' : undefined,
            background: mark?.kind === 'HOLIDAY' ? '#fff1f0' : mark?.kind === 'WORKDAY' ? '#e6f4ff' : undefined,
            fontWeight: mark ? 600 : undefined,
            outline: d.isSame(dayjs(), 'day') ? '1px solid #2f9b7f' : undefined,
          };
          const label = mark ? `${mark.kind === 'HOLIDAY' ? '节假日' : '调休上班'}${mark.name ? `：${mark.name}` : ''}` : weekend ? '周末休息' : '工作日';
          return (
            <Tooltip key={date} title={`${d.format('M月D日')} ${label}`}>
              <div role="button" aria-label={`${date} ${label}`} style={style} onClick={() => onPick(date)}>
                {d.date()}
                {mark?.kind === 'WORKDAY' && <sup style={{ color: '#1677ff' }}>班</sup>}
                {mark?.kind === 'HOLIDAY' && <sup>休</sup>}
              </div>
            </Tooltip>
          );
        })}
      </div>
    </div>
  );
}

/** The year as twelve month grids: holidays in red, 调休 make-up workdays marked 班. */
export function YearGrid(props: Props) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 12 }}>
      {Array.from({ length: 12 }, (_v, m) => (
        <Month key={m} {...props} month={m} />
      ))}
    </div>
  );
}
