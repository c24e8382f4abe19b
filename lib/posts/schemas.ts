// Group-order input, shared by the routes and the forms. Messages are message-file keys.
import { z } from 'zod';
import { idSchema, line, text } from '@/lib/schemas';
import { RADII_KM } from '@/lib/areas/service';

import { FOOD_CATEGORIES } from './categories';

export const POST_ROOM_MAX_CHARS = 1000;
const won = (max: number) => z.number({ error: 'posts.errors.amount' }).int('posts.errors.amount').min(0, 'posts.errors.amount').max(max, 'posts.errors.amount');

export const areaCodeSchema = z.string().regex(/^\d{10}$/, 'posts.errors.area');
export const radiusSchema = z.union(RADII_KM.map((r) => z.literal(r)) as [z.ZodLiteral<1>, z.ZodLiteral<3>, z.ZodLiteral<5>], { error: 'posts.errors.radius' });
export const categorySchema = z.enum(FOOD_CATEGORIES, { error: 'posts.errors.category' });

export const setAreaSchema = z.object({ areaCode: areaCodeSchema, radiusKm: radiusSchema.optional() }).strict();
export const setRadiusSchema = z.object({ radiusKm: radiusSchema }).strict();

const fields = {
  title: line().min(1, 'posts.errors.title').max(60, 'posts.errors.title'),
  body: text().max(2000, 'posts.errors.body').default(''),
  category: categorySchema,
  restaurant: line().max(60, 'posts.errors.restaurant').default(''),
  menu: line().max(200, 'posts.errors.menu').default(''),
  wanted: z.number({ error: 'posts.errors.wanted' }).int('posts.errors.wanted').min(2, 'posts.errors.wanted').max(10, 'posts.errors.wanted'),
  deadline: z.iso.datetime({ offset: true, error: 'posts.errors.deadline' }).transform((s) => new Date(s)),
  place: line().min(1, 'posts.errors.place').max(80, 'posts.errors.place'),
  deliveryFee: won(100_000).nullable().default(null),
  minOrder: won(1_000_000).nullable().default(null),
};

export const createPostSchema = z.object(fields).strict();
export type CreatePostInput = z.infer<typeof createPostSchema>;

export const updatePostSchema = z
  .object({
    title: fields.title,
    body: text().max(2000, 'posts.errors.body'),
    category: fields.category,
    restaurant: line().max(60, 'posts.errors.restaurant'),
    menu: line().max(200, 'posts.errors.menu'),
    wanted: fields.wanted,
    deadline: fields.deadline,
    place: fields.place,
    deliveryFee: won(100_000).nullable(),
    minOrder: won(1_000_000).nullable(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { error: 'posts.errors.nothingToChange' });
export type UpdatePostInput = z.infer<typeof updatePostSchema>;

export const statusActionSchema = z.object({ action: z.enum(['close', 'reopen', 'deliver'], { error: 'posts.errors.action' }) }).strict();

export const listQuerySchema = z.object({
  category: categorySchema.optional(),
  status: z.enum(['recruiting', 'closed', 'all'], { error: 'posts.errors.status' }).default('recruiting'),
  order: z.enum(['newest', 'deadline'], { error: 'posts.errors.order' }).default('newest'),
  radiusKm: z.coerce.number().pipe(radiusSchema).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const postParams = z.object({ postId: idSchema });
export const memberParams = postParams.extend({ userId: idSchema });
