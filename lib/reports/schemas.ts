// Reports of a message or a piece: what the form sends and what the API answers.
import { z } from 'zod';
import { idSchema, text } from '@/lib/schemas';

export const REPORT_REASONS = ['spam', 'abuse', 'sexual', 'spoiler', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const MAX_REPORT_DETAIL = 500;

export const reportSchema = z.object({
  target: z.enum(['MESSAGE', 'PIECE'], { error: 'cakes.validation.reportTarget' }),
  targetId: idSchema,
  reason: z.enum(REPORT_REASONS, { error: 'cakes.validation.reportReason' }),
  detail: text().max(MAX_REPORT_DETAIL, { error: 'cakes.validation.reportDetail' }).optional(),
});
export type ReportInput = z.infer<typeof reportSchema>;

export interface ReportDto {
  id: string;
  target: 'MESSAGE' | 'PIECE';
  targetId: string;
}
