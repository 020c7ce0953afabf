/**
 * Worker-thread entry for PDF rendering (see src/services/pdf-renderer.ts). It receives a
 * report model or a plan document, which are plain data, and answers the PDF's bytes; a render
 * that throws answers the error's message. Running out of memory or time ends the thread,
 * never the server.
 */
import { parentPort } from 'node:worker_threads';
import type { ReportModel } from './model.js';
import { renderReportPdf } from './pdf.js';
import { renderPlanPdf, type PlanDocument } from './plan-pdf.js';

/** What to render: the report (report.pdf) or the udviklingsplan (plan.pdf). */
export type RenderJob = { kind: 'report'; model: ReportModel } | { kind: 'plan'; model: PlanDocument };

export type RenderRequest = { id: number } & RenderJob;

export type RenderAnswer = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('pdf-worker runs only as a worker thread');

port.on('message', async (request: RenderRequest) => {
  const { id } = request;
  let answer: RenderAnswer;
  try {
    const pdf = request.kind === 'plan' ? await renderPlanPdf(request.model) : await renderReportPdf(request.model);
    answer = { id, ok: true, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
