import { z } from 'zod';
import { isPartyCode, parsePair } from './parties.js';

export * from './parties.js';

export const partyCodeSchema = z
  .string()
  .refine(isPartyCode, {
    message: 'Not a party bilat knows: an ISO 3166-1 alpha-2 country code (KZ), EU, an ISO 3166-3 former state (SUHH) or a historical state of bilat\'s table (XHAW)',
  });

export type PartyCode = z.infer<typeof partyCodeSchema>;

export const pairSchema = z.string().refine(
  (value) => {
    try {
      return parsePair(value).canonical;
    } catch {
      return false;
    }
  },
  { message: 'A pair is two different party codes in alphabetical order, upper case, e.g. KZ-LT' },
);

/** A party as lists and dossiers show it: code, name, kind and, for countries, the other ISO codes. */
export const partyInfoSchema = z.object({
  code: partyCodeSchema,
  name: z.string(),
  kind: z.enum(['country', 'organization']),
  alpha3: z.string().optional(),
  numeric: z.string().optional(),
  existed: z.object({ from: z.int(), to: z.int() }).optional(),
  codeSource: z.enum(['iso-3166-3', 'bilat']).optional(),
  successors: z.array(z.string()).optional(),
});
