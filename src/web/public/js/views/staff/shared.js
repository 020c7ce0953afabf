// Small pieces the leader's and referent's views share: the link to a view, forms, notices.

import { describeError } from '../../api.js';
import { h } from '../../dom.js';

/** Where the round's views live: #/runde/<id>/… for the admin, #/… for a member token. */
export function viewHref(session, path) {
  const base = session.role === 'admin' ? `#/runde/${encodeURIComponent(session.round.id)}` : '#';
  return path === '/' ? (session.role === 'admin' ? base : '#/') : `${base}${path}`;
}

export const canManage = (session) => session.role === 'admin' || session.role === 'leader';

/** A labelled field; `multiline` for a textarea. Returns { row, input }. */
export function field(id, label, { value = '', multiline = false, rows = 3, required = false, hint, type } = {}) {
  const attrs = { id, name: id, class: 'input', value, required, 'aria-describedby': hint ? `${id}-hint` : undefined };
  const input = multiline
    ? h('textarea', { ...attrs, rows: String(rows) })
    : h('input', { ...attrs, type: type ?? 'text' });
  const row = h(
    'div',
    { class: 'field' },
    h('label', { for: id, class: 'label' }, label),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    input,
  );
  return { row, input };
}

/** A live region under a form for its outcome. */
export function outcome() {
  const el = h('p', { class: 'form-outcome', role: 'status', 'aria-live': 'polite' });
  return {
    el,
    ok(text) {
      el.className = 'form-outcome notice';
      el.textContent = text;
    },
    fail(error) {
      el.className = 'form-outcome notice notice-error';
      el.textContent = typeof error === 'string' ? error : describeError(error);
    },
    clear() {
      el.className = 'form-outcome';
      el.textContent = '';
    },
  };
}

/** Runs a form's action with the button disabled; errors go to the outcome line. */
export async function busy(button, out, action) {
  button.disabled = true;
  try {
    return await action();
  } catch (error) {
    out.fail(error);
    return undefined;
  } finally {
    button.disabled = false;
  }
}
