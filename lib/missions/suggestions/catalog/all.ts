// The bundled catalog for the offline recommender (over 200 missions in Korean).
import type { CatalogMission } from '../types';
import { CHORES } from './chores';
import { CREATIVITY } from './creativity';
import { HEALTH } from './health';
import { KINDNESS } from './kindness';
import { STUDY } from './study';

export const CATALOG: readonly CatalogMission[] = [...CHORES, ...STUDY, ...HEALTH, ...KINDNESS, ...CREATIVITY];
