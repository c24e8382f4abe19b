// AI mission suggestions: what a parent asks for and what comes back, whichever
// provider answers (an OpenAI-compatible model, or the offline catalog).
import { z } from 'zod';

export const PLACES = ['home', 'outside', 'school'] as const;
export const AREAS = ['chores', 'study', 'health', 'kindness', 'creativity'] as const;
export const AGE_BANDS = ['3-5', '6-8', '9-12', '13-15'] as const;
export const SUGGESTION_COUNT = 5;

export type Place = (typeof PLACES)[number];
export type Area = (typeof AREAS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

export const suggestionQuerySchema = z.object({
  age: z.coerce.number({ error: 'suggestions.validation.age' }).int({ error: 'suggestions.validation.age' }).min(3, { error: 'suggestions.validation.age' }).max(15, { error: 'suggestions.validation.age' }),
  place: z.enum(PLACES, { error: 'suggestions.validation.place' }),
  area: z.enum(AREAS, { error: 'suggestions.validation.area' }),
});
export type SuggestionQuery = z.infer<typeof suggestionQuerySchema>;

export function ageBand(age: number): AgeBand {
  if (age <= 5) return '3-5';
  if (age <= 8) return '6-8';
  if (age <= 12) return '9-12';
  return '13-15';
}

export interface Suggestion {
  id: string;
  title: string;
  description: string;
  reward: number;
}

export type SuggestionSource = 'ai' | 'catalog';

export interface SuggestionsDto {
  suggestions: Suggestion[];
  source: SuggestionSource;
}

/** One way of coming up with five missions; throws when it cannot (the caller falls back). */
export interface SuggestionProvider {
  readonly source: SuggestionSource;
  suggest(query: SuggestionQuery, ctx: { circleId: string }): Promise<Suggestion[]>;
}

/** A bundled mission: tagged with the age bands and places it suits, and one area. */
export interface CatalogMission extends Suggestion {
  area: Area;
  places: Place[];
  bands: AgeBand[];
}
