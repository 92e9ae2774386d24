import { z } from 'zod';
import { isPartialDate } from './partial-date.js';

export const partialDateSchema = z
  .string()
  .refine(isPartialDate, { message: 'Expected a real date as YYYY, YYYY-MM or YYYY-MM-DD' });
