/**
 * The largest round the limits allow (src/domain/limits.ts), built through the API of the
 * real server: 25 cases × 30 items × 4 panelists = 3,000 ratings, each justification at its
 * 2,000-character maximum in two-byte text (an en dash makes V8 keep every string at two bytes
 * per character), every round text, focus point and recommendation at its maximum. It times
 * GET …/results, …/discussion and the draft report.pdf, with the server's peak RSS, and
 * samples /health every 20 ms while the PDF renders.
 *
 * `tsx bench/largest.ts` runs it on its own (compiles and spawns the server as `npm start`
 * does); `npm run bench` runs it as one of its steps.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LIMITS } from '../src/domain/limits.js';
import {
  apiClient,
  buildServer,
  freePort,
  median,
  RssSampler,
  spawnServer,
  stopProcess,
  waitHealthy,
  type Api,
} from './lib.js';

export const LARGEST = { cases: 25, items: 30, panelists: 4 } as const;

/** Danish-looking words, two-byte (the en dash), exactly `length` characters. */
function text(length: number): string {
  const words = 'Panelet vurderede handleplanens formål – indsatsmål og opfølgning ';
  return words
    .repeat(Math.ceil(length / words.length))
    .slice(0, length)
    .trim()
    .padEnd(length, 'x');
}

interface Created {
  id: string;
}

async function buildLargest(api: Api, admin: string) {
  const round = await api<Created>(admin, 'POST', '/api/v1/rounds', {
    title: text(300),
    organisation: text(300),
    purpose: text(5000),
    scope: text(20_000),
    background: text(50_000),
    foreword: text(20_000),
  });
  const base = `/api/v1/rounds/${round.id}`;
  const member = (role: string, i: number) =>
    api<{ member: Created; token: string }>(admin, 'POST', `${base}/members`, {
      name: `${role} ${i} ${text(150)}`,
      affiliation: text(300),
      role,
    });
  const leader = (await member('leader', 0)).token;
  const referent = (await member('referent', 0)).token;
  const panelists: string[] = [];
  for (let p = 0; p < LARGEST.panelists; p++) panelists.push((await member('panelist', p)).token);
  // Members up to the limit: the report's panel list grows with them.
  for (let r = 1; r < LIMITS.membersPerRound - LARGEST.panelists - 1; r++) await member('referent', r);
  const form = await api<{ developmentQuestion: string }>(admin, 'GET', `${base}/form`);
  await api(admin, 'PUT', `${base}/form`, {
    themes: Array.from({ length: LIMITS.themesPerForm }, (_, t) => ({
      key: `tema-${t}`,
      title: text(300),
      items: Array.from({ length: LARGEST.items / LIMITS.themesPerForm }, () => ({ text: text(2000) })),
    })),
    developmentQuestion: form.developmentQuestion,
  });
  const caseIds: string[] = [];
  for (let c = 0; c < LARGEST.cases; c++) {
    const selection = { developmentPotential: text(2000), complexity: text(2000), recent: text(2000) };
    const documents = [{ title: 'Handleplan', text: text(LIMITS.documentCharsPerCase) }];
    const body = { code: `Sag ${c + 1}`, area: text(200), summary: text(5000), selection, documents };
    caseIds.push((await api<Created>(leader, 'POST', `${base}/cases`, body)).id);
  }
  for (const to of ['panel', 'calibration', 'rating']) await api(leader, 'POST', `${base}/transitions`, { to }, 200);
  const items = (await api<{ themes: { items: Created[] }[] }>(leader, 'GET', `${base}/form`)).themes.flatMap(
    (theme) => theme.items,
  );
  const values = ['high', 'some', 'low', 'none', 'na'];
  const puts: (() => Promise<unknown>)[] = [];
  caseIds.forEach((caseId, c) =>
    items.forEach((item, i) =>
      panelists.forEach((token, p) =>
        puts.push(() =>
          api(token, 'PUT', `${base}/cases/${caseId}/ratings/${item.id}`, {
            value: values[(c + i + p) % values.length],
            justification: text(LIMITS.justificationChars),
          }),
        ),
      ),
    ),
  );
  for (let i = 0; i < puts.length; i += 50) await Promise.all(puts.slice(i, i + 50).map((put) => put()));
  for (const token of panelists) {
    const areas = Array.from({ length: 3 }, () => ({ area: text(300), suggestion: text(4000) }));
    await api(token, 'PUT', `${base}/development`, { areas });
  }
  await api(leader, 'POST', `${base}/transitions`, { to: 'discussion' }, 200);
  const perFocusPoint = LIMITS.recommendationsPerRound / LIMITS.focusPointsPerRound;
  for (let f = 0; f < LIMITS.focusPointsPerRound; f++) {
    const fp = await api<Created>(referent, 'POST', `${base}/focus-points`, {
      title: text(300),
      discussion: text(LIMITS.focusPointDiscussionChars),
      itemIds: items.slice(0, 5).map((item) => item.id),
    });
    for (let r = 0; r < perFocusPoint; r++) {
      await api(referent, 'POST', `${base}/focus-points/${fp.id}/recommendations`, {
        text: `Det anbefales, at ${text(LIMITS.recommendationChars - 19)}`,
      });
    }
  }
  await api(leader, 'POST', `${base}/transitions`, { to: 'follow_up' }, 200);
  return { roundId: round.id, referent, ratings: puts.length };
}

async function timed(url: string, token: string): Promise<{ ms: number; bytes: number; status: number }> {
  const start = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - start, bytes, status: res.status };
}

export interface LargestFigures {
  ratings: number;
  resultsMs: number;
  discussionMs: number;
  discussionBytes: number;
  pdfMs: number;
  pdfBytes: number;
  peakRssMb: number;
  healthDuringPdf: { samples: number; p50Ms: number; maxMs: number; failures: number };
}

/** Builds the largest round on a running server and measures it; statuses other than 200 throw. */
export async function benchLargestRound(baseUrl: string, adminToken: string, pid: number): Promise<LargestFigures> {
  const api = apiClient(baseUrl);
  const built = await buildLargest(api, adminToken);
  const base = `${baseUrl}/api/v1/rounds/${built.roundId}`;
  const rss = new RssSampler(pid, 10);
  rss.reset();
  const results = await timed(`${base}/results`, built.referent);
  const discussion = await timed(`${base}/discussion`, built.referent);
  // /health every 20 ms while the worst-case PDF renders in the worker.
  const health: number[] = [];
  let failures = 0;
  let rendering = true;
  const sampling = (async () => {
    while (rendering) {
      const start = performance.now();
      const res = await fetch(`${baseUrl}/health`).catch(() => null);
      if (res?.status !== 200) failures += 1;
      await res?.arrayBuffer();
      health.push(performance.now() - start);
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  const pdf = await timed(`${base}/report.pdf`, built.referent);
  rendering = false;
  await sampling;
  const peakRssMb = rss.max();
  rss.stop();
  for (const [name, r] of Object.entries({ results, discussion, pdf })) {
    if (r.status !== 200) throw new Error(`largest round: ${name} answered ${r.status}`);
  }
  return {
    ratings: built.ratings,
    resultsMs: results.ms,
    discussionMs: discussion.ms,
    discussionBytes: discussion.bytes,
    pdfMs: pdf.ms,
    pdfBytes: pdf.bytes,
    peakRssMb,
    healthDuringPdf: { samples: health.length, p50Ms: median(health), maxMs: Math.max(...health), failures },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'auditpanel-largest-'));
  const adminToken = `bench-admin-${randomBytes(24).toString('base64url')}`;
  buildServer();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnServer(
    { PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'db.sqlite'), AUDIT_ADMIN_TOKEN: adminToken },
    join(dir, 'server.log'),
  );
  try {
    await waitHealthy(server, baseUrl);
    process.stdout.write(`${JSON.stringify(await benchLargestRound(baseUrl, adminToken, server.pid), null, 2)}\n`);
  } finally {
    await stopProcess(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
