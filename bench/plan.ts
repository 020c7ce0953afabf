/**
 * The udviklingsplan at 20 initiatives × 30 steps (600 steps, 20 recommendations chosen):
 * GET …/plan and GET …/plan.pdf through the whole app with app.inject (auth, access and
 * phase check, the plan's queries, labels and overdue flags, response validation and JSON;
 * for the PDF the render too).
 *
 * The round is inserted directly in `reported` with five focus points of four
 * recommendations; the plan itself is written through the API, as a leader would.
 *
 *   npx tsx bench/plan.ts
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';
import { DEFAULT_FORM } from '../src/domain/default-form.js';
import { STEP_KINDS, STEP_STATES } from '../src/domain/plan.js';
import { writeForm } from '../src/services/form-service.js';
import { hashToken } from '../src/services/tokens.js';
import { median } from './lib.js';

export const PLAN_INITIATIVES = 20;
export const PLAN_STEPS = 30;
const WARM_UP = 5;
const RUNS = 30;
const PDF_RUNS = 5;
const LEADER_TOKEN = 'bench-plan-leader-token-0123456789';

function reportedRound() {
  const db = openDatabase(':memory:');
  const client = db.$client;
  const roundId = randomUUID();
  const now = new Date().toISOString();
  const recommendationIds: string[] = [];
  db.transaction((tx) => {
    client
      .prepare(
        `INSERT INTO rounds (id, title, organisation, purpose, phase, development_question, updated_at)
         VALUES (?, ?, ?, ?, 'reported', ?, ?)`,
      )
      .run(
        roundId,
        'Benchmark af udviklingsplanen',
        'Fjordby Kommune',
        'Måling',
        DEFAULT_FORM.developmentQuestion,
        now,
      );
    writeForm(tx, roundId, DEFAULT_FORM);
    client
      .prepare('INSERT INTO members (id, round_id, name, affiliation, role, token_hash) VALUES (?, ?, ?, ?, ?, ?)')
      .run(randomUUID(), roundId, 'Mødeleder', 'Kvalitet', 'leader', hashToken(LEADER_TOKEN));
    for (let f = 1; f <= 5; f++) {
      const focusPointId = randomUUID();
      client
        .prepare(
          'INSERT INTO focus_points (id, round_id, title, discussion, position, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(focusPointId, roundId, `Fokuspunkt ${f}`, 'Panelets drøftelse.', f, now);
      for (let r = 1; r <= 4; r++) {
        const id = randomUUID();
        recommendationIds.push(id);
        client
          .prepare(
            `INSERT INTO recommendations (id, round_id, focus_point_id, text, position, updated_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            id,
            roundId,
            focusPointId,
            `Det anbefales, at praksis ${f}.${r} styrkes med faste opfølgninger.`,
            r,
            now,
          );
      }
    }
  });
  return { db, roundId, recommendationIds };
}

async function inject(
  app: Awaited<ReturnType<typeof buildApp>>['app'],
  method: 'GET' | 'POST',
  url: string,
  body?: object,
) {
  const res = await app.inject({ method, url, headers: { authorization: `Bearer ${LEADER_TOKEN}` }, payload: body });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  return res;
}

/** CPU time this process spent since `since` (user + system), in ms: what other processes on the cores cannot inflate. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export interface PlanFigures {
  readMs: number;
  readCpuMs: number;
  pdfMs: number;
  pdfCpuMs: number;
  pdfBytes: number;
  steps: number;
}

export async function benchPlan(): Promise<PlanFigures> {
  const { db, roundId, recommendationIds } = reportedRound();
  const { app } = await buildApp({
    config: testConfig({ adminToken: 'bench-admin-token-0123456789' }),
    db,
    clock: () => new Date('2026-06-15T10:00:00Z'),
  });
  const base = `/api/v1/rounds/${roundId}/plan`;
  try {
    for (let i = 0; i < PLAN_INITIATIVES; i++) {
      const initiative = await inject(app, 'POST', `${base}/initiatives`, {
        title: `Indsatsområde om praksis nr. ${i + 1}`,
        status: 'Status: praksis er uens på tværs af teams, og opfølgningen sker ikke systematisk. '.repeat(3),
        phase: (['decide', 'plan', 'execute', 'embed'] as const)[i % 4],
        recommendationIds: [recommendationIds[i % recommendationIds.length]],
        guidance: ['Læs de nationale retningslinjer.', 'Drøft skabelonen på personalemødet.'],
      });
      const initiativeId = (initiative.json() as { id: string }).id;
      for (let s = 0; s < PLAN_STEPS; s++) {
        const month = String((s % 12) + 1).padStart(2, '0');
        await inject(app, 'POST', `${base}/initiatives/${initiativeId}/steps`, {
          kind: STEP_KINDS[s % 3],
          text: `Trin ${s + 1}: workshop og opfølgning på skabelonen i teamet`,
          start: `2026-${month}-01`,
          due: `2026-${month}-20`,
          responsible: 'Alle medarbejdere og ledere; koordineres af teamlederen',
          state: STEP_STATES[s % 4],
          statusText: 'Drøftet på personalemødet; næste skridt aftalt.',
        });
      }
    }
    const read = async () => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const res = await inject(app, 'GET', base);
      return { ms: performance.now() - start, cpuMs: cpuMs(cpu), body: res.body };
    };
    const first = JSON.parse((await read()).body) as { initiatives: { steps: unknown[] }[] };
    const steps = first.initiatives.reduce((n, initiative) => n + initiative.steps.length, 0);
    if (steps !== PLAN_INITIATIVES * PLAN_STEPS)
      throw new Error(`expected ${PLAN_INITIATIVES * PLAN_STEPS} steps, got ${steps}`);
    for (let i = 1; i < WARM_UP; i++) await read();
    const reads = [];
    for (let i = 0; i < RUNS; i++) reads.push(await read());
    const pdfs = [];
    let pdfBytes = 0;
    for (let i = 0; i < PDF_RUNS; i++) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const res = await inject(app, 'GET', `/api/v1/rounds/${roundId}/plan.pdf`);
      pdfs.push({ ms: performance.now() - start, cpuMs: cpuMs(cpu) });
      pdfBytes = res.rawPayload.length;
    }
    return {
      readMs: median(reads.map((r) => r.ms)),
      readCpuMs: median(reads.map((r) => r.cpuMs)),
      pdfMs: median(pdfs.map((r) => r.ms)),
      pdfCpuMs: median(pdfs.map((r) => r.cpuMs)),
      pdfBytes,
      steps,
    };
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { readMs, readCpuMs, pdfMs, pdfCpuMs, pdfBytes, steps } = await benchPlan();
  process.stdout.write(
    [
      `Udviklingsplan, ${PLAN_INITIATIVES} initiatives × ${PLAN_STEPS} steps (${steps} steps):`,
      `  GET …/plan, median of ${RUNS} after ${WARM_UP} warm-up: ${readMs.toFixed(2)} ms (CPU ${readCpuMs.toFixed(2)} ms; target < 20 ms)`,
      `  GET …/plan.pdf, median of ${PDF_RUNS}: ${pdfMs.toFixed(0)} ms (CPU ${pdfCpuMs.toFixed(0)} ms), ${(pdfBytes / 1024).toFixed(0)} KiB (target < 1 s)`,
      '',
    ].join('\n'),
  );
}
