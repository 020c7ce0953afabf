import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

/**
 * Durability under a hard crash: 20 panelists write ratings concurrently against the real
 * server process, which is killed with SIGKILL mid-stream. After a restart on the same file
 * every acknowledged rating is there with its last acknowledged value; a write that was in
 * flight at the kill may show its old or its new value, nothing else. The file passes
 * PRAGMA integrity_check and the audit log holds exactly one entry per stored write.
 * The same holds for a graceful stop (SIGTERM), which must also exit 0 and answer no save
 * with an error status.
 */

const ADMIN = 'crash-test-admin-token-0123456789';
const PANELISTS = 20;
const CASES = 2;
const KILL_AFTER_ACKS = 900; // 360 cells: most are overwritten once or twice before the kill
/** After KILL_AFTER_ACKS, the signal goes out the moment this many writes are unanswered at once. */
const OUTSTANDING_AT_KILL = PANELISTS / 2;
const VALUES = ['high', 'some', 'low', 'none', 'na'] as const;

const dir = mkdtempSync(join(tmpdir(), 'auditpanel-crash-'));
const env = { DATABASE_PATH: join(dir, 'crash.sqlite'), AUDIT_ADMIN_TOKEN: ADMIN };
const servers: ServerProcess[] = [];
afterAll(() => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function api(server: ServerProcess, method: string, path: string, token: string, body?: object) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A round in rating with 20 panelists and two cases, built through the API. */
async function buildRound(server: ServerProcess) {
  const round = (await api(server, 'POST', '/api/v1/rounds', ADMIN, {
    title: 'Nedbrudstest',
    organisation: 'Fjordby Kommune',
    purpose: 'At vise at kvitterede vurderinger overlever et nedbrud.',
  })) as { id: string };
  const base = `/api/v1/rounds/${round.id}`;
  const panelists: { id: string; token: string }[] = [];
  for (let i = 1; i <= PANELISTS; i++) {
    const added = (await api(server, 'POST', `${base}/members`, ADMIN, {
      name: `Paneldeltager ${i}`,
      affiliation: 'Socialafdelingen',
      role: 'panelist',
    })) as { member: { id: string }; token: string };
    panelists.push({ id: added.member.id, token: added.token });
  }
  const caseIds: string[] = [];
  for (let c = 1; c <= CASES; c++) {
    const created = (await api(server, 'POST', `${base}/cases`, ADMIN, {
      code: `Sag ${c}`,
      area: 'Socialpsykiatri',
      documents: [{ title: 'Handleplan', text: 'Borgeren ønsker en struktureret hverdag.' }],
    })) as { id: string };
    caseIds.push(created.id);
  }
  for (const to of ['panel', 'calibration', 'rating']) await api(server, 'POST', `${base}/transitions`, ADMIN, { to });
  const form = (await api(server, 'GET', `${base}/form`, ADMIN)) as { themes: { items: { id: string }[] }[] };
  const itemIds = form.themes.flatMap((theme) => theme.items.map((item) => item.id));
  return { roundId: round.id, panelists, caseIds, itemIds };
}

interface Write {
  value: string;
  justification: string;
}

/** What one client knows about one of its cells. */
interface Cell {
  memberId: string;
  caseId: string;
  itemId: string;
  acknowledged: Write | null;
  /** Sent but not answered with a 2xx when the server died: may or may not have landed. */
  inFlight: Write | null;
}

/**
 * 20 panelists write in a loop against `server`; once `stopAfterAcks` writes are acknowledged,
 * the server gets `signal` as soon as OUTSTANDING_AT_KILL writes are sent and not yet answered,
 * so the stop always lands in the middle of a batch. Returns what every client knows about its
 * cells and how many writes were unanswered when the signal went out.
 */
async function writeUntilStopped(
  server: ServerProcess,
  round: Awaited<ReturnType<typeof buildRound>>,
  signal: NodeJS.Signals,
  stopAfterAcks: number,
) {
  const { roundId, panelists, caseIds, itemIds } = round;
  const cells = new Map<string, Cell>();
  const counts = { sent: 0, acknowledged: 0, outstandingAtStop: 0 };
  const unexpected: string[] = [];
  let stopped = false;
  let outstanding = 0;

  const client = async (p: number) => {
    const panelist = panelists[p];
    if (!panelist) return;
    const mine = caseIds.flatMap((caseId) => itemIds.map((itemId) => ({ caseId, itemId })));
    for (let pass = 0; !stopped; pass++) {
      for (const [i, { caseId, itemId }] of mine.entries()) {
        if (stopped) return;
        const key = `${panelist.id}/${caseId}/${itemId}`;
        const cell = cells.get(key) ?? { memberId: panelist.id, caseId, itemId, acknowledged: null, inFlight: null };
        cells.set(key, cell);
        const write = {
          value: VALUES[(p + i + pass) % VALUES.length] ?? 'na',
          justification: `p${p} i${i} skriv ${pass}`,
        };
        cell.inFlight = write;
        counts.sent += 1;
        let status: number;
        outstanding += 1;
        const answer = fetch(`${server.url}/api/v1/rounds/${roundId}/cases/${caseId}/ratings/${itemId}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${panelist.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(write),
        });
        // The write just issued cannot have been answered yet, so at least it is in flight at the signal.
        if (counts.acknowledged >= stopAfterAcks && outstanding >= OUTSTANDING_AT_KILL && !stopped) {
          stopped = true;
          counts.outstandingAtStop = outstanding;
          server.child.kill(signal);
        }
        try {
          const res = await answer;
          status = res.status;
          await res.arrayBuffer();
        } catch {
          return; // the server is gone: this write stays in flight
        } finally {
          outstanding -= 1;
        }
        if (status !== 200) {
          unexpected.push(`${key}: ${status}`);
          return;
        }
        cell.acknowledged = write;
        cell.inFlight = null;
        counts.acknowledged += 1;
      }
    }
  };
  await Promise.all(panelists.map((_, p) => client(p)));
  const exitCode = await server.exited;
  return { cells, ...counts, unexpected, stopped, exitCode };
}

/**
 * Restarts on the same file and compares: every cell holds its last acknowledged value, or
 * the write that was in flight when the server stopped; nothing else. Checks the file, and
 * that the audit log has one entry per stored write (a save and its entry land together).
 */
async function verifyAfterRestart(roundId: string, run: Awaited<ReturnType<typeof writeUntilStopped>>) {
  const second = await startServer(env);
  servers.push(second);
  const stored = (await api(second, 'GET', `/api/v1/rounds/${roundId}/ratings`, ADMIN)) as {
    items: { memberId: string; caseId: string; itemId: string; value: string; justification: string }[];
  };
  const byKey = new Map(stored.items.map((r) => [`${r.memberId}/${r.caseId}/${r.itemId}`, r]));
  const problems: string[] = [];
  let landed = 0;
  for (const [key, cell] of run.cells) {
    const row = byKey.get(key);
    const found = row ? `${row.value}|${row.justification}` : 'missing';
    const show = (w: Write | null) => (w ? `${w.value}|${w.justification}` : 'missing');
    const allowed = [show(cell.acknowledged), ...(cell.inFlight ? [show(cell.inFlight)] : [])];
    if (cell.inFlight && found === show(cell.inFlight)) landed += 1;
    if (!allowed.includes(found)) problems.push(`${key}: stored ${found}, allowed ${allowed.join(' or ')}`);
  }
  for (const key of byKey.keys()) if (!run.cells.has(key)) problems.push(`${key}: stored but never written`);
  expect(problems).toEqual([]);

  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  const inFlight = [...run.cells.values()].filter((c) => c.inFlight).length;
  const db = new Database(env.DATABASE_PATH, { readonly: true });
  try {
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const audited = (
      db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'rating.saved' AND round_id = ?").get(roundId) as {
        n: number;
      }
    ).n;
    expect(audited).toBeGreaterThanOrEqual(run.acknowledged);
    expect(audited).toBeLessThanOrEqual(run.acknowledged + inFlight);
  } finally {
    db.close();
  }
  return { stored: byKey.size, inFlight, landed };
}

describe('a crash in the middle of rating', () => {
  it('keeps every acknowledged rating with its last acknowledged value', async () => {
    const first = await startServer(env);
    servers.push(first);
    const round = await buildRound(first);
    const run = await writeUntilStopped(first, round, 'SIGKILL', KILL_AFTER_ACKS);
    expect(run.unexpected).toEqual([]);
    expect(run.stopped).toBe(true);
    // The kill landed while writes were outstanding, so the in-flight branch of the check ran.
    expect(run.outstandingAtStop).toBeGreaterThanOrEqual(OUTSTANDING_AT_KILL);
    const after = await verifyAfterRestart(round.roundId, run);
    expect(after.inFlight).toBeGreaterThan(0);
    console.log(
      `crash: ${run.sent} writes sent, ${run.acknowledged} acknowledged, ${after.inFlight} in flight at SIGKILL (${after.landed} of them landed); ${after.stored} ratings stored after restart`,
    );
  }, 60_000);

  it('stopped with SIGTERM, exits 0, answers no save with an error status and keeps every save it acknowledged', async () => {
    const first = await startServer(env);
    servers.push(first);
    const round = await buildRound(first);
    const run = await writeUntilStopped(first, round, 'SIGTERM', KILL_AFTER_ACKS);
    // Saves queued for the group commit at the signal are written and answered 200, not 5xx.
    // (A connection that drops unanswered cannot be told from one never read; it counts as in flight.)
    expect(run.unexpected).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outstandingAtStop).toBeGreaterThanOrEqual(OUTSTANDING_AT_KILL);
    const after = await verifyAfterRestart(round.roundId, run);
    console.log(
      `sigterm: ${run.sent} writes sent, ${run.acknowledged} acknowledged, ${after.inFlight} unanswered (${after.landed} of them landed); ${after.stored} ratings stored after restart`,
    );
  }, 60_000);
});
