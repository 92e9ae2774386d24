import { z } from 'zod';
import { MEASURES, PAIR_SORTS } from './measures.js';

export const measureSchema = z.enum(MEASURES);
export const pairSortSchema = z.enum(PAIR_SORTS);
