import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { cases, formItems, members, ratings } from '../db/schema.js';
import { toCsv } from '../domain/csv.js';
import { ROLE_LABELS } from '../domain/roles.js';
import { scaleStep } from '../domain/scale.js';
import type { Principal } from '../domain/principal.js';
import { loadRound } from './round-access.js';
import { CASE_ORDER, PANEL_ORDER } from './orderings.js';

export const CSV_HEADER = [
  'Auditforløb',
  'Sag',
  'Spørgsmål nr.',
  'Spørgsmål',
  'Paneldeltager',
  'Rolle',
  'Værdi',
  'Vurdering',
  'Begrundelse',
  'Opdateret',
] as const;

/** One row per rating for Danish Excel (see src/domain/csv.ts), with a file name. */
export function exportRatingsCsv(db: Db, principal: Principal, roundId: string): { filename: string; body: string } {
  return db.transaction((tx) => {
    const round = loadRound(tx, principal, roundId, 'export.read');
    const rows = tx
      .select({
        caseCode: cases.code,
        itemNumber: formItems.number,
        itemText: formItems.text,
        memberName: members.name,
        role: members.role,
        value: ratings.value,
        justification: ratings.justification,
        updatedAt: ratings.updatedAt,
      })
      .from(ratings)
      .innerJoin(cases, eq(cases.id, ratings.caseId))
      .innerJoin(formItems, eq(formItems.id, ratings.itemId))
      .innerJoin(members, eq(members.id, ratings.memberId))
      .where(eq(ratings.roundId, roundId))
      .orderBy(...CASE_ORDER, asc(formItems.number), ...PANEL_ORDER)
      .all();
    const body = toCsv(
      CSV_HEADER,
      rows.map((row) => {
        const value = row.value;
        return [
          round.title,
          row.caseCode,
          row.itemNumber,
          row.itemText,
          row.memberName,
          ROLE_LABELS[row.role],
          value,
          scaleStep(value).label,
          row.justification,
          row.updatedAt,
        ];
      }),
    );
    return { filename: `vurderinger-${round.id}.csv`, body };
  });
}
