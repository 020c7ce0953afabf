import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { members } from '../db/schema.js';
import type { Member, MemberCreated, MemberInput } from '../contract/member.js';
import { isAtLeast } from '../domain/phases.js';
import { ROLE_LABELS, type Role } from '../domain/roles.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { conflict, notFound } from './errors.js';
import { recordAudit } from './audit.js';
import { forgetPrincipals } from './principal-cache.js';
import { loadRound, requireNotReported, touchRound } from './round-access.js';
import { hashToken, newToken } from './tokens.js';

type MemberRow = typeof members.$inferSelect;

export type { Member };

export function toMember(row: MemberRow): Member {
  const role = row.role as Role;
  return {
    id: row.id,
    name: row.name,
    affiliation: row.affiliation,
    role,
    roleLabel: ROLE_LABELS[role],
    createdAt: row.createdAt,
  };
}

export function createMemberService(db: Db) {
  function add(principal: Principal, roundId: string, input: MemberInput): MemberCreated {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'round.manage');
      requireNotReported(round);
      // A panelist joining after rating began would change what every result is computed over.
      if (input.role === 'panelist' && isAtLeast(round.phase, 'rating')) {
        throw conflict('Panelists can only be added before rating begins.');
      }
      const id = randomUUID();
      const token = newToken();
      tx.insert(members)
        .values({ id, roundId, ...input, tokenHash: hashToken(token) })
        .run();
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'member.added',
        targetType: 'member',
        targetId: id,
        details: { role: input.role },
      });
      const row = tx.select().from(members).where(eq(members.id, id)).get() as MemberRow;
      return { member: toMember(row), token };
    });
  }

  function list(principal: Principal, roundId: string): Member[] {
    loadRound(db, principal, roundId, 'round.read');
    return (
      db
        .select()
        .from(members)
        .where(eq(members.roundId, roundId))
        // rowid breaks ties within a millisecond: insertion order, as in the report's panel list.
        .orderBy(asc(members.createdAt), asc(sql`rowid`))
        .all()
        .map(toMember)
    );
  }

  function remove(principal: Principal, roundId: string, memberId: string): void {
    db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'round.manage');
      const member = tx
        .select({ id: members.id, role: members.role })
        .from(members)
        .where(and(eq(members.id, memberId), eq(members.roundId, roundId)))
        .get();
      if (!member) throw notFound('Member');
      if (isAtLeast(round.phase, 'rating')) {
        throw conflict('Members cannot be removed once rating has begun: their ratings belong to the round.');
      }
      tx.delete(members).where(eq(members.id, memberId)).run();
      forgetPrincipals(db);
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'member.removed',
        targetType: 'member',
        targetId: memberId,
        details: { role: member.role },
      });
    });
  }

  return { add, list, remove };
}

export type MemberService = ReturnType<typeof createMemberService>;
