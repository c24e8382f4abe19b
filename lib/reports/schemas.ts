// Reports of a message or a piece: what the form sends and what the API answers.
import { z } from 'zod';
import { idSchema, text } from '@/lib/schemas';
import { MAX_REPORT_DETAIL, REPORT_REASONS } from './reasons';

export { MAX_REPORT_DETAIL, REPORT_REASONS };
export type { ReportReason } from './reasons';

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
