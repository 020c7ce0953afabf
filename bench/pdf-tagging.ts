/**
 * What tagging (PDF/UA structure tree, artifacts, alt text) costs: the same report model
 * rendered in this process with and without tags, alternating so background load hits both
 * alike. The service always renders tagged; the untagged render exists only for this figure.
 */
import { performance } from 'node:perf_hooks';
import { renderReport } from '../src/report/pdf.js';
import type { ReportModel } from '../src/report/model.js';
import { median } from './lib.js';

export interface TaggingCost {
  runs: number;
  untaggedMs: number[];
  taggedMs: number[];
  untaggedBytes: number;
  taggedBytes: number;
  /** median tagged / median untagged */
  ratio: number;
}

export async function benchTagging(model: ReportModel, runs: number): Promise<TaggingCost> {
  // Warm-up: fonts, code paths, the glyph-coverage cache.
  const untaggedBytes = (await renderReport(model, false)).length;
  const taggedBytes = (await renderReport(model, true)).length;
  const untaggedMs: number[] = [];
  const taggedMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const tagged of i % 2 === 0 ? [false, true] : [true, false]) {
      const start = performance.now();
      await renderReport(model, tagged);
      (tagged ? taggedMs : untaggedMs).push(performance.now() - start);
    }
  }
  return { runs, untaggedMs, taggedMs, untaggedBytes, taggedBytes, ratio: median(taggedMs) / median(untaggedMs) };
}
