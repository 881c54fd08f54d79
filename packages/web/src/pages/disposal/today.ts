import dayjs, { type Dayjs } from 'dayjs';
import { todayInChina } from '@panhuo/domain';

/**
 * The product's today is the China date (the server refuses a step dated after it), not the
 * browser's: at 01:00 in Beijing a browser on UTC is still on the day before.
 */
export const chinaToday = (): Dayjs => dayjs(todayInChina());

/** For DatePickers of acts already done: no day after today. */
export const afterToday = (d: Dayjs) => d.isAfter(chinaToday(), 'day');
