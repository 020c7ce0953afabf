import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { caseDocuments, cases } from '../db/schema.js';
import type { AnonymisedCase, Case, CaseInput, CaseSummary } from '../contract/case.js';
import { caseTargets, redactTexts, scanTexts } from '../domain/anonymisation.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { caseCodeTaken, notFound } from './errors.js';
import { recordAudit } from './audit.js';
import { documentsAsText } from './document-import.js';
import { personalDataProblem } from './personal-data-guard.js';
import { loadRound, loadRoundForWrite, touchRound } from './round-access.js';
import { CASE_ORDER } from './orderings.js';
import { requireRoundSize } from './round-limits.js';

/** A case as the API answers it. */
export type CaseView = Case;
export type { CaseInput, CaseSummary };

/** A case whose documents are all text. */
type TextCase = Omit<CaseInput, 'documents'> & { documents: { title: string; text: string }[] };

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

function scanOptions(input: CaseInput) {
  return { knownIdentifiers: input.knownIdentifiers ?? [], allowTerms: input.allowTerms ?? [] };
}

/** The case and its documents, numbered from 1; returns the new case's id. */
function insertCase(tx: DbOrTx, roundId: string, input: TextCase): string {
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
  /** Access, role and phase (the phases in which cases may be added): before any file is read or text scanned. */
  function requireCaseWrite(principal: Principal, roundId: string) {
    loadRoundForWrite(db, principal, roundId, 'cases');
  }

  async function add(principal: Principal, roundId: string, input: CaseInput): Promise<CaseView> {
    requireCaseWrite(principal, roundId);
    const textCase: TextCase = { ...input, documents: await documentsAsText(input.documents) };
    return db.transaction((tx) => {
      // Checked again: the round may have moved on while a file was being read.
      loadRoundForWrite(tx, principal, roundId, 'cases');
      const scan = scanTexts(caseTargets(textCase), scanOptions(input));
      if (scan.total > 0) throw personalDataProblem('identifiable-case-material', 'Sagsmaterialet', scan);
      const duplicate = tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.roundId, roundId), eq(cases.code, input.code)))
        .get();
      if (duplicate) throw caseCodeTaken();
      requireRoundSize(tx, roundId, (size) => ({ ...size, cases: size.cases + 1 }));
      const id = insertCase(tx, roundId, textCase);
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

  /**
   * The case with every finding replaced by its placeholder, and the findings. Stores nothing
   * and logs nothing of the text: the leader reviews it and posts the redacted case.
   */
  async function preview(principal: Principal, roundId: string, input: CaseInput): Promise<AnonymisedCase> {
    requireCaseWrite(principal, roundId);
    const documents = await documentsAsText(input.documents);
    requireCaseWrite(principal, roundId);
    const targets = caseTargets({ ...input, documents });
    const { values, result } = redactTexts(targets, scanOptions(input));
    const at = (i: number) => values[i] ?? null;
    return {
      case: {
        code: at(0) ?? input.code,
        area: at(1) ?? input.area,
        summary: at(2),
        selection: { developmentPotential: at(3), complexity: at(4), recent: at(5) },
        documents: documents.map((_, d) => ({ title: at(6 + 2 * d) ?? '', text: at(7 + 2 * d) ?? '' })),
      },
      findings: result.findings,
      findingsTotal: result.total,
      truncated: result.truncated,
    };
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

  return { add, preview, list, get, remove };
}

export type CaseService = ReturnType<typeof createCaseService>;
