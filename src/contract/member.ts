import { z } from 'zod';
import { RoleSchema, TimeSchema, boundedText } from './common.js';

export const MemberInputSchema = z
  .object({ name: boundedText(200), affiliation: boundedText(300), role: RoleSchema })
  .meta({
    id: 'MemberCreate',
    description: 'A new panel member',
    examples: [{ name: 'Lene Damgaard', affiliation: 'Socialpsykiatri', role: 'panelist' }],
  });
export type MemberInput = z.infer<typeof MemberInputSchema>;

export const MemberSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    affiliation: z.string(),
    role: RoleSchema,
    roleLabel: z.string().describe('The role in Danish'),
    createdAt: TimeSchema,
  })
  .meta({
    id: 'Member',
    description: 'A panel member; never the token',
    examples: [
      {
        id: '5d2c9a4e-8f0b-4e7e-a1c3-6b9d2f4e7a10',
        name: 'Lene Damgaard',
        affiliation: 'Socialpsykiatri',
        role: 'panelist',
        roleLabel: 'paneldeltager',
        createdAt: '2026-11-24T09:20:00.000Z',
      },
    ],
  });
export type Member = z.infer<typeof MemberSchema>;

export const MemberCreatedSchema = z
  .object({
    member: MemberSchema,
    token: z.string().describe("The member's bearer token, valid for this round only; shown once"),
  })
  .meta({ id: 'MemberCreated', description: 'The new member and their token, shown only this once' });
export type MemberCreated = z.infer<typeof MemberCreatedSchema>;

/** GET /api/v1/me: the admin, or one member of one round. */
export const MeSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('admin') }),
    z.object({
      kind: z.literal('member'),
      memberId: z.string(),
      roundId: z.string(),
      role: RoleSchema,
      name: z.string(),
    }),
  ])
  .meta({ id: 'Me', description: 'Who the bearer token belongs to' });
export type Me = z.infer<typeof MeSchema>;
