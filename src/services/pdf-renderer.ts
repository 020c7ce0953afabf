import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReportModel } from '../report/model.js';
import type { PlanDocument } from '../report/plan-pdf.js';
import type { RenderAnswer, RenderJob } from '../report/pdf-worker.js';
import { reportBusy, reportRenderFailed } from './errors.js';

export interface RenderLimits {
  /** Wall-clock budget of one render, counted from when the worker receives it. */
  timeoutMs: number;
  /** The worker's JavaScript heap (V8 old generation), apart from the server's own. */
  maxOldGenerationSizeMb: number;
  /** Renders that may wait behind the running one; more are refused as busy. */
  maxWaiting: number;
  /** An idle worker is ended after this long, which returns pdfkit's and the fonts' memory. */
  idleMs: number;
}

export const RENDER_LIMITS: RenderLimits = {
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 64,
  maxWaiting: 16,
  idleMs: 60_000,
};

export type RenderPdf = (model: ReportModel) => Promise<Buffer>;
export type RenderPlanPdf = (model: PlanDocument) => Promise<Buffer>;

interface Job {
  request: RenderJob;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Renders report PDFs in one worker thread, one at a time, each within a time budget and
 * the worker's own heap limit. pdfkit's layout is synchronous: in the server's thread a
 * pathological report would block every request and could exhaust the server's heap. Here a
 * render that throws, times out or runs out of memory rejects with a 503 problem, the worker
 * is replaced, and the next render starts fresh. The boundary is the report model (plain
 * data, copied to the worker); what renders it is src/report/pdf.ts, unchanged. The
 * udviklingsplan (src/report/plan-pdf.ts) renders through the same worker, queue and budget.
 */
export function createPdfRenderer(
  limits: RenderLimits = RENDER_LIMITS,
  logFailure: (cause: string, error?: unknown) => void = () => {},
) {
  let worker: Worker | null = null;
  let running: { job: Job; id: number; timer: NodeJS.Timeout } | null = null;
  const waiting: Job[] = [];
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;
  let closed = false;

  function finish(outcome: { pdf: Buffer } | { error: Error }): void {
    const current = running;
    if (!current) return;
    clearTimeout(current.timer);
    running = null;
    if ('pdf' in outcome) current.job.resolve(outcome.pdf);
    else current.job.reject(outcome.error);
    next();
  }

  function discardWorker(): void {
    const old = worker;
    worker = null;
    if (old) void old.terminate();
  }

  function startWorker(): Worker {
    const started = spawnRenderWorker(limits.maxOldGenerationSizeMb);
    started.unref();
    started.on('message', (answer: RenderAnswer) => {
      if (running?.id !== answer.id) return;
      if (answer.ok) {
        finish({ pdf: Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength) });
        return;
      }
      logFailure('failed', answer.message);
      finish({ error: reportRenderFailed('failed') });
    });
    started.on('error', (error: NodeJS.ErrnoException) => {
      if (worker !== started) return;
      worker = null;
      const cause = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failed';
      logFailure(cause, error);
      finish({ error: reportRenderFailed(cause) });
    });
    started.on('exit', () => {
      if (worker !== started) return;
      worker = null;
      logFailure('failed', 'the render worker exited');
      finish({ error: reportRenderFailed('failed') });
    });
    return started;
  }

  function next(): void {
    if (running || closed) return;
    const job = waiting.shift();
    if (!job) {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(discardWorker, limits.idleMs).unref();
      return;
    }
    clearTimeout(idleTimer);
    worker ??= startWorker();
    const id = nextId++;
    const timer = setTimeout(() => {
      logFailure('timeout');
      discardWorker();
      finish({ error: reportRenderFailed('timeout') });
    }, limits.timeoutMs);
    running = { job, id, timer };
    try {
      worker.postMessage({ id, ...job.request });
    } catch (error) {
      logFailure('failed', error);
      finish({ error: reportRenderFailed('failed') });
    }
  }

  function enqueue(request: RenderJob): Promise<Buffer> {
    if (closed) return Promise.reject(reportBusy());
    if (running && waiting.length >= limits.maxWaiting) return Promise.reject(reportBusy());
    return new Promise<Buffer>((resolve, reject) => {
      waiting.push({ request, resolve, reject });
      next();
    });
  }

  const render: RenderPdf = (model) => enqueue({ kind: 'report', model });
  const renderPlan: RenderPlanPdf = (model) => enqueue({ kind: 'plan', model });

  async function close(): Promise<void> {
    closed = true;
    clearTimeout(idleTimer);
    for (const job of waiting.splice(0)) job.reject(reportBusy());
    const old = worker;
    worker = null;
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(reportBusy());
      running = null;
    }
    if (old) await old.terminate();
  }

  return { render, renderPlan, close };
}

export type PdfRenderer = ReturnType<typeof createPdfRenderer>;

/**
 * Compiled (dist/), the worker runs pdf-worker.js directly. From source (tsx, vitest) the
 * thread has no TypeScript loader of its own, so it registers tsx's before importing the entry.
 */
function spawnRenderWorker(maxOldGenerationSizeMb: number): Worker {
  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  const entry = new URL(`../report/pdf-worker.${fromSource ? 'ts' : 'js'}`, here);
  const resourceLimits = { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 16 };
  if (!fromSource) return new Worker(entry, { resourceLimits });
  const boot = `import(${JSON.stringify(tsxEsmApi(here))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/** The ESM build of tsx's register API, as its package exports name it (require.resolve would give the CommonJS one). */
function tsxEsmApi(from: string): string {
  const require = createRequire(from);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
  const target = exports['./esm/api']?.import.default;
  if (!target) throw new Error('tsx does not export ./esm/api');
  return new URL(target, pathToFileURL(manifest)).href;
}
