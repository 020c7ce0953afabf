/**
 * Writes the fixture afrapportering to a file for eyeballing:
 *   npx tsx scripts/render-sample-pdf.ts out.pdf [--large] [--draft]
 */
import { writeFile } from 'node:fs/promises';
import { renderReportPdf } from '../src/report/pdf.js';
import { largeReportModel, seedLikeReportModel } from '../test/helpers/report-fixture.js';

const [, , target, ...flags] = process.argv;
if (!target) {
  console.error('usage: tsx scripts/render-sample-pdf.ts <output.pdf> [--large] [--draft]');
  process.exit(2);
}
const draft = flags.includes('--draft');
const model = flags.includes('--large') ? largeReportModel({ draft }) : seedLikeReportModel({ draft });
const started = performance.now();
const pdf = await renderReportPdf(model);
await writeFile(target, pdf);
console.log(`${target}: ${pdf.length} bytes in ${Math.round(performance.now() - started)} ms`);
