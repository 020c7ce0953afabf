/**
 * The response and request shapes of the REST API, declared once as zod schemas: the routes
 * validate and document with them, the services return their `z.infer` types. Neutral ground:
 * imports nothing from http/ or services/.
 */
import { z } from 'zod';
import { PHASES } from '../domain/phases.js';
import { ROLES } from '../domain/roles.js';
import { RATING_VALUES } from '../domain/scale.js';

export const IdSchema = z.string().min(1).max(100);

/** Required text: trimmed, 1..max characters. */
export const boundedText = (max: number) => z.string().trim().min(1).max(max);
/** Optional text: trimmed, at most max characters; null clears it. */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PhaseSchema = z.enum(PHASES).meta({ id: 'Phase' });
export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });
export const RatingValueSchema = z.enum(RATING_VALUES).meta({ id: 'RatingValue' });

export const CountsSchema = z
  .object({
    high: z.number().int(),
    some: z.number().int(),
    low: z.number().int(),
    none: z.number().int(),
    na: z.number().int(),
  })
  .meta({ id: 'Counts', description: 'Ratings per value of the svarskala' });
export type Counts = z.infer<typeof CountsSchema>;

export const CompletenessSchema = z.object({ expected: z.number().int(), received: z.number().int() });

export const ItemsOf = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });

/** Every time in an answer: ISO 8601 in UTC, e.g. 2026-11-24T09:15:00.000Z. */
export const TimeSchema = z.string();
