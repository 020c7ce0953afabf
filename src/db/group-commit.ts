import type Database from 'better-sqlite3';

/** At most this many calls share a transaction; more wait for the next turn of the event loop. */
const MAX_GROUP = 256;

export interface GroupCommit<A extends unknown[], R> {
  (...args: A): Promise<R>;
  /** Writes everything queued, now (before the connection closes). */
  flush(): void;
  /** Transactions run and calls settled so far. */
  stats(): { transactions: number; calls: number };
}

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Pending<A, R> {
  args: A;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for a hot write path. The calls made in one turn of the event loop are
 * written in one SQLite transaction, each inside its own savepoint, and every promise
 * settles only after that transaction has committed: nothing is acknowledged before it is
 * in the database. Each call is still all-or-nothing on its own: one that throws rolls
 * back to its savepoint and rejects alone, and the others go on.
 *
 * If the group's transaction itself fails (its COMMIT, or an error after which SQLite gave
 * the whole transaction up) nothing of it is kept, and every call runs again in a
 * transaction of its own, so each settles exactly as it would have without grouping.
 *
 * Calls run in the order they were made, so the group is the same as running them one
 * after another; a call made while a group is being written waits for the next group.
 */
export function groupCommit<A extends unknown[], R>(
  client: Database.Database,
  write: (...args: A) => R,
): GroupCommit<A, R> {
  // Alone it is BEGIN … COMMIT; inside `together` a better-sqlite3 transaction function uses a savepoint.
  const transaction = client.transaction(write);
  let queue: Pending<A, R>[] = [];
  let scheduled = false;
  let transactions = 0;
  let calls = 0;

  const alone = (job: Pending<A, R>): Outcome<R> => {
    try {
      return { ok: true, value: transaction(...job.args) };
    } catch (error) {
      return { ok: false, error };
    }
  };

  const together = client.transaction((jobs: Pending<A, R>[]): Outcome<R>[] =>
    jobs.map((job) => {
      const outcome = alone(job);
      // SQLite rolled the whole transaction back (e.g. RAISE(ROLLBACK)): the group is void.
      if (!outcome.ok && !client.inTransaction) throw outcome.error;
      return outcome;
    }),
  );

  function writeGroup(jobs: Pending<A, R>[]): Outcome<R>[] {
    if (jobs.length > 1) {
      try {
        const outcomes = together(jobs);
        transactions += 1;
        return outcomes;
      } catch {
        // Nothing of the group was kept: each call runs alone below.
      }
    }
    transactions += jobs.length;
    return jobs.map(alone);
  }

  function writeNext(): void {
    const jobs = queue.slice(0, MAX_GROUP);
    queue = queue.slice(MAX_GROUP);
    const outcomes = writeGroup(jobs);
    calls += jobs.length;
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome ? outcome.error : new Error('The group commit lost a call'));
    });
  }

  function onTurn(): void {
    scheduled = false;
    writeNext();
    if (queue.length > 0) schedule();
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // After the poll phase: every request read in this turn has queued its call by then.
    setImmediate(onTurn);
  }

  const call = (...args: A): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      queue.push({ args, resolve, reject });
      schedule();
    });

  return Object.assign(call, {
    flush(): void {
      while (queue.length > 0) writeNext();
    },
    stats: () => ({ transactions, calls }),
  });
}
