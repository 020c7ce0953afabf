/**
 * The load generator, run as its own process so it does not share an event loop (or a core)
 * with the server under test: `node --import tsx bench/load.ts <plan.json>`.
 *
 * Every request is the next one of the plan's list (a rotation shared by all connections),
 * so the load spreads over many panelists' tokens and many cells. A warm-up run goes first;
 * the measured run continues the rotation. Prints one JSON object (LoadResult) on stdout.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadPlan {
  url: string;
  method: 'PUT' | 'POST';
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  requests: { token: string; path: string; body: string }[];
}

export interface LoadResult {
  requestsPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

function run(plan: LoadPlan, seconds: number, next: () => LoadPlan['requests'][number]): Promise<autocannon.Result> {
  return autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: seconds,
    method: plan.method,
    requests: [
      {
        setupRequest: (request) => {
          const { token, path, body } = next();
          request.path = path;
          request.body = body;
          request.headers = {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
          };
          return request;
        },
      },
    ],
  });
}

const file = process.argv[2];
if (!file) throw new Error('usage: node --import tsx bench/load.ts <plan.json>');
const plan = JSON.parse(readFileSync(file, 'utf8')) as LoadPlan;
let cursor = 0;
const next = () => {
  const request = plan.requests[cursor % plan.requests.length];
  cursor += 1;
  if (!request) throw new Error('the plan has no requests');
  return request;
};

if (plan.warmupSeconds > 0) await run(plan, plan.warmupSeconds, next);
const result = await run(plan, plan.durationSeconds, next);
const statusCodes = Object.fromEntries(
  Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]),
);
const out: LoadResult = {
  requestsPerSec: result.requests.average,
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  max: result.latency.max,
  total: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  statusCodes,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
