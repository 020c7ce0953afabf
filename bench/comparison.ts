/**
 * Latency of GET /api/v1/rounds/{roundId}/comparison for a genaudit of 60 cases against a
 * baseline of 60 cases, 20 panelists each, 9 items (10,800 ratings a side): both rounds'
 * cell medians, and per item Cliff's delta and the permutation p over C(120, 60) ≈ 9.7 · 10^34
 * splits (counted per sum, never enumerated).
 *
 * The baseline is bench/results.ts's database, marked reported; the genaudit is created through
 * POST /rounds (copying the form), and its panel, cases and ratings are the baseline's,
 * copied in SQL with every rating one step better (none → low → some → high), so the items differ.
 *
 *   npx tsx bench/comparison.ts
 */
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { median } from './lib.js';
import { buildBenchDatabase } from './results.js';

const WARM_UP = 5;
const RUNS = 30;
const ADMIN = 'bench-admin-token-0123456789';

/** The genaudit's panel, cases and ratings: the baseline's, with new ids and every value one step up. */
const COPY_SQL = `
  INSERT INTO members (id, round_id, name, affiliation, role, token_hash)
    SELECT 'g-' || id, @genaudit, name, affiliation, role, 'g-' || token_hash FROM members WHERE round_id = @baseline;
  INSERT INTO cases (id, round_id, code, area) SELECT 'g-' || id, @genaudit, code, area FROM cases WHERE round_id = @baseline;
  INSERT INTO ratings (id, round_id, case_id, item_id, member_id, value, justification, created_at, updated_at)
    SELECT 'g-' || r.id, @genaudit, 'g-' || r.case_id, f.id, 'g-' || r.member_id,
           CASE r.value WHEN 'none' THEN 'low' WHEN 'low' THEN 'some' WHEN 'some' THEN 'high' ELSE r.value END,
           r.justification, r.created_at, r.updated_at
    FROM ratings r JOIN form_items f ON f.baseline_item_id = r.item_id AND f.round_id = @genaudit
    WHERE r.round_id = @baseline;`;

export async function benchComparison(): Promise<{ ratingsPerSide: number; medianMs: number }> {
  const { db, roundId: baseline, ratings } = buildBenchDatabase(60);
  db.$client.prepare("UPDATE rounds SET phase = 'reported' WHERE id = ?").run(baseline);
  const { app } = await buildApp({ config: testConfig({ adminToken: ADMIN }), db });
  try {
    const auth = { authorization: `Bearer ${ADMIN}` };
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/rounds',
      headers: auth,
      payload: { title: 'Genaudit', organisation: 'Fjordby Kommune', purpose: 'Måling', baselineRoundId: baseline },
    });
    if (created.statusCode !== 201) throw new Error(`POST /rounds answered ${created.statusCode}: ${created.body}`);
    const genaudit = (JSON.parse(created.body) as { id: string }).id;
    for (const statement of COPY_SQL.split(';').filter((s) => s.trim())) {
      const named = db.$client.prepare(statement);
      named.run({ genaudit, baseline });
    }
    db.$client.prepare("UPDATE rounds SET phase = 'discussion' WHERE id = ?").run(genaudit);
    const request = async () => {
      const start = performance.now();
      const res = await app.inject({ method: 'GET', url: `/api/v1/rounds/${genaudit}/comparison`, headers: auth });
      const elapsed = performance.now() - start;
      if (res.statusCode !== 200) throw new Error(`comparison answered ${res.statusCode}: ${res.body}`);
      return { elapsed, body: res.body };
    };
    const first = JSON.parse((await request()).body) as { items: { followUp: { casesRated: number } }[] };
    if (first.items.length !== 9 || first.items.some((item) => item.followUp.casesRated !== 60)) {
      throw new Error('expected nine compared items with 60 cases each');
    }
    for (let i = 1; i < WARM_UP; i++) await request();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await request()).elapsed);
    return { ratingsPerSide: ratings, medianMs: median(times) };
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ratingsPerSide, medianMs } = await benchComparison();
  process.stdout.write(
    `GET …/comparison, 60 + 60 cases (${ratingsPerSide} ratings a side), median of ${RUNS} runs after ${WARM_UP} warm-up: ${medianMs.toFixed(2)} ms (target < 100 ms)\n`,
  );
}
