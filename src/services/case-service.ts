import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { caseDocuments, cases } from '../db/schema.js';
import type { Case, CaseInput, CaseSummary } from '../contract/case.js';
import { scanDocuments, scanFields } from '../domain/anonymisation.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { caseCodeTaken, notFound, unprocessable } from './errors.js';
import { recordAudit } from './audit.js';
import { loadRound, loadRoundForWrite, touchRound } from './round-access.js';
import { CASE_ORDER } from './orderings.js';
import { requireRoundSize } from './round-limits.js';

/** A case as the API answers it. */
export type CaseView = Case;
export type { CaseInput, CaseSummary };

type CaseRow = typeof cases.$inferSelect;

/** Cases in their order without document texts (the report and results need no more). */
export function readCaseSummaries(tx: DbOrTx, roundId: string, caseId?: string): CaseSummary[] {
  const where = caseId ? and(eq(cases.roundId, roundId), eq(cases.id, caseId)) : eq(cases.roundId, roundId);
  return tx
    .select()
    .from(cases)
    .where(where)
    .orderBy(...CASE_ORDER)
    .all()
    .map((row: CaseRow) => ({
      id: row.id,
      code: row.code,
      area: row.area,
      summary: row.summary,
      selection: {
        developmentPotential: row.developmentPotential,
        complexity: row.complexity,
        recent: row.recent,
      },
      createdAt: row.createdAt,
    }));
}

export function readCases(tx: DbOrTx, roundId: string, caseId?: string): CaseView[] {
  const summaries = readCaseSummaries(tx, roundId, caseId);
  if (summaries.length === 0) return [];
  const documents = tx
    .select()
    .from(caseDocuments)
    .where(
      inArray(
        caseDocuments.caseId,
        summaries.map((c) => c.id),
      ),
    )
    .orderBy(asc(caseDocuments.position))
    .all();
  return summaries.map((summary) => ({
    ...summary,
    documents: documents
      .filter((d) => d.caseId === summary.id)
      .map(({ id, position, title, text }) => ({ id, position, title, text })),
  }));
}

/** Every personal identifier in the case: its documents and its own texts. */
function scanCase(input: CaseInput) {
  const known = input.knownIdentifiers ?? [];
  return [
    ...scanFields(
      {
        code: input.code,
        area: input.area,
        summary: input.summary,
        'selection.developmentPotential': input.selection?.developmentPotential,
        'selection.complexity': input.selection?.complexity,
        'selection.recent': input.selection?.recent,
      },
      known,
    ),
    ...scanDocuments(input.documents, known),
  ];
}

/** The case and its documents, numbered from 1; returns the new case's id. */
function insertCase(tx: DbOrTx, roundId: string, input: CaseInput): string {
  const id = randomUUID();
  tx.insert(cases)
    .values({
      id,
      roundId,
      code: input.code,
      area: input.area,
      summary: input.summary ?? null,
      developmentPotential: input.selection?.developmentPotential ?? null,
      complexity: input.selection?.complexity ?? null,
      recent: input.selection?.recent ?? null,
    })
    .run();
  input.documents.forEach((doc, position) =>
    tx
      .insert(caseDocuments)
      .values({ id: randomUUID(), caseId: id, position: position + 1, ...doc })
      .run(),
  );
  return id;
}

export function createCaseService(db: Db) {
  function add(principal: Principal, roundId: string, input: CaseInput): CaseView {
    // Scan before anything touches the database: a refused case leaves no trace.
    const findings = scanCase(input);
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'cases');
      if (findings.length > 0) {
        throw unprocessable(
          'identifiable-case-material',
          `Sagsmaterialet indeholder ${findings.length === 1 ? 'én personhenførbar oplysning' : `${findings.length} personhenførbare oplysninger`}; anonymisér det, og send det igen. Intet er gemt.`,
          { findings },
        );
      }
      const duplicate = tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.roundId, roundId), eq(cases.code, input.code)))
        .get();
      if (duplicate) throw caseCodeTaken();
      requireRoundSize(tx, roundId, (size) => ({ ...size, cases: size.cases + 1 }));
      const id = insertCase(tx, roundId, input);
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'case.added',
        targetType: 'case',
        targetId: id,
        details: { documents: input.documents.length },
      });
      return readCases(tx, roundId, id)[0] as CaseView;
    });
  }

  function list(principal: Principal, roundId: string): CaseView[] {
    loadRound(db, principal, roundId, 'round.read');
    return readCases(db, roundId);
  }

  function get(principal: Principal, roundId: string, caseId: string): CaseView {
    loadRound(db, principal, roundId, 'round.read');
    const found = readCases(db, roundId, caseId)[0];
    if (!found) throw notFound('case');
    return found;
  }

  function remove(principal: Principal, roundId: string, caseId: string): void {
    db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'cases');
      const found = tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.roundId, roundId), eq(cases.id, caseId)))
        .get();
      if (!found) throw notFound('case');
      tx.delete(cases).where(eq(cases.id, caseId)).run();
      touchRound(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'case.removed',
        targetType: 'case',
        targetId: caseId,
      });
    });
  }

  return { add, list, get, remove };
}

export type CaseService = ReturnType<typeof createCaseService>;
