import { z } from 'zod';
import { TimeSchema, boundedText } from './common.js';

export const DevelopmentInputSchema = z
  .object({
    areas: z
      .array(
        z.object({
          area: boundedText(300).describe('Område med udviklingspotentiale'),
          suggestion: boundedText(4000).describe('Forslag til forbedring'),
        }),
      )
      .min(1)
      .max(3),
  })
  .meta({
    id: 'DevelopmentAnswerPut',
    description: 'The development question: up to three areas with the largest potential, each with a suggestion',
    examples: [
      { areas: [{ area: 'Succeskriterier', suggestion: 'Skriv målbare succeskriterier for hvert indsatsmål.' }] },
    ],
  });

export const DevelopmentAreaSchema = z.object({ area: z.string(), suggestion: z.string() });
export type DevelopmentArea = z.infer<typeof DevelopmentAreaSchema>;

export const DevelopmentAnswerSchema = z
  .object({ memberId: z.string(), areas: z.array(DevelopmentAreaSchema), updatedAt: TimeSchema })
  .meta({ id: 'DevelopmentAnswer', description: 'One panelist’s answer to the development question' });
export type DevelopmentAnswer = z.infer<typeof DevelopmentAnswerSchema>;
