// Cases: add a case by pasting its text; anonymisation findings are shown in place, to fix
// and submit again.

import { ApiError } from '../../api.js';
import { h, replaceChildren } from '../../dom.js';
import { showPage } from '../layout.js';
import { busy, canManage, field, outcome } from './shared.js';

const KIND_LABELS = {
  cpr: 'CPR-nummer',
  email: 'e-mailadresse',
  phone: 'telefonnummer',
  known_identifier: 'kendt identifikator',
  knownIdentifier: 'kendt identifikator',
};

/** The document text with each finding marked; the text itself comes from the form, never the server. */
function markedText(text, findings) {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      h(
        'mark',
        { class: 'finding' },
        text.slice(f.start, f.end),
        h('span', { class: 'sr-only' }, ` (${KIND_LABELS[f.kind] ?? f.kind})`),
      ),
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return h('div', { class: 'document-text marked' }, parts);
}

function caseList(cases) {
  if (cases.length === 0) return h('p', { class: 'notice' }, 'Der er ingen sager endnu.');
  return h(
    'ul',
    { class: 'case-list' },
    cases.map((kase) =>
      h(
        'li',
        { class: 'case-card' },
        h('span', { class: 'case-link' }, kase.code),
        h('span', { class: 'case-area' }, kase.area),
        h(
          'span',
          { class: 'hint' },
          `${kase.documents.length} ${kase.documents.length === 1 ? 'dokument' : 'dokumenter'}`,
        ),
      ),
    ),
  );
}

function addForm(main, session) {
  const { api, round } = session;
  const code = field('c-code', 'Sagsnummer', { value: `Sag ${session.cases.length + 1}`, required: true });
  const area = field('c-area', 'Hovedområde', { required: true, hint: 'Fx Socialpsykiatri' });
  const summary = field('c-summary', 'Resumé (valgfrit)', { multiline: true, rows: 2 });
  const title = field('c-doc-title', 'Dokumentets titel', { value: 'Handleplan', required: true });
  const text = field('c-doc-text', 'Dokumentets tekst', {
    multiline: true,
    rows: 10,
    required: true,
    hint: 'Indsæt den anonymiserede tekst. Den kontrolleres for CPR-numre, e-mailadresser, telefonnumre og jeres kendte navne, før den gemmes.',
  });
  const known = field('c-known', 'Kendte navne og steder, der ikke må stå i teksten (valgfrit)', {
    hint: 'Adskil med komma, fx borgerens gade eller bosted.',
  });
  const out = outcome();
  const findingsBox = h('div', { class: 'findings', tabindex: '-1' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Tilføj sagen');
  return h(
    'form',
    {
      class: 'section card',
      'aria-labelledby': 'add-case-h',
      onsubmit: (event) => {
        event.preventDefault();
        replaceChildren(findingsBox);
        const body = {
          code: code.input.value.trim(),
          area: area.input.value.trim(),
          summary: summary.input.value.trim() || undefined,
          documents: [{ title: title.input.value.trim(), text: text.input.value }],
          knownIdentifiers: known.input.value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        };
        void busy(submit, out, async () => {
          try {
            await api.post(`/rounds/${round.id}/cases`, body);
          } catch (error) {
            if (!(error instanceof ApiError) || !error.problem?.findings) throw error;
            const findings = error.problem.findings;
            out.fail(
              `Sagen blev ikke gemt: teksten indeholder ${findings.length} ${findings.length === 1 ? 'oplysning' : 'oplysninger'}, der kan identificere en borger. Ret dem, og tilføj sagen igen.`,
            );
            replaceChildren(
              findingsBox,
              h('h3', {}, 'Markeret i teksten'),
              h(
                'ul',
                {},
                findings.map((f) => h('li', {}, `${KIND_LABELS[f.kind] ?? f.kind}, tegn ${f.start + 1}–${f.end}`)),
              ),
              markedText(
                text.input.value,
                findings.filter((f) => (f.document ?? 0) === 0),
              ),
            );
            findingsBox.focus();
            return;
          }
          const { items } = await api.get(`/rounds/${round.id}/cases`);
          session.cases = items;
          await renderCases(main, session);
        });
      },
    },
    h('h2', { id: 'add-case-h' }, 'Tilføj en sag'),
    code.row,
    area.row,
    summary.row,
    title.row,
    text.row,
    known.row,
    h('div', { class: 'actions' }, submit),
    out.el,
    findingsBox,
  );
}

export async function renderCases(main, session) {
  const { items } = await session.api.get(`/rounds/${session.round.id}/cases`);
  session.cases = items;
  const open = canManage(session) && ['scoping', 'panel', 'calibration'].includes(session.round.phase);
  showPage(
    main,
    h('h1', {}, 'Sager'),
    h(
      'section',
      { class: 'section', 'aria-labelledby': 'case-list-h' },
      h('h2', { id: 'case-list-h' }, `Sagerne (${items.length})`),
      caseList(items),
    ),
    open ? addForm(main, session) : h('p', { class: 'hint' }, 'Sager kan kun tilføjes før vurderingen begynder.'),
  );
}
