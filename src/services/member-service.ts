import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { members } from '../db/schema.js';
import type { Member, MemberCreated, MemberInput } from '../contract/member.js';
import { ROLE_LABELS } from '../domain/roles.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { notFound } from './errors.js';
import { recordAudit } from './audit.js';
import { forgetPrincipals } from './principal-cache.js';
import { LIMITS } from '../domain/limits.js';
import { loadRound, loadRoundForWrite, touchRound } from './round-access.js';
import { requireBelow, requireRoundSize } from './round-limits.js';
import { hashToken, newToken } from './tokens.js';
import { PANEL_ORDER } from './orderings.js';

type MemberRow = typeof members.$inferSelect;

export type { Member };

export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    name: row.name,
    affiliation: row.affiliation,
    role: row.role,
    roleLabel: ROLE_LABELS[row.role],
    createdAt: row.createdAt,
  };
}

export function createMemberService(db: Db) {
  function add(principal: Principal, roundId: string, input: MemberInput): MemberCreated {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, input.role === 'panelist' ? 'members.addPanelist' : 'members.addStaff');
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
    return db
      .select()
      .from(members)
      .where(eq(members.roundId, roundId))
      .orderBy(...PANEL_ORDER)
      .all()
      .map(toMember);
  }

  function remove(principal: Principal, roundId: string, memberId: string): void {
    db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'members.remove');
      const member = tx
        .select({ id: members.id, role: members.role })
        .from(members)
        .where(and(eq(members.id, memberId), eq(members.roundId, roundId)))
        .get();
      if (!member) throw notFound('member');
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

  /** A lost link: a new token for the member; the old one stops working at once. */
  function reissue(principal: Principal, roundId: string, memberId: string) {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'members.reissueLink');
      const row = tx
        .select()
        .from(members)
        .where(and(eq(members.id, memberId), eq(members.roundId, roundId)))
        .get();
      if (!row) throw notFound('member');
      const token = newToken();
      tx.update(members)
        .set({ tokenHash: hashToken(token) })
        .where(eq(members.id, memberId))
        .run();
      // The cache maps token hashes to principals: the old hash must not authenticate any more.
      forgetPrincipals(db);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'member.token_reissued',
        targetType: 'member',
        targetId: memberId,
        details: { role: row.role },
      });
      return { member: toMember(row), token };
    });
  }

  return { add, list, remove, reissue };
}

export type MemberService = ReturnType<typeof createMemberService>;
