import { z } from 'zod';
import { TimeSchema } from './common.js';

export const AuditEntrySchema = z
  .object({
    id: z.string().describe('Opaque; pass the last one of a page as `before` for the next page'),
    at: TimeSchema,
    actorId: z.string(),
    actorRole: z.string(),
    action: z.string().describe('e.g. round.transitioned, rating.saved'),
    targetType: z.string(),
    targetId: z.string(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).nullable(),
  })
  .meta({ id: 'AuditEntry', description: 'One mutation: who, in which role, when, what, on which target' });
export type AuditLogEntry = z.infer<typeof AuditEntrySchema>;
