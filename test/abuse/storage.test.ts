/**
 * Issue 12: what the database and its files do under pressure. A full disk answers 507 and
 * /health says so; a database held by another writer answers 503 with Retry-After; the files
 * the service creates are its user's only.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { createTestApp, roundInput, type TestApp } from '../helpers/app.js';

const dir = mkdtempSync(join(tmpdir(), 'auditpanel-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files', () => {
  it('creates the database 0600 in a folder 0700', () => {
    const path = join(dir, 'private', 'db.sqlite');
    const db = openDatabase(path);
    db.$client.close();
    expect(statSync(join(dir, 'private')).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe('a full disk', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ databasePath: join(dir, 'full.sqlite') });
  });
  afterAll(() => t.close());

  it('answers 507, changes nothing, shows in /health, and recovers when space returns', async () => {
    await t.http.get('/health').expect(200);
    const client = t.db.$client;
    const rounds = () => (client.prepare('select count(*) as n from rounds').get() as { n: number }).n;
    // The database may not grow: what a full disk does to SQLite, without filling one.
    const pages = client.pragma('page_count', { simple: true }) as number;
    client.pragma(`max_page_count = ${pages}`);
    const before = rounds();
    const big = roundInput({ background: 'Baggrund. '.repeat(4_000) });
    const full = await t.admin.post('/api/v1/rounds', big);
    expect(full.status).toBe(507);
    expect(full.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(full.body.type).toBe('urn:auditpanel:problem:storage-full');
    expect(rounds()).toBe(before);
    const health = await t.http.get('/health');
    expect(health.status).toBe(503);
    expect(health.body.type).toBe('urn:auditpanel:problem:storage-full');
    await t.admin.get('/api/v1/rounds').expect(200);
    client.pragma('max_page_count = 1073741823');
    await t.admin.post('/api/v1/rounds', big).expect(201);
    await t.http.get('/health').expect(200);
  });
});

describe('a database held by another writer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ databasePath: join(dir, 'busy.sqlite') });
  });
  afterAll(() => t.close());

  it('answers 503 with Retry-After and changes nothing', async () => {
    t.db.$client.pragma('busy_timeout = 50');
    const other = new Database(join(dir, 'busy.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const res = await t.admin.post('/api/v1/rounds', roundInput());
      expect(res.status).toBe(503);
      expect(res.body.type).toBe('urn:auditpanel:problem:database-busy');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await t.admin.get('/api/v1/rounds').expect(200)).body.items).toEqual([]);
    await t.admin.post('/api/v1/rounds', roundInput()).expect(201);
  });
});
