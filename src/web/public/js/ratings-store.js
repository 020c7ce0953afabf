// The panelist's own ratings: one cell per case × item with what is in the form, the
// stored rating and a saver. A rating needs both a value and a justification; a half-answered
// item (one of the two) is kept on the server as a draft, so a reload loses nothing.

import { describeError } from './api.js';
import { createSaver } from './autosave.js';

const cells = new Map();
const listeners = new Set();
let context = null;

const keyOf = (caseId, itemId) => `${caseId}/${itemId}`;

/** Starts the store for one round with the own ratings and own drafts the API returned. */
export function initRatings(api, roundId, ratings, drafts = []) {
  cells.clear();
  context = { api, roundId };
  for (const r of ratings) {
    const cell = cellOf(r.caseId, r.itemId);
    cell.value = r.value;
    cell.justification = r.justification;
    cell.saved = { value: r.value, justification: r.justification };
  }
  // A draft is newer than the stored rating it was edited from: the form shows the draft.
  for (const d of drafts) {
    const cell = cellOf(d.caseId, d.itemId);
    cell.value = d.value;
    cell.justification = d.justification ?? '';
    cell.hasDraft = true;
  }
}

/** Half-answered items of a case (or of all cases): kept as drafts, not yet counted. */
export function halfAnsweredCount(caseId) {
  let n = 0;
  for (const cell of cells.values()) if ((!caseId || cell.caseId === caseId) && isHalf(cell)) n += 1;
  return n;
}

export function onCellChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(cell) {
  for (const listener of listeners) listener(cell);
}

export function cellOf(caseId, itemId) {
  const key = keyOf(caseId, itemId);
  let cell = cells.get(key);
  if (!cell) {
    cell = {
      caseId,
      itemId,
      value: null,
      justification: '',
      saved: null,
      hasDraft: false,
      saveState: 'idle',
      error: null,
    };
    const path = `/rounds/${context.roundId}/cases/${caseId}`;
    cell.saver = createSaver({
      send: async ({ kind, ...body }) => {
        if (kind === 'rating') return { kind, stored: await context.api.put(`${path}/ratings/${itemId}`, body) };
        if (kind === 'draft') return { kind, stored: await context.api.put(`${path}/drafts/${itemId}`, body) };
        await context.api.del(`${path}/drafts/${itemId}`);
        return { kind };
      },
      onState: (state, detail) => {
        cell.saveState = state;
        cell.error = state === 'failed' || state === 'retrying' ? detail : null;
        if (state === 'saved' && detail) {
          // The server clears the draft when the full rating is stored.
          cell.hasDraft = detail.kind === 'draft';
          if (detail.kind === 'rating')
            cell.saved = { value: detail.stored.value, justification: detail.stored.justification };
        }
        emit(cell);
      },
    });
    cells.set(key, cell);
  }
  return cell;
}

const isComplete = (cell) => Boolean(cell.value) && cell.justification.trim() !== '';
const isHalf = (cell) => !isComplete(cell) && (Boolean(cell.value) || cell.justification.trim() !== '');
const matchesSaved = (cell) =>
  cell.saved !== null && cell.saved.value === cell.value && cell.saved.justification === cell.justification.trim();

/** A change in the form: radio buttons save at once, text after a pause in typing. */
export function updateCell(caseId, itemId, patch, { immediate = false } = {}) {
  const cell = cellOf(caseId, itemId);
  Object.assign(cell, patch);
  const justification = cell.justification.trim();
  if (isComplete(cell)) {
    if (matchesSaved(cell) && !cell.hasDraft) cell.saver.cancel();
    else cell.saver.schedule({ kind: 'rating', value: cell.value, justification }, { immediate });
  } else if (isHalf(cell)) {
    cell.saver.schedule({ kind: 'draft', value: cell.value, justification: justification || null }, { immediate });
  } else if (cell.hasDraft) cell.saver.schedule({ kind: 'clear' }, { immediate });
  else cell.saver.cancel();
  emit(cell);
}

/** Stored ratings of one case (the progress the panelist sees). */
export function savedCount(caseId) {
  let n = 0;
  for (const cell of cells.values()) if (cell.caseId === caseId && cell.saved) n += 1;
  return n;
}

/** What the status line under an item says. `kind` picks the colour. */
export function statusOf(cell) {
  switch (cell.saveState) {
    case 'retrying':
      return { kind: 'retrying', text: 'Ikke gemt – prøver igen' };
    case 'failed':
      return { kind: 'failed', text: `Ikke gemt: ${describeError(cell.error)}` };
    case 'pending':
    case 'saving':
      return { kind: 'saving', text: 'Gemmer …' };
    default:
  }
  const hasValue = Boolean(cell.value);
  const hasText = cell.justification.trim() !== '';
  const kept = cell.hasDraft ? ' – halvt besvaret, gemt som kladde og endnu ikke talt med' : '';
  if (hasValue && !hasText) return { kind: 'missing', text: `Mangler begrundelse${kept}` };
  if (!hasValue && hasText) return { kind: 'missing', text: `Mangler vurdering${kept}` };
  if (matchesSaved(cell)) return { kind: 'saved', text: 'Gemt' };
  return { kind: 'empty', text: 'Ikke besvaret' };
}
