import { h } from '../dom.js';
import { showPage } from './layout.js';

/** The code itself, or the whole personal link (…/panel#token=CODE) pasted into the field. */
export function tokenFromInput(text) {
  const trimmed = text.trim();
  const match = /#token=([^&\s]+)/.exec(trimmed);
  return match ? decodeURIComponent(match[1]) : trimmed;
}

/** Sign in by pasting the personal token (the usual way is the leader's link). */
export function renderSignIn(main, { message, focusError, onSubmit }) {
  const input = h('input', {
    id: 'token',
    name: 'token',
    type: 'password',
    class: 'input',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'token-help',
  });
  const error = h('p', { class: 'form-error', id: 'token-error', role: 'alert' }, message ?? '');
  const button = h('button', { type: 'submit', class: 'button' }, 'Log ind');
  const form = h(
    'form',
    {
      class: 'card signin',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        const token = tokenFromInput(input.value);
        if (!token) {
          error.textContent = 'Indsæt din personlige adgangskode.';
          input.focus();
          return;
        }
        button.disabled = true;
        button.textContent = 'Logger ind …';
        onSubmit(token);
      },
    },
    h('h1', {}, 'Log ind i auditpanelet'),
    h(
      'p',
      {},
      'Brug linket, som mødelederen har sendt dig. Du kan også indsætte hele linket eller din personlige adgangskode herunder.',
    ),
    h('label', { for: 'token', class: 'label' }, 'Personlig adgangskode'),
    h(
      'p',
      { id: 'token-help', class: 'hint' },
      'Hele linket virker også. Koden gælder kun dette auditforløb og huskes, indtil du lukker fanen eller logger ud.',
    ),
    input,
    error,
    h('div', { class: 'actions' }, button),
  );
  if (message) input.setAttribute('aria-invalid', 'true');
  showPage(main, form);
  if (focusError || !message) input.focus();
}
