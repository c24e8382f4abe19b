// The 14 food categories of a group order, in the order the app shows them.
import type { FoodCategory } from '@/lib/generated/prisma/enums';

export const FOOD_CATEGORIES = [
  'JOKBAL_BOSSAM', 'JJIM_TANG', 'JAPANESE', 'PIZZA', 'MEAT', 'WESTERN', 'CHICKEN',
  'CHINESE', 'ASIAN', 'BAEKBAN_NOODLE', 'DOSIRAK', 'BUNSIK', 'CAFE_DESSERT', 'FAST_FOOD',
] as const satisfies readonly FoodCategory[];

/** The filters the 동네 list opens with; the page renders their first page with the HTML. */
export const FIRST_LIST_FILTERS = { status: 'recruiting', order: 'newest' } as const;
