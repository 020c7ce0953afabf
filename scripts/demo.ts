/**
 * `npm run demo`: drives a complete fictional audit round through the real HTTP API, writes
 * its udviklingsplan, then runs a genaudit of it on six new cases, and writes afrapportering.pdf,
 * ratings.csv, udviklingsplan.pdf, udviklingsplan.csv and genaudit.pdf (with the comparison
 * chapter) to the current folder.
 *   npm run demo                              # starts its own server on a temporary database
 *   npm run demo -- --url URL --token TOKEN   # against a running server, with the admin token
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { runDemo } from '../src/demo/run-demo.js';
import { runGenaudit } from '../src/demo/run-genaudit.js';
import { newToken } from '../src/services/tokens.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, token: { type: 'string' } } });
const log = (line: string) => process.stdout.write(`  ${line}\n`);
const started = Date.now();

/** The demo round, then its genaudit. */
async function runBoth(url: string, adminToken: string) {
  const round = await runDemo(url, adminToken, log);
  const genaudit = await runGenaudit(url, adminToken, round.roundId, log);
  return { ...round, genaudit };
}

async function withOwnServer(): Promise<Awaited<ReturnType<typeof runBoth>>> {
  const dir = mkdtempSync(join(tmpdir(), 'auditpanel-demo-'));
  const adminToken = newToken();
  const { app } = await buildApp({
    config: testConfig({ databasePath: join(dir, 'demo.sqlite'), adminToken }),
  });
  try {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    process.stdout.write(`Demo server on ${url} (temporary database in ${dir})\n`);
    return await runBoth(url, adminToken);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  if (values.url && !values.token) throw new Error('--url needs --token with the admin token.');
  const result = values.url ? await runBoth(values.url, values.token as string) : await withOwnServer();
  // npm runs scripts in the project folder; INIT_CWD is the folder the user ran npm from.
  const folder = process.env.INIT_CWD ?? process.cwd();
  const pdfPath = resolve(folder, 'afrapportering.pdf');
  const csvPath = resolve(folder, 'ratings.csv');
  const planPath = resolve(folder, 'udviklingsplan.pdf');
  const planCsvPath = resolve(folder, 'udviklingsplan.csv');
  writeFileSync(pdfPath, result.pdf);
  writeFileSync(csvPath, result.csv);
  writeFileSync(planPath, result.planPdf);
  writeFileSync(planCsvPath, result.planCsv);
  const genauditPath = resolve(folder, 'genaudit.pdf');
  writeFileSync(genauditPath, result.genaudit.pdf);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `\nDone in ${seconds} s: round ${result.roundId} is reported (${result.ratings} ratings).\n` +
      `  Report:   ${pdfPath}\n  Ratings:  ${csvPath}\n  Plan:     ${planPath}\n  Plan CSV: ${planCsvPath}\n` +
      `  Genaudit: ${genauditPath} (round ${result.genaudit.roundId})\n`,
  );
} catch (error) {
  process.stderr.write(`Demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
