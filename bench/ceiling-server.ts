/**
 * The framework's ceiling on this machine: a bare Fastify route (no logger, no schemas, no
 * auth) doing one better-sqlite3 upsert into a table shaped like `ratings`, with the same
 * pragmas as the service. The benchmark sends it exactly the rating requests it sends the
 * real server. Run as its own process: PORT=… DATABASE_PATH=… node --import tsx bench/ceiling-server.ts
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const port = Number(process.env.PORT ?? 0);
const db = new Database(process.env.DATABASE_PATH ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.exec(`
  CREATE TABLE IF NOT EXISTS ratings (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL,
    case_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    value TEXT NOT NULL,
    justification TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS ratings_cell_member_idx ON ratings (case_id, item_id, member_id);
  CREATE INDEX IF NOT EXISTS ratings_round_idx ON ratings (round_id);
`);
const upsert = db.prepare(`
  INSERT INTO ratings (id, round_id, case_id, item_id, member_id, value, justification, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (case_id, item_id, member_id)
  DO UPDATE SET value = excluded.value, justification = excluded.justification, updated_at = excluded.updated_at
  RETURNING *`);

const app = Fastify();
app.get('/health', async () => ({ status: 'ok' }));
app.put<{
  Params: { roundId: string; caseId: string; itemId: string };
  Body: { value: string; justification: string };
}>('/api/v1/rounds/:roundId/cases/:caseId/ratings/:itemId', async (request) => {
  const { roundId, caseId, itemId } = request.params;
  // The bearer token stands in for the member id: no lookup, that is the point of a ceiling.
  const memberId = request.headers.authorization ?? '';
  const now = new Date().toISOString();
  const { value, justification } = request.body;
  // .all(), not .get(): a RETURNING statement left unfinished keeps its read open, so the
  // WAL never checkpoints and grows without bound, drifting the ceiling between runs.
  return upsert.all(randomUUID(), roundId, caseId, itemId, memberId, value, justification, now, now)[0];
});

await app.listen({ port, host: '127.0.0.1' });
const stop = () => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
