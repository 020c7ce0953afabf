/**
 * Latency of GET /api/v1/rounds/{roundId}/results at 60 cases × 20 panelists × 9 items
 * (10,800 ratings) and at ten times the ratings (600 cases, 108,000 ratings).
 *
 * Each database is built directly (bulk inserts in one transaction, the default form
 * through writeForm), then the request goes through the whole app with app.inject:
 * auth, access check, the one ratings query, aggregation, response validation and JSON.
 *
 *   npx tsx bench/results.ts
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { openDatabase, type Db } from '../src/db/connection.js';
import { DEFAULT_FORM } from '../src/domain/default-form.js';
import { RATING_VALUES } from '../src/domain/scale.js';
import { writeForm } from '../src/services/form-service.js';
import { hashToken } from '../src/services/tokens.js';
import { median, random } from './lib.js';

const PANELISTS = 20;
const WARM_UP = 5;
const RUNS = 30;
const LEADER_TOKEN = 'bench-leader-token-0123456789abcdef';

/** A round in `discussion` with `caseCount` cases, 20 panelists and every rating given. */
export function buildBenchDatabase(caseCount: number): { db: Db; roundId: string; ratings: number } {
  const db = openDatabase(':memory:');
  const client = db.$client;
  const roundId = randomUUID();
  const now = new Date().toISOString();
  const next = random(caseCount);
  let ratings = 0;
  db.transaction((tx) => {
    client
      .prepare(
        `INSERT INTO rounds (id, title, organisation, purpose, phase, development_question, updated_at)
         VALUES (?, ?, ?, ?, 'discussion', ?, ?)`,
      )
      .run(roundId, 'Benchmark', 'Fjordby Kommune', 'Måling', DEFAULT_FORM.developmentQuestion, now);
    writeForm(tx, roundId, DEFAULT_FORM);
    const itemIds = (
      client.prepare('SELECT id FROM form_items WHERE round_id = ? ORDER BY number').all(roundId) as { id: string }[]
    ).map((row) => row.id);

    const addMember = client.prepare(
      'INSERT INTO members (id, round_id, name, affiliation, role, token_hash) VALUES (?, ?, ?, ?, ?, ?)',
    );
    addMember.run(randomUUID(), roundId, 'Mødeleder', 'Kvalitet', 'leader', hashToken(LEADER_TOKEN));
    const panelists = Array.from({ length: PANELISTS }, (_, p) => {
      const id = randomUUID();
      addMember.run(id, roundId, `Paneldeltager ${p + 1}`, 'Socialafdelingen', 'panelist', hashToken(randomUUID()));
      return id;
    });

    const addCase = client.prepare('INSERT INTO cases (id, round_id, code, area) VALUES (?, ?, ?, ?)');
    const addRating = client.prepare(
      `INSERT INTO ratings (id, round_id, case_id, item_id, member_id, value, justification, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let c = 1; c <= caseCount; c++) {
      const caseId = randomUUID();
      addCase.run(caseId, roundId, `Sag ${c}`, 'Socialpsykiatri');
      for (const itemId of itemIds) {
        for (const memberId of panelists) {
          const value = RATING_VALUES[Math.floor(next() * RATING_VALUES.length)] ?? 'na';
          addRating.run(
            randomUUID(),
            roundId,
            caseId,
            itemId,
            memberId,
            value,
            'Begrundelse for vurderingen.',
            now,
            now,
          );
          ratings += 1;
        }
      }
    }
  });
  return { db, roundId, ratings };
}

/** Median ms of GET …/results over RUNS requests after WARM_UP. */
export async function measureResults(caseCount: number): Promise<{ ratings: number; medianMs: number }> {
  const { db, roundId, ratings } = buildBenchDatabase(caseCount);
  const { app } = await buildApp({ config: testConfig({ adminToken: 'bench-admin-token-0123456789' }), db });
  try {
    const request = async () => {
      const start = performance.now();
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/rounds/${roundId}/results`,
        headers: { authorization: `Bearer ${LEADER_TOKEN}` },
      });
      const elapsed = performance.now() - start;
      if (res.statusCode !== 200) throw new Error(`results answered ${res.statusCode}: ${res.body}`);
      return { elapsed, body: res.body };
    };
    const first = JSON.parse((await request()).body) as { completeness: { received: number } };
    if (first.completeness.received !== ratings) {
      throw new Error(`expected ${ratings} ratings in the results, got ${first.completeness.received}`);
    }
    for (let i = 1; i < WARM_UP; i++) await request();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await request()).elapsed);
    return { ratings, medianMs: median(times) };
  } finally {
    await app.close();
  }
}

export async function benchResults(): Promise<{ median10k: number; median108k: number; ratio: number }> {
  const small = await measureResults(60);
  const large = await measureResults(600);
  return { median10k: small.medianMs, median108k: large.medianMs, ratio: large.medianMs / small.medianMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { median10k, median108k, ratio } = await benchResults();
  process.stdout.write(
    [
      `GET …/results, median of ${RUNS} runs after ${WARM_UP} warm-up:`,
      `  10,800 ratings (60 cases × 20 panelists × 9 items):   ${median10k.toFixed(2)} ms (target < 50 ms)`,
      `  108,000 ratings (600 cases × 20 panelists × 9 items): ${median108k.toFixed(2)} ms`,
      `  ratio: ${ratio.toFixed(2)} (target ≤ 12)`,
      '',
    ].join('\n'),
  );
}
