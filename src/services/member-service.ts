import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { members } from '../db/schema.js';
import { isAtLeast } from '../domain/phases.js';
import { ROLE_LABELS, type Role } from '../domain/roles.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { conflict, notFound } from './errors.js';
import { recordAudit } from './audit.js';
import { forgetPrincipals } from './principal-cache.js';
import { LIMITS } from '../domain/limits.js';
import { loadRound, requireNotReported, touchRound } from './round-access.js';
import { requireBelow, requireRoundSize } from './round-limits.js';
import { hashToken, newToken } from './tokens.js';

type MemberRow = typeof members.$inferSelect;

/** A panel member as the API answers it; never the token or its hash. */
export interface Member {
  id: string;
  name: string;
  affiliation: string;
  role: Role;
  roleLabel: string;
  createdAt: string;
}

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
  function add(principal: Principal, roundId: string, input: { name: string; affiliation: string; role: Role }) {
    return db.transaction((tx) => {
      const round = loadRound(tx, principal, roundId, 'round.manage');
      requireNotReported(round);
      // A panelist joining after rating began would change what every result is computed over.
      if (input.role === 'panelist' && isAtLeast(round.phase, 'rating')) {
        throw conflict('Panelists can only be added before rating begins.');
      }
      const memberCount = tx
        .select({ n: sql<number>`count(*)` })
        .from(members)
        .where(eq(members.roundId, roundId))
        .get();
      requireBelow(memberCount?.n ?? 0, LIMITS.membersPerRound, 'members');
      if (input.role === 'panelist') {
        requireRoundSize(tx, roundId, (size) => ({ ...size, panelists: size.panelists + 1 }));
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
