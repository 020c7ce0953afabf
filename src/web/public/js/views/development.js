// Item 10, once for all cases: one to three areas, each with a suggestion. The complete
// rows are saved by themselves; a half-filled row says what it is missing.

import { h } from '../dom.js';
import { describeError } from '../api.js';
import { createSaver } from '../autosave.js';
import { showPage } from './layout.js';

const ROWS = 3;
let paint = () => {};

const isComplete = (row) => row.area.trim() !== '' && row.suggestion.trim() !== '';
const trimmed = (rows) =>
  rows.filter(isComplete).map((row) => ({ area: row.area.trim(), suggestion: row.suggestion.trim() }));

function rowsOf(development) {
  if (!development.rows) {
    development.rows = Array.from({ length: ROWS }, (_, i) => ({
      area: development.saved[i]?.area ?? '',
      suggestion: development.saved[i]?.suggestion ?? '',
    }));
  }
  return development.rows;
}

/** One saver per signed-in session (it lives on session.development, gone at "Log ud"). */
function saverFor(session) {
  const development = session.development;
  if (!development.saver) {
    development.saveState = 'idle';
    development.saver = createSaver({
      send: (payload) => session.api.put(`/rounds/${session.round.id}/development`, payload),
      onState: (state, detail) => {
        development.saveState = state;
        development.saveError = state === 'failed' || state === 'retrying' ? detail : null;
        if (state === 'saved' && detail) development.saved = detail.areas;
        paint();
      },
    });
  }
  return development.saver;
}

function overallStatus(development) {
  const { saveState, saveError } = development;
  if (saveState === 'retrying') return ['retrying', 'Ikke gemt – prøver igen'];
  if (saveState === 'failed') return ['failed', `Ikke gemt: ${describeError(saveError)}`];
  if (saveState === 'pending' || saveState === 'saving') return ['saving', 'Gemmer …'];
  const complete = trimmed(development.rows);
  if (complete.length === 0) return ['missing', 'Skriv mindst ét område med et forslag.'];
  if (JSON.stringify(complete) === JSON.stringify(development.saved)) return ['saved', 'Gemt'];
  return ['missing', 'Ikke gemt'];
}

function rowStatus(row) {
  const hasArea = row.area.trim() !== '';
  const hasSuggestion = row.suggestion.trim() !== '';
  if (hasArea && !hasSuggestion) return 'Mangler forslag – området gemmes, når forslaget er skrevet.';
  if (!hasArea && hasSuggestion) return 'Mangler område – forslaget gemmes, når området er skrevet.';
  return '';
}

function changed(session, { immediate = false } = {}) {
  const development = session.development;
  const complete = trimmed(development.rows);
  const s = saverFor(session);
  if (complete.length === 0 || JSON.stringify(complete) === JSON.stringify(development.saved)) s.cancel();
  else s.schedule({ areas: complete }, { immediate });
  paint();
}

function areaFieldset(session, row, index, editable) {
  const n = index + 1;
  const status = h('p', { class: 'item-status is-missing', id: `omraade-status-${n}` }, rowStatus(row));
  const update = (field) => (event) => {
    row[field] = event.target.value;
    status.textContent = rowStatus(row);
    changed(session);
  };
  return h(
    'fieldset',
    { class: 'item area', disabled: !editable, 'aria-describedby': `omraade-status-${n}` },
    h('legend', {}, `Område ${n}`, n === 1 ? '' : ' (valgfrit)'),
    h('label', { for: `omraade-${n}`, class: 'label' }, 'Område med udviklingspotentiale'),
    h('input', {
      id: `omraade-${n}`,
      class: 'input',
      value: row.area,
      maxlength: '300',
      oninput: update('area'),
      onblur: () => saverFor(session).flush(),
    }),
    h('label', { for: `forslag-${n}`, class: 'label' }, 'Forslag til forbedring'),
    h('textarea', {
      id: `forslag-${n}`,
      class: 'input',
      rows: '4',
      value: row.suggestion,
      oninput: update('suggestion'),
      onblur: () => saverFor(session).flush(),
    }),
    status,
  );
}

export function renderDevelopment(main, session) {
  const { round, form, development } = session;
  const editable = round.phase === 'rating';
  const rows = rowsOf(development);
  const status = h('p', { class: 'item-status', id: 'udvikling-status' });
  paint = () => {
    const [kind, text] = overallStatus(development);
    status.textContent = text;
    status.className = `item-status is-${kind}`;
  };
  paint();
  showPage(
    main,
    h('h1', {}, 'Udviklingsspørgsmål'),
    h('p', { class: 'lead' }, `${form.developmentQuestionNumber}. ${form.developmentQuestion}`),
    h(
      'p',
      { class: 'hint' },
      'Svaret gælder alle sagerne samlet. Nævn 1–3 områder, og skriv et forslag til hvert. Alt gemmes automatisk.',
    ),
    editable ? null : h('p', { class: 'notice' }, 'Udviklingsspørgsmålet kan kun besvares, mens vurderingen står på.'),
    h(
      'div',
      { class: 'areas' },
      rows.map((row, i) => areaFieldset(session, row, i, editable)),
    ),
    h('div', { class: 'status-line' }, h('span', { class: 'status-label' }, 'Dit svar: '), status),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Videre' },
      h('a', { href: '#/', class: 'button button-quiet' }, '← Alle sager'),
    ),
  );
}
