// The ticket looks a person chooses from: layouts × colour themes (rendered by
// lib/pieces/render; stored on Piece.layout / Piece.theme).
import { z } from 'zod';

export const LAYOUTS = ['classic', 'stub', 'polaroid', 'minimal'] as const;
export const THEMES = ['grape', 'night', 'cherry', 'mint', 'sunset', 'mono'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Theme = (typeof THEMES)[number];

export const layoutSchema = z.enum(LAYOUTS);
export const themeSchema = z.enum(THEMES);
