import Database from 'better-sqlite3';

/**
 * One server process per database file. The per-process caches (known tokens, the admin
 * credential) and the group commit assume they are the only writer, so a second process on
 * the same file must not start. The lock is an exclusive SQLite lock on `<database>.lock`,
 * held by a connection that stays open for the life of the process: the operating system
 * releases it when the process ends, however it ends (SIGKILL and crashes too), so a stale
 * lock file never blocks a restart. `npm run backup` reads the database itself and is not affected.
 */
export function acquireProcessLock(databasePath: string): { release(): void } | null {
  if (databasePath === ':memory:') return { release() {} };
  const lock = new Database(`${databasePath}.lock`);
  try {
    lock.pragma('busy_timeout = 0');
    lock.pragma('locking_mode = EXCLUSIVE');
    // In exclusive locking mode the write lock taken here is kept after the commit.
    lock.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER); BEGIN EXCLUSIVE; DELETE FROM holder; COMMIT;');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return null;
    throw error;
  }
  return { release: () => lock.close() };
}
