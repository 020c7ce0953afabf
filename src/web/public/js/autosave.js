// Autosave: each field group (one rating, the development answer) gets a saver. Changes are
// debounced, one request at a time, always the latest draft; a failure that may pass
// (offline, 5xx) is retried with exponential backoff and at once when the browser is back
// online. The draft stays in the form the whole time, so nothing typed is lost.

const TEXT_DELAY_MS = 800;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 15_000;

/** @typedef {'idle'|'pending'|'saving'|'saved'|'retrying'|'failed'} SaveState */

const savers = new Set();
const listeners = new Set();

window.addEventListener('online', () => {
  for (const saver of savers) saver.retryNow();
});

/** The state of all savers together, for the page-wide status line. */
export function overallState() {
  let state = 'idle';
  for (const saver of savers) {
    const s = saver.state;
    if (s === 'retrying' || s === 'failed') return s;
    if (s === 'pending' || s === 'saving') state = 'saving';
    else if (s === 'saved' && state === 'idle') state = 'saved';
  }
  return state;
}

export function hasUnsavedChanges() {
  for (const saver of savers) if (saver.unsaved) return true;
  return false;
}

export function onOverallChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notifyOverall() {
  const state = overallState();
  for (const listener of listeners) listener(state);
}

/** Forget every saver (signing out). */
export function resetSavers() {
  for (const saver of savers) saver.cancel();
  savers.clear();
  notifyOverall();
}

/**
 * @param {{ send: (payload: unknown) => Promise<unknown>, onState: (state: SaveState, detail?: unknown) => void }} options
 */
export function createSaver({ send, onState }) {
  let draft = null; // latest payload not yet stored
  let inFlight = false;
  let timer = 0;
  let attempt = 0;
  let state = 'idle';

  function setState(next, detail) {
    state = next;
    onState(next, detail);
    notifyOverall();
  }

  function schedule(payload, { immediate = false } = {}) {
    draft = payload;
    clearTimeout(timer);
    // While retrying, keep saying so until a save gets through.
    if (!inFlight && state !== 'retrying') setState('pending');
    timer = setTimeout(flush, immediate ? 0 : TEXT_DELAY_MS);
  }

  async function flush() {
    clearTimeout(timer);
    if (inFlight || draft === null) return;
    const payload = draft;
    inFlight = true;
    setState('saving');
    try {
      const stored = await send(payload);
      inFlight = false;
      attempt = 0;
      if (draft === payload) draft = null;
      if (draft !== null) flush();
      else setState('saved', stored);
    } catch (error) {
      inFlight = false;
      if (error?.retryable) {
        attempt += 1;
        const wait = Math.min(FIRST_RETRY_MS * 2 ** (attempt - 1), MAX_RETRY_MS);
        timer = setTimeout(flush, wait);
        setState('retrying', error);
      } else {
        setState('failed', error);
      }
    }
  }

  const saver = {
    get state() {
      return state;
    },
    get unsaved() {
      return draft !== null || inFlight;
    },
    schedule,
    /** Save now what is waiting (leaving a text field). */
    flush,
    retryNow() {
      if (state === 'retrying' && !inFlight) flush();
    },
    /** The draft became incomplete: do not send what is waiting. */
    cancel() {
      clearTimeout(timer);
      draft = null;
      if (!inFlight) setState('idle');
    },
  };
  savers.add(saver);
  return saver;
}
