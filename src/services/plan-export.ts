import type { Db } from '../db/connection.js';
import { toCsv } from '../domain/csv.js';
import { STEP_KIND_LABELS } from '../domain/plan.js';
import type { Principal } from '../domain/principal.js';
import type { PlanDocument } from '../report/plan-pdf.js';
import type { RenderPlanPdf } from './pdf-renderer.js';
import type { Clock } from './plan-service.js';
import { loadPlanRound, readPlan } from './plan-store.js';

export const PLAN_CSV_HEADER = [
  'Indsatsområde nr.',
  'Indsatsområde',
  'Implementeringsfase',
  'Trin',
  'Type',
  'Beskrivelse',
  'Start',
  'Dato',
  'Ansvarlig/udfører/deltagere',
  'Tilstand',
  'Status',
  'Overskredet',
  'Opdateret',
] as const;

/** `render` is the isolated renderer's plan path (src/services/pdf-renderer.ts) in the app. */
export function createPlanExport(db: Db, render: RenderPlanPdf, clock: Clock = () => new Date()) {
  /** The plan and the round it belongs to, read in one transaction; every member may. */
  function read(principal: Principal, roundId: string): PlanDocument {
    return db.transaction((tx) => {
      const round = loadPlanRound(tx, principal, roundId, false);
      const now = clock();
      return {
        round: { title: round.title, organisation: round.organisation },
        plan: readPlan(tx, roundId, now),
        generatedAt: now.toISOString(),
      };
    });
  }

  /** One row per step in plan order, for Danish Excel (src/domain/csv.ts). */
  function csv(principal: Principal, roundId: string): { filename: string; body: string } {
    const { plan } = read(principal, roundId);
    const rows = plan.initiatives.flatMap((initiative) =>
      initiative.steps.map((step) => [
        initiative.number,
        initiative.title,
        initiative.phaseLabel,
        step.label,
        STEP_KIND_LABELS[step.kind],
        step.text,
        step.start,
        step.due,
        step.responsible,
        step.stateLabel,
        step.statusText,
        step.overdue ? 'ja' : 'nej',
        step.updatedAt,
      ]),
    );
    return { filename: `udviklingsplan-${roundId}.csv`, body: toCsv(PLAN_CSV_HEADER, rows) };
  }

  /** Rendered fresh on every request, after the read transaction has ended. */
  async function pdf(principal: Principal, roundId: string): Promise<Buffer> {
    return render(read(principal, roundId));
  }

  return { csv, pdf };
}

export type PlanExport = ReturnType<typeof createPlanExport>;
