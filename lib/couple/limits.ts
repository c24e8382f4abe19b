// Zod-free, so the couple's forms (one of them in a couple's room) can use them without
// loading zod with the page.
export const MAX_ANSWER = 500;
export const FREQUENCIES = ['ALWAYS', 'DAILY', 'OFF'] as const;
export const TOP_CHOICES = [3, 5, 10] as const;
export const MAX_WORD = 30;
