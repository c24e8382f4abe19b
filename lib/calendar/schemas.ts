// The family calendar: per Korean day, grapes given, missions approved, gifts given.
import { z } from 'zod';
import type { Day } from '@/lib/missions/schedule';
import { idSchema } from '@/lib/schemas';

export const calendarQuerySchema = z.object({
  month: z
    .string()
    .regex(/^(2\d{3})-(0[1-9]|1[0-2])$/, { error: 'calendar.validation.month' })
    .optional(),
  childId: idSchema.optional(),
});
export type CalendarQuery = z.infer<typeof calendarQuerySchema>;

export interface CalendarGiftDto {
  boardId: string;
  childId: string;
  wishName: string;
}

export interface CalendarDayDto {
  day: Day;
  grapes: number;
  missions: number;
  gifts: CalendarGiftDto[];
}

export interface CalendarDto {
  /** 'YYYY-MM' */
  month: string;
  /** Today in Korea, so the screen's "today" agrees with the server's clock. */
  today: Day;
  childId: string | null;
  /** Only days with something on them, in order. */
  days: CalendarDayDto[];
  totals: { grapes: number; missions: number; gifts: number };
}
