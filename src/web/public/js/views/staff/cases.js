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
  address: 'adresse',
  birth_date: 'fødselsdato',
  known_identifier: 'kendt identifikator',
  person_name: 'muligt personnavn',
};

const FIELD_LABELS = {
  code: 'sagsnummeret',
  area: 'hovedområdet',
  summary: 'resuméet',
  title: 'dokumentets titel',
  text: 'dokumentets tekst',
};

const commaList = (input) =>
  input.value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** One finding in words: kind, where, and the excerpt with every identifier already replaced by the server. */
function findingLine(f) {
  const kind = KIND_LABELS[f.kind] ?? f.kind;
  const where = FIELD_LABELS[f.field] ?? f.field;
  return h('li', {}, `${kind} i ${where}, tegn ${f.start + 1}–${f.end}: `, h('q', { class: 'excerpt' }, f.excerpt));
}

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
    hint: 'Indsæt den anonymiserede tekst. Den kontrolleres for CPR-numre, e-mailadresser, telefonnumre, adresser, fødselsdatoer, personnavne og jeres kendte navne, før den gemmes.',
  });
  const known = field('c-known', 'Kendte navne og steder, der ikke må stå i teksten (valgfrit)', {
    hint: 'Adskil med komma, fx borgerens gade eller bosted.',
  });
  const allow = field('c-allow', 'Ord, der ligner navne, men ikke er det (valgfrit)', {
    hint: 'Adskil med komma, fx et bosted eller en by. Gælder kun mulige personnavne, aldrig CPR-numre, adresser og telefonnumre.',
  });
  const out = outcome();
  const findingsBox = h('div', { class: 'findings', tabindex: '-1' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Tilføj sagen');
  const bodyOf = () => ({
    code: code.input.value.trim(),
    area: area.input.value.trim(),
    summary: summary.input.value.trim() || undefined,
    documents: [{ title: title.input.value.trim(), text: text.input.value }],
    knownIdentifiers: commaList(known.input),
    allowTerms: commaList(allow.input),
  });
  // The redaction preview: every finding replaced by its placeholder in the form, nothing stored.
  const replace = h(
    'button',
    {
      type: 'button',
      class: 'button button-quiet',
      onclick: () => {
        replaceChildren(findingsBox);
        void busy(replace, out, async () => {
          const preview = await api.post(`/rounds/${round.id}/cases/anonymise`, bodyOf());
          const doc = preview.case.documents[0];
          code.input.value = preview.case.code;
          area.input.value = preview.case.area;
          summary.input.value = preview.case.summary ?? '';
          if (doc) {
            title.input.value = doc.title;
            text.input.value = doc.text;
          }
          const n = preview.findingsTotal;
          out.ok(
            n === 0
              ? 'Der blev ikke fundet noget at erstatte.'
              : `${n} fund er erstattet med pladsholdere som [Navn 1] og [CPR-nr.]. Læs teksten igennem, før du tilføjer sagen.`,
          );
        });
      },
    },
    'Erstat fund med pladsholdere',
  );
  return h(
    'form',
    {
      class: 'section card',
      'aria-labelledby': 'add-case-h',
      onsubmit: (event) => {
        event.preventDefault();
        replaceChildren(findingsBox);
        const body = bodyOf();
        void busy(submit, out, async () => {
          try {
            await api.post(`/rounds/${round.id}/cases`, body);
          } catch (error) {
            if (!(error instanceof ApiError) || !error.problem?.findings) throw error;
            const findings = error.problem.findings;
            const total = error.problem.findingsTotal ?? findings.length;
            const shown = error.problem.truncated ? ` De første ${findings.length} er vist.` : '';
            out.fail(
              `Sagen blev ikke gemt: teksten indeholder ${total} ${total === 1 ? 'oplysning' : 'oplysninger'}, der kan identificere en borger. Ret dem, eller erstat dem med pladsholdere, og tilføj sagen igen.${shown}`,
            );
            replaceChildren(
              findingsBox,
              h('h3', {}, 'Markeret i teksten'),
              h('ul', {}, findings.map(findingLine)),
              markedText(
                text.input.value,
                findings.filter((f) => f.document === 0 && f.field === 'text'),
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
    allow.row,
    h('div', { class: 'actions' }, submit, replace),
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
