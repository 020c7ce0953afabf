import type { FastifyInstance } from 'fastify';
import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { databaseBusy, storageFull as storageFullProblem, type AppError } from '../services/errors.js';

/** Below this much free space on the database's file system, /health reports the disk as full. */
const MIN_FREE_BYTES = 1024 * 1024;

const full = new WeakMap<FastifyInstance, boolean>();

/**
 * SQLite's own refusals, as problems: the database busy beyond its 5 s busy timeout (another
 * writer holds it) is 503 with Retry-After; the disk or the database full is 507. Null for
 * anything else. A 507 is remembered for /health until a later write succeeds.
 */
export function databaseProblem(error: unknown, app: FastifyInstance): AppError | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return databaseBusy();
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE') {
    full.set(app, true);
    return storageFullProblem();
  }
  return null;
}

/** A successful write clears the disk-full mark (space was freed, or the database grew). */
export function registerStorageWatch(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 300) full.set(app, false);
  });
}

/** Whether the last write failed for lack of space, or the database's file system is (almost) full. */
export function storageFull(app: FastifyInstance, databasePath: string): boolean {
  if (full.get(app)) return true;
  if (databasePath === ':memory:') return false;
  try {
    const stats = statfsSync(dirname(resolve(databasePath)));
    return stats.bavail * stats.bsize < MIN_FREE_BYTES;
  } catch {
    return false;
  }
}
