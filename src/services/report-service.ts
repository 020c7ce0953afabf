import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { reports } from '../db/schema.js';
import type { Principal } from '../domain/principal.js';
import { assembleReport } from './report-model-service.js';
import type { ReportModel } from '../report/model.js';
import type { RenderPdf } from './pdf-renderer.js';
import { loadRound } from './round-access.js';
import type { FinalReportRenderer, FinalReportStore } from './round-service.js';

export interface ReportPdf {
  pdf: Buffer;
  draft: boolean;
  /** Present for the published report: the stored sha256. */
  sha256: string | null;
}

function storedReport(tx: DbOrTx, roundId: string) {
  return tx.select().from(reports).where(eq(reports.roundId, roundId)).get();
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `render` is the isolated renderer (src/services/pdf-renderer.ts) in the app. */
export function createReportService(db: Db, render: RenderPdf) {
  /** After the access check: the stored report, if the round is reported. */
  function storedIfReported(tx: DbOrTx, principal: Principal, roundId: string) {
    const round = loadRound(tx, principal, roundId, 'report.read');
    return round.phase === 'reported' ? storedReport(tx, roundId) : undefined;
  }

  const draftModel = (tx: DbOrTx, roundId: string) =>
    assembleReport(tx, roundId, { draft: true, generatedAt: new Date().toISOString() });

  /** The report model; for a reported round, the model as published (its stored date). */
  function model(principal: Principal, roundId: string): ReportModel {
    return db.transaction((tx) => {
      const stored = storedIfReported(tx, principal, roundId);
      return stored
        ? assembleReport(tx, roundId, { draft: false, generatedAt: stored.createdAt })
        : draftModel(tx, roundId);
    });
  }

  /** Before `reported` a freshly rendered draft; after, the stored bytes exactly. */
  async function pdf(principal: Principal, roundId: string): Promise<ReportPdf> {
    const read = db.transaction((tx) => {
      const stored = storedIfReported(tx, principal, roundId);
      return stored ? { stored } : { draft: draftModel(tx, roundId) };
    });
    if (read.stored) return { pdf: read.stored.pdf, draft: false, sha256: read.stored.sha256 };
    // Rendering is I/O-bound work; it runs after the read transaction has ended.
    return { pdf: await render(read.draft), draft: true, sha256: null };
  }

  return { model, pdf };
}

export type ReportService = ReturnType<typeof createReportService>;

/**
 * The round service's publishing hooks: `render` assembles the final model in one read and
 * renders it outside any transaction; `store` saves the bytes inside the transition's
 * transaction, dated with the time the PDF prints.
 */
export function createPublishing(db: Db, render: RenderPdf): { render: FinalReportRenderer; store: FinalReportStore } {
  return {
    async render(roundId) {
      const generatedAt = new Date().toISOString();
      const model = db.transaction((tx) => assembleReport(tx, roundId, { draft: false, generatedAt }));
      return { pdf: await render(model), generatedAt };
    },
    store(tx, roundId, { pdf, generatedAt }) {
      tx.insert(reports)
        .values({ roundId, pdf, sha256: sha256Hex(pdf), createdAt: generatedAt })
        .run();
    },
  };
}
