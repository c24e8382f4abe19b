// Without zod, so the report form (in every room) does not ship it for two constants.
export const REPORT_REASONS = ['spam', 'abuse', 'sexual', 'spoiler', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const MAX_REPORT_DETAIL = 500;
