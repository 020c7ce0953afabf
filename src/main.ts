import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createPrivately } from './db/connection.js';
import { acquireProcessLock } from './db/process-lock.js';

const SHUTDOWN_GRACE_MS = 10_000;
/** After this, connections still sending (a client trickling headers or body) are cut, so shutdown ends in time. */
const SHUTDOWN_DRAIN_MS = 5_000;

let heldLock: { release(): void } | null = null;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function checkDatabaseFolder(path: string): void {
  if (path === ':memory:') return;
  const folder = dirname(resolve(path));
  try {
    createPrivately(path);
    accessSync(folder, constants.W_OK);
  } catch {
    fail(`Cannot start: the folder for DATABASE_PATH (${folder}) cannot be created or written to.`);
  }
  if (!statSync(path).isFile()) fail(`Cannot start: DATABASE_PATH (${resolve(path)}) is not a regular file.`);
}

async function start(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  checkDatabaseFolder(config.databasePath);
  // Kept in a module variable for the process's life: a collected connection would drop the lock.
  heldLock = acquireProcessLock(config.databasePath);
  if (!heldLock) {
    fail(`Cannot start: another Auditpanel process is already serving the database ${resolve(config.databasePath)}.`);
  }
  let built;
  try {
    built = await buildApp({ config });
  } catch (error) {
    fail(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { app, createdAdminToken, connections } = built;
  if (createdAdminToken) {
    // Printed once, on the terminal only (not through the JSON log); only its hash is stored.
    process.stdout.write(`\nAdmin token created (shown only this once; store it now):\n\n  ${createdAdminToken}\n\n`);
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => fail('Shutdown took too long; exiting.'), SHUTDOWN_GRACE_MS);
    timer.unref();
    // close() only drops connections idle at that moment; a keep-alive connection whose
    // in-flight request finishes later would hold the server open until its idle timeout.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
    sweep.unref();
    setTimeout(() => connections.cutUnfinished(), SHUTDOWN_DRAIN_MS).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  try {
    const address = await app.listen({ port: config.port, host: config.host });
    // For the person at the terminal, beside the JSON log: where to go next.
    process.stdout.write(`\nAuditpanel is running.\n  Panel:    ${address}/panel\n  API docs: ${address}/docs\n\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'EADDRINUSE'
        ? `Cannot start: port ${config.port} is already in use (set PORT to another port).`
        : `Cannot start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

await start();
