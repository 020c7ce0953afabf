import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/connection.js';
import { formItems, formThemes, rounds } from '../db/schema.js';
import type { Form, FormInput } from '../contract/form.js';
import { developmentQuestionNumber } from '../domain/form.js';
import { SCALE } from '../domain/scale.js';
import { actorOf, type Principal } from '../domain/principal.js';
import { unprocessable } from './errors.js';
import { recordAudit } from './audit.js';
import { loadRound, loadRoundForWrite, touchRound } from './round-access.js';
import { requireRoundSize } from './round-limits.js';

/** The form as the API answers it. */
export type FormView = Form;

/**
 * What writeForm stores: the request's themes and development question; `baselineItemId` is
 * set only by the genaudit's copy of its baseline form, never by a client.
 */
export interface FormWrite {
  themes: { key: string; title: string; items: { id?: string; text: string; baselineItemId?: string | null }[] }[];
  developmentQuestion: string;
}

export function readForm(tx: DbOrTx, roundId: string): FormView {
  const themes = tx
    .select()
    .from(formThemes)
    .where(eq(formThemes.roundId, roundId))
    .orderBy(asc(formThemes.position))
    .all();
  const items = tx.select().from(formItems).where(eq(formItems.roundId, roundId)).orderBy(asc(formItems.number)).all();
  const round = tx
    .select({ developmentQuestion: rounds.developmentQuestion })
    .from(rounds)
    .where(eq(rounds.id, roundId))
    .get();
  const formThemesWithItems = themes.map((theme) => ({
    key: theme.key,
    title: theme.title,
    items: items
      .filter((item) => item.themeId === theme.id)
      .map(({ id, number, text, baselineItemId }) => ({ id, number, text, baselineItemId })),
  }));
  return {
    scale: SCALE.map((step) => ({ ...step })),
    themes: formThemesWithItems,
    developmentQuestion: round?.developmentQuestion ?? '',
    developmentQuestionNumber: developmentQuestionNumber(formThemesWithItems),
  };
}

/**
 * Replaces a round's form: items with an id keep it (and so their identity and, in a
 * genaudit, their link to the baseline item), items without one are created, items left out
 * are removed; numbers run 1..N in order.
 */
export function writeForm(tx: DbOrTx, roundId: string, form: FormWrite): void {
  const existingRows = tx
    .select({ id: formItems.id, baselineItemId: formItems.baselineItemId })
    .from(formItems)
    .where(eq(formItems.roundId, roundId))
    .all();
  const existing = new Set(existingRows.map((r) => r.id));
  const baselineOf = new Map(existingRows.map((r) => [r.id, r.baselineItemId]));
  checkForm(form, existing);
  tx.delete(formItems).where(eq(formItems.roundId, roundId)).run();
  tx.delete(formThemes).where(eq(formThemes.roundId, roundId)).run();
  let number = 0;
  form.themes.forEach((theme, position) => {
    const themeId = randomUUID();
    tx.insert(formThemes).values({ id: themeId, roundId, key: theme.key, title: theme.title, position }).run();
    for (const item of theme.items) {
      number += 1;
      const id = item.id ?? randomUUID();
      const baselineItemId = item.id === undefined ? (item.baselineItemId ?? null) : (baselineOf.get(item.id) ?? null);
      tx.insert(formItems).values({ id, roundId, themeId, number, text: item.text, baselineItemId }).run();
    }
  });
  tx.update(rounds).set({ developmentQuestion: form.developmentQuestion }).where(eq(rounds.id, roundId)).run();
}

function checkForm(form: Pick<FormWrite, 'themes'>, existing: Set<string>): void {
  const keys = new Set<string>();
  const ids = new Set<string>();
  form.themes.forEach((theme, t) => {
    if (keys.has(theme.key)) {
      throw unprocessable('invalid-form', `Temaets key "${theme.key}" er brugt to gange.`, {
        errors: [{ path: `body/themes/${t}/key`, message: 'Denne key er brugt af et andet tema' }],
      });
    }
    keys.add(theme.key);
    theme.items.forEach((item, i) => {
      const id = item.id;
      if (id === undefined) return;
      const path = `body/themes/${t}/items/${i}/id`;
      if (!existing.has(id)) {
        throw unprocessable('invalid-form', 'Et id hører ikke til et spørgsmål i dette vurderingsskema.', {
          errors: [{ path, message: 'Ukendt id; udelad det for et nyt spørgsmål' }],
        });
      }
      if (ids.has(id)) {
        throw unprocessable('invalid-form', 'Et spørgsmåls id er brugt to gange.', {
          errors: [{ path, message: 'Dette id er brugt af et andet spørgsmål' }],
        });
      }
      ids.add(id);
    });
  });
}

export function createFormService(db: Db) {
  function get(principal: Principal, roundId: string): FormView {
    loadRound(db, principal, roundId, 'round.read');
    return readForm(db, roundId);
  }

  function replace(principal: Principal, roundId: string, form: FormInput): FormView {
    return db.transaction((tx) => {
      loadRoundForWrite(tx, principal, roundId, 'form');
      const items = form.themes.reduce((sum, theme) => sum + theme.items.length, 0);
      requireRoundSize(tx, roundId, (size) => ({ ...size, items }));
      writeForm(tx, roundId, form);
      touchRound(tx, roundId);
      const view = readForm(tx, roundId);
      recordAudit(tx, actorOf(principal), {
        roundId,
        action: 'form.replaced',
        targetType: 'form',
        targetId: roundId,
        details: { items: view.themes.reduce((sum, theme) => sum + theme.items.length, 0) },
      });
      return view;
    });
  }

  return { get, replace };
}

export type FormService = ReturnType<typeof createFormService>;
