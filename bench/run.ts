/**
 * `npm run bench` (issue #6): starts the real server (src/main.ts as a child process on a
 * temporary database) and measures
 *
 *   - rating submission: PUT …/ratings/{itemId} at 50 connections for 10 s (after a 2 s
 *     warm-up), autocannon in its own process (bench/load.ts), rotating over 10,800
 *     (token, cell) pairs of a 60-case, 20-panelist round; the same requests against a bare
 *     Fastify route with one upsert (bench/ceiling-server.ts, its own process): the ceiling;
 *   - results: GET …/results at 10,800 and 108,000 ratings (bench/results.ts, in-process);
 *   - comparison: GET …/comparison of a 60-case genaudit with a 60-case baseline (bench/comparison.ts);
 *   - the PDF: draft report.pdf of the demo round (6 cases, 8 members, 17 recommendations)
 *     and of the 16 × 20 round, through the server, with the server's RSS meanwhile;
 *   - the udviklingsplan: GET …/plan and …/plan.pdf at 20 initiatives × 30 steps (bench/plan.ts,
 *     in-process), wall and CPU time;
 *   - start: spawn → healthy /health, on a fresh and on the populated database;
 *   - memory: the server's peak RSS (VmHWM) over the whole run.
 *
 * Prints a table and writes the same figures to ./bench-results.json. The exit code is 0
 * whenever the bench ran to the end, whether or not every target was met.
 *
 * BENCH_LOG_LEVEL sets the server's LOG_LEVEL (default: unset, i.e. the service's `info`);
 * BENCH_NODE_OPTIONS becomes the server's NODE_OPTIONS (e.g. "--max-old-space-size=96");
 * BENCH_NODE_ARGS are put before the server's (and the ceiling's) script, for flags NODE_OPTIONS refuses
 * (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 * BENCH_KEEP=1 keeps the temporary folder (databases, server logs).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDemoRound, runDemo } from '../src/demo/run-demo.js';
import {
  apiClient,
  cpuTicks,
  freePort,
  machineLoad,
  machineTicks,
  median,
  memoryOf,
  ROOT,
  RssSampler,
  buildServer,
  spawnServer,
  spawnTsx,
  stopProcess,
  timeDownload,
  waitHealthy,
  type Spawned,
} from './lib.js';
import type { ReportModel } from '../src/report/model.js';
import type { LoadPlan, LoadResult } from './load.js';
import { anonymisationFigures } from './anonymisation.js';
import { benchComparison } from './comparison.js';
import { benchTagging } from './pdf-tagging.js';
import { benchPlan, PLAN_INITIATIVES, PLAN_STEPS } from './plan.js';
import { benchResults } from './results.js';
import { benchLargestRound, LARGEST } from './largest.js';
import { buildLargeRound, finishLargeRound, LARGE_CASES, LARGE_PANELISTS, ratingRequests } from './rounds.js';

const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const DURATION_SECONDS = 10;
const PDF_RUNS = 5;

const TARGETS = {
  ceilingShare: 0.5,
  p99Ms: 30,
  results10kMs: 50,
  resultsRatio: 12,
  comparisonMs: 100,
  pdfDemoMs: 1000,
  pdfLargeMs: 3000,
  largestPdfMs: 20_000,
  healthDuringPdfMs: 100,
  /** Tagged PDF/UA render time over the untagged render of the same demo model (issue 17). */
  taggingRatio: 2,
  planReadMs: 20,
  planPdfMs: 1000,
  startMs: 2000,
  peakRssMb: 200,
};

interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** Human-readable target, or null for a figure reported for context only. */
  target: string | null;
  pass: boolean | null;
  note?: string;
}

const progress = (line: string) => process.stderr.write(`· ${line}\n`);

interface LoadRun extends LoadResult {
  /** CPU cores used during the run (warm-up included) by the target, the load generator and everything else. */
  cpu: { target: number; loadGenerator: number; other: number };
}

/** Runs bench/load.ts in its own process against `targetPid`, watching where the CPU time goes. */
function runLoad(plan: LoadPlan, planFile: string, targetPid: number): Promise<LoadRun> {
  writeFileSync(planFile, JSON.stringify(plan));
  const machineBefore = machineTicks();
  const targetBefore = cpuTicks(targetPid);
  const selfBefore = process.cpuUsage();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts', planFile], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // The generator's last reading before it exits (its /proc entry goes with it).
    let generatorTicks = 0;
    const watch = setInterval(() => (generatorTicks = Math.max(generatorTicks, cpuTicks(child.pid ?? -1))), 100);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(watch);
      const machine = machineTicks();
      const cores = (ticks: number) => (ticks / (machine.total - machineBefore.total)) * cpus().length;
      const self = process.cpuUsage(selfBefore);
      const selfTicks = ((self.user + self.system) / 1e6) * 100; // clock ticks are 1/100 s on Linux
      const target = cpuTicks(targetPid) - targetBefore;
      const cpu = {
        target: cores(target),
        loadGenerator: cores(generatorTicks),
        other: cores(Math.max(0, machine.busy - machineBefore.busy - target - generatorTicks - selfTicks)),
      };
      if (code !== 0) return reject(new Error(`bench/load.ts exited with ${code}`));
      try {
        resolvePromise({ ...(JSON.parse(out) as LoadResult), cpu });
      } catch {
        reject(new Error(`bench/load.ts printed no result: ${out}`));
      }
    });
  });
}

/** CPU time per request (robust to other load on the machine) and the cores others took meanwhile. */
function cpuNote(run: LoadRun): string {
  const perRequestUs = (run.cpu.target / run.requestsPerSec) * 1e6;
  return `${perRequestUs.toFixed(0)} µs CPU/req at ${run.cpu.target.toFixed(2)} cores; others ${run.cpu.other.toFixed(2)} cores`;
}

function checkLoad(name: string, result: LoadRun): void {
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors (${JSON.stringify(result.statusCodes)})`,
    );
  }
}

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'auditpanel-bench-'));
const dbPath = join(dir, 'auditpanel.sqlite');
const adminToken = `bench-admin-${randomBytes(24).toString('base64url')}`;
const serverEnv = (port: number): Record<string, string> => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_PATH: dbPath,
  AUDIT_ADMIN_TOKEN: adminToken,
  ...(process.env.BENCH_LOG_LEVEL ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {}),
  ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
});
const running: Spawned[] = [];
const figures: Figure[] = [];
const details: Record<string, unknown> = {};
const demo = loadDemoRound();

try {
  // 0. What else is running: other processes on the same cores lower every figure below.
  const backgroundBefore = await machineLoad(1000);
  details.backgroundCpuCores = { before: backgroundBefore };
  if (backgroundBefore > 0.2) {
    progress(
      `warning: other processes keep ${backgroundBefore.toFixed(2)} of ${cpus().length} cores busy; figures will be low`,
    );
  }

  // 1. Results, in this process through app.inject (bench/results.ts); nothing else runs yet.
  progress('results: building 10,800 and 108,000 ratings, timing GET …/results');
  const results = await benchResults();
  progress('comparison: a 60-case genaudit against a 60-case baseline, timing GET …/comparison');
  const comparison = await benchComparison();
  progress(`plan: ${PLAN_INITIATIVES} initiatives × ${PLAN_STEPS} steps, timing GET …/plan and …/plan.pdf`);
  const planFigures = await benchPlan();

  // 2. The server on a fresh database.
  progress('start: building (tsc) and spawning dist/src/main.js on a fresh database, as npm start does');
  buildServer();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnServer(serverEnv(port), join(dir, 'server.log'));
  running.push(server);
  const startFreshMs = await waitHealthy(server, baseUrl);
  const rss = new RssSampler(server.pid);
  const api = apiClient(baseUrl);

  // 3. The 16 × 20 round in `rating`, and the rating requests for it.
  progress(`rating: building a ${LARGE_CASES}-case, ${LARGE_PANELISTS}-panelist round through the API`);
  const large = await buildLargeRound(api, adminToken, demo);
  const requests = ratingRequests(large);

  // 4. The ceiling, in its own process, then the real server: the same requests, one after the other.
  const ceilingPort = await freePort();
  const ceilingUrl = `http://127.0.0.1:${ceilingPort}`;
  const ceiling = spawnTsx(
    'bench/ceiling-server.ts',
    { PORT: String(ceilingPort), DATABASE_PATH: join(dir, 'ceiling.sqlite') },
    join(dir, 'ceiling.log'),
    process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean),
  );
  running.push(ceiling);
  await waitHealthy(ceiling, ceilingUrl);
  const plan = (url: string): LoadPlan => ({
    url,
    method: 'PUT',
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_SECONDS,
    durationSeconds: DURATION_SECONDS,
    requests,
  });
  progress(
    `rating: ceiling (bare Fastify + 1 upsert), ${CONNECTIONS} connections, ${WARMUP_SECONDS} s + ${DURATION_SECONDS} s`,
  );
  const ceilingLoad = await runLoad(plan(ceilingUrl), join(dir, 'plan-ceiling.json'), ceiling.pid);
  checkLoad('ceiling', ceilingLoad);
  details.ceilingPeakRssMb = memoryOf(ceiling.pid).peakMb;
  await stopProcess(ceiling);
  progress(`rating: the service, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s + ${DURATION_SECONDS} s`);
  rss.reset();
  const serverLoad = await runLoad(plan(baseUrl), join(dir, 'plan-server.json'), server.pid);
  checkLoad('server', serverLoad);
  const rssDuringLoad = rss.max();
  details.load = {
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_SECONDS,
    durationSeconds: DURATION_SECONDS,
    pairs: requests.length,
    ceiling: ceilingLoad,
    server: serverLoad,
  };

  // 5. The demo round: runDemo drives it; just before it publishes, the draft PDF is timed.
  progress('pdf: the demo round through runDemo; draft report.pdf timed before publishing');
  const demoDraft: number[] = [];
  let demoPdfBytes = 0;
  let demoRss = 0;
  let publishMs = NaN;
  let demoModel: ReportModel | undefined;
  const originalFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const transition = /\/api\/v1\/rounds\/([^/]+)\/transitions$/.exec(new URL(request.url).pathname);
    if (request.method === 'POST' && transition?.[1]) {
      const { to } = JSON.parse(await request.clone().text()) as {
        to?: string;
      };
      if (to === 'reported') {
        const url = `${baseUrl}/api/v1/rounds/${transition[1]}/report.pdf`;
        rss.reset();
        for (let i = 0; i < PDF_RUNS; i++) {
          const { ms, bytes } = await timeDownload(url, adminToken);
          demoDraft.push(ms);
          demoPdfBytes = bytes;
        }
        demoRss = rss.max();
        demoModel = await api<ReportModel>(adminToken, 'GET', `/api/v1/rounds/${transition[1]}/report`);
        const start = performance.now();
        const answer = await originalFetch(request);
        publishMs = performance.now() - start;
        return answer;
      }
    }
    return originalFetch(request);
  };
  let demoRun;
  try {
    demoRun = await runDemo(baseUrl, adminToken, () => undefined, demo);
  } finally {
    globalThis.fetch = originalFetch;
  }
  if (demoDraft.length === 0 || !demoModel) throw new Error('runDemo never asked to publish the round');
  progress('pdf: tagging cost, the demo model rendered here with and without tags');
  const tagging = await benchTagging(demoModel, PDF_RUNS);

  // 6. The 16 × 20 round: complete, to follow_up, then its draft PDF.
  progress('pdf: completing the 16 × 20 round (development answers, focus points) and timing its draft report.pdf');
  const filled = await finishLargeRound(api, baseUrl, large, requests, demo);
  const largeUrl = `${baseUrl}/api/v1/rounds/${large.roundId}/report.pdf`;
  const largeDraft: number[] = [];
  let largePdfBytes = 0;
  rss.reset();
  for (let i = 0; i < PDF_RUNS; i++) {
    const { ms, bytes } = await timeDownload(largeUrl, large.referent);
    largeDraft.push(ms);
    largePdfBytes = bytes;
  }
  const largeRss = rss.max();
  details.pdf = {
    runs: PDF_RUNS,
    demo: {
      draftMs: demoDraft,
      bytes: demoPdfBytes,
      publishMs,
      ratings: demoRun.ratings,
      finalBytes: demoRun.pdf.length,
    },
    tagging,
    large: {
      draftMs: largeDraft,
      bytes: largePdfBytes,
      ratingsFilledAfterLoad: filled,
    },
  };

  // 6b. The largest round the limits allow: results, discussion and PDF, /health meanwhile.
  progress('largest: building the largest round the limits allow and timing results, discussion, PDF');
  const largest = await benchLargestRound(baseUrl, adminToken, server.pid);
  details.largest = largest;
  const shape = `${LARGEST.cases} × ${LARGEST.items} items × ${LARGEST.panelists} panelists`;
  figures.push(
    {
      id: 'largest.results',
      label: `Results, largest round (${shape})`,
      value: largest.resultsMs,
      unit: 'ms',
      target: null,
      pass: null,
    },
    {
      id: 'largest.discussion',
      label: 'Discussion view, largest round',
      value: largest.discussionMs,
      unit: 'ms',
      target: null,
      pass: null,
      note: `${(largest.discussionBytes / 1e6).toFixed(1)} MB`,
    },
    {
      id: 'largest.pdf',
      label: 'PDF draft, largest round (in the render worker)',
      value: largest.pdfMs,
      unit: 'ms',
      target: `< ${TARGETS.largestPdfMs} ms (the render budget)`,
      pass: largest.pdfMs < TARGETS.largestPdfMs,
      note: `${(largest.pdfBytes / 1e6).toFixed(2)} MB`,
    },
    {
      id: 'largest.healthP50',
      label: '/health while the largest PDF renders (median)',
      value: largest.healthDuringPdf.p50Ms,
      unit: 'ms',
      target: `< ${TARGETS.healthDuringPdfMs} ms`,
      pass: largest.healthDuringPdf.p50Ms < TARGETS.healthDuringPdfMs,
      note: `max ${largest.healthDuringPdf.maxMs.toFixed(0)} ms over ${largest.healthDuringPdf.samples} samples`,
    },
    {
      id: 'largest.rss',
      label: 'Server RSS while the largest round is read and rendered (max)',
      value: largest.peakRssMb,
      unit: 'MB',
      target: null,
      pass: null,
    },
  );

  // 7. Peak RSS of the server over all of the above, then a restart on the populated database.
  const serverMemory = memoryOf(server.pid);
  rss.stop();
  const stopCode = await stopProcess(server);
  if (stopCode !== 0) throw new Error(`the server exited with ${stopCode} on SIGTERM`);
  progress('start: spawning dist/src/main.js on the populated database');
  const dbBytes = statSync(dbPath).size + (statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  const port2 = await freePort();
  const restarted = spawnServer(serverEnv(port2), join(dir, 'server-restart.log'));
  running.push(restarted);
  const startPopulatedMs = await waitHealthy(restarted, `http://127.0.0.1:${port2}`);
  const restartedMemory = memoryOf(restarted.pid);
  await stopProcess(restarted);
  (details.backgroundCpuCores as Record<string, number>).after = await machineLoad(1000);
  const serverErrors = readFileSync(join(dir, 'server.log'), 'utf8')
    .split('\n')
    .filter((line) => /"level":(50|60)/.test(line)).length;
  details.server = {
    rssDuringLoadMb: rssDuringLoad,
    peakSampledRssMb: rss.overall(),
    peakRssMb: serverMemory.peakMb,
    restartedRssMb: restartedMemory.rssMb,
    populatedDbMb: dbBytes / 1024 / 1024,
    errorLogLines: serverErrors,
    logLevel: process.env.BENCH_LOG_LEVEL ?? 'info (default)',
    nodeOptions: process.env.BENCH_NODE_OPTIONS ?? null,
  };

  // 8. The figures.
  const ceilingFloor = ceilingLoad.requestsPerSec * TARGETS.ceilingShare;
  const share = serverLoad.requestsPerSec / ceilingLoad.requestsPerSec;
  const demoMedian = median(demoDraft);
  const largeMedian = median(largeDraft);
  figures.push(
    {
      id: 'rating.throughput',
      label: `Rating PUT throughput (${CONNECTIONS} conn, ${DURATION_SECONDS} s)`,
      value: serverLoad.requestsPerSec,
      unit: 'req/s',
      target: `≥ ${TARGETS.ceilingShare} × ceiling = ${ceilingFloor.toFixed(0)} req/s`,
      pass: serverLoad.requestsPerSec >= ceilingFloor,
      note: `${share.toFixed(2)} of ceiling; ${cpuNote(serverLoad)}`,
    },
    {
      id: 'rating.ceiling',
      label: 'Ceiling: bare Fastify + 1 upsert',
      value: ceilingLoad.requestsPerSec,
      unit: 'req/s',
      target: null,
      pass: null,
      note: `p50 ${ceilingLoad.p50} ms, p99 ${ceilingLoad.p99} ms; ${cpuNote(ceilingLoad)}`,
    },
    {
      id: 'rating.p50',
      label: 'Rating PUT latency p50',
      value: serverLoad.p50,
      unit: 'ms',
      target: null,
      pass: null,
    },
    {
      id: 'rating.p99',
      label: 'Rating PUT latency p99',
      value: serverLoad.p99,
      unit: 'ms',
      target: `< ${TARGETS.p99Ms} ms`,
      pass: serverLoad.p99 < TARGETS.p99Ms,
    },
    {
      id: 'results.median10k',
      label: 'Results median, 10,800 ratings',
      value: results.median10k,
      unit: 'ms',
      target: `< ${TARGETS.results10kMs} ms`,
      pass: results.median10k < TARGETS.results10kMs,
    },
    {
      id: 'results.median108k',
      label: 'Results median, 108,000 ratings',
      value: results.median108k,
      unit: 'ms',
      target: null,
      pass: null,
    },
    {
      id: 'results.ratio',
      label: 'Results ratio 108,000 / 10,800',
      value: results.ratio,
      unit: '×',
      target: `≤ ${TARGETS.resultsRatio}`,
      pass: results.ratio <= TARGETS.resultsRatio,
    },
    {
      id: 'comparison.median',
      label: 'Comparison median, 60 + 60 cases',
      value: comparison.medianMs,
      unit: 'ms',
      target: `< ${TARGETS.comparisonMs} ms`,
      pass: comparison.medianMs < TARGETS.comparisonMs,
    },
    {
      id: 'plan.read',
      label: `Plan read, ${PLAN_INITIATIVES} initiatives × ${PLAN_STEPS} steps (median)`,
      value: planFigures.readMs,
      unit: 'ms',
      target: `< ${TARGETS.planReadMs} ms`,
      pass: planFigures.readMs < TARGETS.planReadMs,
      note: `CPU ${planFigures.readCpuMs.toFixed(1)} ms`,
    },
    {
      id: 'plan.pdf',
      label: `Plan PDF, ${PLAN_INITIATIVES} × ${PLAN_STEPS} (median)`,
      value: planFigures.pdfMs,
      unit: 'ms',
      target: `< ${TARGETS.planPdfMs} ms`,
      pass: planFigures.pdfMs < TARGETS.planPdfMs,
      note: `CPU ${planFigures.pdfCpuMs.toFixed(0)} ms, ${(planFigures.pdfBytes / 1024).toFixed(0)} KiB`,
    },
    {
      id: 'pdf.demo',
      label: `PDF draft, demo round (median of ${PDF_RUNS})`,
      value: demoMedian,
      unit: 'ms',
      target: `< ${TARGETS.pdfDemoMs} ms`,
      pass: demoMedian < TARGETS.pdfDemoMs,
      note: `first ${demoDraft[0]?.toFixed(0)} ms, ${(demoPdfBytes / 1024).toFixed(0)} KiB`,
    },
    {
      id: 'pdf.tagging',
      label: `PDF/UA tagging cost, demo model in-process (median of ${PDF_RUNS})`,
      value: tagging.ratio,
      unit: '×',
      target: `≤ ${TARGETS.taggingRatio} × untagged`,
      pass: tagging.ratio <= TARGETS.taggingRatio,
      note:
        `tagged ${median(tagging.taggedMs).toFixed(0)} ms, untagged ${median(tagging.untaggedMs).toFixed(0)} ms; ` +
        `${(tagging.taggedBytes / 1024).toFixed(0)} / ${(tagging.untaggedBytes / 1024).toFixed(0)} KiB`,
    },
    {
      id: 'pdf.large',
      label: `PDF draft, ${LARGE_CASES} cases × ${LARGE_PANELISTS} panelists (median of ${PDF_RUNS})`,
      value: largeMedian,
      unit: 'ms',
      target: `< ${TARGETS.pdfLargeMs} ms`,
      pass: largeMedian < TARGETS.pdfLargeMs,
      note: `first ${largeDraft[0]?.toFixed(0)} ms, ${(largePdfBytes / 1024).toFixed(0)} KiB`,
    },
    {
      id: 'pdf.demoRss',
      label: 'Server RSS during demo PDF renders (max)',
      value: demoRss,
      unit: 'MB',
      target: null,
      pass: null,
    },
    {
      id: 'pdf.largeRss',
      label: 'Server RSS during 16 × 20 PDF renders (max)',
      value: largeRss,
      unit: 'MB',
      target: null,
      pass: null,
    },
    {
      id: 'pdf.publish',
      label: 'Publish demo round (→ reported, final render)',
      value: publishMs,
      unit: 'ms',
      target: null,
      pass: null,
    },
    {
      id: 'start.fresh',
      label: 'Start → healthy, fresh database',
      value: startFreshMs,
      unit: 'ms',
      target: `< ${TARGETS.startMs} ms`,
      pass: startFreshMs < TARGETS.startMs,
    },
    {
      id: 'start.populated',
      label: 'Start → healthy, populated database',
      value: startPopulatedMs,
      unit: 'ms',
      target: `< ${TARGETS.startMs} ms`,
      pass: startPopulatedMs < TARGETS.startMs,
      note: `${(dbBytes / 1024 / 1024).toFixed(1)} MB database`,
    },
    {
      id: 'memory.peak',
      label: 'Server peak RSS over the bench (VmHWM)',
      value: serverMemory.peakMb,
      unit: 'MB',
      target: `< ${TARGETS.peakRssMb} MB`,
      pass: serverMemory.peakMb < TARGETS.peakRssMb,
    },
  );

  figures.push(...anonymisationFigures());
  printTable(figures);
  const contended = Math.max(ceilingLoad.cpu.other, serverLoad.cpu.other, backgroundBefore);
  const failed = figures.filter((f) => f.pass === false);
  const totalSeconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `\n${figures.filter((f) => f.pass !== null).length - failed.length} of ${figures.filter((f) => f.pass !== null).length} targets met` +
      `${failed.length ? ` (failed: ${failed.map((f) => f.id).join(', ')})` : ''}; ${totalSeconds.toFixed(0)} s in all.` +
      `${serverErrors ? ` The server logged ${serverErrors} error lines (see BENCH_KEEP=1).` : ''}\n` +
      (contended > 0.2
        ? `Warning: other processes used up to ${contended.toFixed(2)} CPU cores during the load runs; throughput and latency are understated.\n`
        : ''),
  );
  const out = resolve('bench-results.json');
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        machine: {
          node: process.version,
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model ?? null,
        },
        figures,
        details,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(`Written to ${out}\n`);
} finally {
  for (const proc of running) await stopProcess(proc);
  if (process.env.BENCH_KEEP) process.stderr.write(`Kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}

function printTable(rows: Figure[]): void {
  const format = (f: Figure) =>
    f.unit === '×'
      ? f.value.toFixed(2)
      : f.unit === 'req/s'
        ? f.value.toFixed(0)
        : f.value.toFixed(f.value < 100 ? 1 : 0);
  const cells = rows.map((f) => [
    f.label,
    `${format(f)} ${f.unit}`,
    f.target ?? '—',
    f.pass === null ? 'info' : f.pass ? 'PASS' : 'FAIL',
    f.note ?? '',
  ]);
  const header = ['Figure', 'Value', 'Target', 'Result', 'Note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of cells) process.stdout.write(`${line(row)}\n`);
}
