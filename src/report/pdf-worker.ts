/**
 * Worker-thread entry for PDF rendering (see src/services/pdf-renderer.ts). It receives a
 * report model, which is plain data, and answers the PDF's bytes; a render that throws
 * answers the error's message. Running out of memory or time ends the thread, never the server.
 */
import { parentPort } from 'node:worker_threads';
import type { ReportModel } from './model.js';
import { renderReportPdf } from './pdf.js';

export interface RenderRequest {
  id: number;
  model: ReportModel;
}

export type RenderAnswer = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('pdf-worker runs only as a worker thread');

port.on('message', async ({ id, model }: RenderRequest) => {
  let answer: RenderAnswer;
  try {
    const pdf = await renderReportPdf(model);
    answer = { id, ok: true, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
