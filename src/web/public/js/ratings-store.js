// The panelist's own ratings: one cell per case × item with the draft in the form, the
// stored rating and a saver. A rating needs both a value and a justification.

import { describeError } from './api.js';
import { createSaver } from './autosave.js';

const cells = new Map();
const listeners = new Set();
let context = null;

const keyOf = (caseId, itemId) => `${caseId}/${itemId}`;

/** Starts the store for one round with the ratings the API returned (own only). */
export function initRatings(api, roundId, ratings) {
  cells.clear();
  context = { api, roundId };
  for (const r of ratings) {
    const cell = cellOf(r.caseId, r.itemId);
    cell.value = r.value;
    cell.justification = r.justification;
    cell.saved = { value: r.value, justification: r.justification };
  }
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
    cell = { caseId, itemId, value: null, justification: '', saved: null, saveState: 'idle', error: null };
    cell.saver = createSaver({
      send: (payload) => context.api.put(`/rounds/${context.roundId}/cases/${caseId}/ratings/${itemId}`, payload),
      onState: (state, detail) => {
        cell.saveState = state;
        cell.error = state === 'failed' || state === 'retrying' ? detail : null;
        if (state === 'saved' && detail) cell.saved = { value: detail.value, justification: detail.justification };
        emit(cell);
      },
    });
    cells.set(key, cell);
  }
  return cell;
}

const isComplete = (cell) => Boolean(cell.value) && cell.justification.trim() !== '';
const matchesSaved = (cell) =>
  cell.saved !== null && cell.saved.value === cell.value && cell.saved.justification === cell.justification.trim();

/** A change in the form: radio buttons save at once, text after a pause in typing. */
export function updateCell(caseId, itemId, patch, { immediate = false } = {}) {
  const cell = cellOf(caseId, itemId);
  Object.assign(cell, patch);
  if (!isComplete(cell) || matchesSaved(cell)) cell.saver.cancel();
  else cell.saver.schedule({ value: cell.value, justification: cell.justification.trim() }, { immediate });
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
  if (hasValue && !hasText) return { kind: 'missing', text: 'Mangler begrundelse' };
  if (!hasValue && hasText) return { kind: 'missing', text: 'Mangler vurdering' };
  if (matchesSaved(cell)) return { kind: 'saved', text: 'Gemt' };
  return { kind: 'empty', text: 'Ikke besvaret' };
}
