import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connection.js';
import { focusPoints, rounds } from '../../src/db/schema.js';
import { focusPointList } from '../../src/services/focus-store.js';

/** Drives the helper through the focus-point list and compares with a plain array doing the same. */
type Op =
  | { kind: 'insert'; at: number | undefined }
  | { kind: 'move'; index: number; to: number | undefined }
  | {
      kind: 'remove';
      index: number;
    };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.option(fc.integer({ min: -3, max: 12 }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    index: fc.nat(),
    to: fc.option(fc.integer({ min: -3, max: 12 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
);

function clampedIndex(requested: number | undefined, length: number): number {
  if (requested === undefined) return length;
  return Math.min(Math.max(1, requested), length + 1) - 1;
}

describe('orderedList', () => {
  it('keeps positions 1..N in the order a plain array would have, for any sequence of changes', () => {
    const db = openDatabase(':memory:');
    const now = new Date().toISOString();
    for (const id of ['r1', 'r2']) {
      db.insert(rounds)
        .values({ id, title: 't', organisation: 'o', purpose: 'p', developmentQuestion: 'q', updatedAt: now })
        .run();
    }
    // r2 holds one focus point that no operation on r1 may move.
    db.insert(focusPoints)
      .values({ id: 'other', roundId: 'r2', title: 'x', deliberation: 'x', position: 1, updatedAt: now })
      .run();
    let serial = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        db.delete(focusPoints).where(eq(focusPoints.roundId, 'r1')).run();
        const model: string[] = [];
        for (const o of ops) {
          db.transaction((tx) => {
            if (o.kind === 'insert') {
              const id = `fp${(serial += 1)}`;
              const position = focusPointList.insertAt(tx, 'r1', o.at);
              tx.insert(focusPoints)
                .values({ id, roundId: 'r1', title: id, deliberation: '', position, updatedAt: now })
                .run();
              model.splice(clampedIndex(o.at, model.length), 0, id);
              return;
            }
            if (model.length === 0) return;
            const id = model[o.index % model.length] ?? '';
            const position = model.indexOf(id) + 1;
            if (o.kind === 'remove') {
              tx.delete(focusPoints).where(eq(focusPoints.id, id)).run();
              focusPointList.remove(tx, 'r1', position);
              model.splice(position - 1, 1);
            } else {
              const at = focusPointList.move(tx, { scopeId: 'r1', position }, 'r1', o.to);
              tx.update(focusPoints).set({ position: at }).where(eq(focusPoints.id, id)).run();
              model.splice(position - 1, 1);
              model.splice(o.to === undefined ? position - 1 : clampedIndex(o.to, model.length), 0, id);
            }
          });
        }
        const rows = db
          .select({ id: focusPoints.id, position: focusPoints.position })
          .from(focusPoints)
          .where(eq(focusPoints.roundId, 'r1'))
          .orderBy(asc(focusPoints.position))
          .all();
        expect(rows.map((r) => r.position)).toEqual(model.map((_, i) => i + 1));
        expect(rows.map((r) => r.id)).toEqual(model);
        expect(focusPointList.count(db, 'r1')).toBe(model.length);
        const other = db.select().from(focusPoints).where(eq(focusPoints.id, 'other')).get();
        expect(other?.position).toBe(1);
      }),
      { numRuns: 200 },
    );
    db.$client.close();
  });
});
