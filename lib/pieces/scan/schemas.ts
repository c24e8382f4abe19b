// What a ticket scan returns, shared by the route and the client: each field a value
// (null when not found or not sure enough) and a confidence in 0–1.
import { z } from 'zod';

export const SCAN_FIELDS = ['title', 'date', 'time', 'venue', 'seat', 'price'] as const;
export type ScanFieldName = (typeof SCAN_FIELDS)[number];

const field = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), confidence: z.number().min(0).max(1) });

export const scanFieldsSchema = z.object({
  title: field(z.string()),
  /** YYYY-MM-DD */
  date: field(z.string()),
  /** HH:MM */
  time: field(z.string()),
  venue: field(z.string()),
  seat: field(z.string()),
  /** KRW */
  price: field(z.number().int()),
  /** A guess at the kind of show, from words like 뮤지컬 or a cinema's name. */
  kind: field(z.enum(['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT'])),
});

export type ScanFields = z.infer<typeof scanFieldsSchema>;

export const scanResponseSchema = z.object({ fields: scanFieldsSchema });

/** Largest photo a scan accepts. */
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
