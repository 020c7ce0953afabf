// One case: its documents beside the vurderingsskema. Every change saves by itself.

import { h, progressBar, replaceChildren } from '../dom.js';
import { itemsOf } from '../context.js';
import { cellOf, onCellChange, savedCount, statusOf, updateCell } from '../ratings-store.js';
import { showPage } from './layout.js';

let unsubscribe = () => {};

function documentsPane(kase) {
  const selection = [
    ['Udviklingspotentiale', kase.selection.developmentPotential],
    ['Kompleksitet', kase.selection.complexity],
    ['Relativt ny sag', kase.selection.recent],
  ].filter(([, value]) => value);
  return h(
    'section',
    { class: 'documents', 'aria-labelledby': 'docs-h', tabindex: '0' },
    h('h2', { id: 'docs-h' }, 'Sagsmateriale'),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Hovedområde'),
      h('dd', {}, kase.area),
      kase.summary ? [h('dt', {}, 'Resumé'), h('dd', {}, kase.summary)] : null,
      selection.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
    ),
    kase.documents.map((doc) =>
      h('article', { class: 'document' }, h('h3', {}, doc.title), h('div', { class: 'document-text' }, doc.text)),
    ),
  );
}

function itemFieldset(session, kase, item, editable) {
  const cell = cellOf(kase.id, item.id);
  const statusId = `status-${item.id}`;
  const textId = `begrundelse-${item.id}`;
  const choices = session.form.scale.map((step) => {
    const id = `svar-${item.id}-${step.key}`;
    return h(
      'div',
      { class: ['choice', step.key === 'na' && 'choice-na'] },
      h('input', {
        type: 'radio',
        id,
        name: `svar-${item.id}`,
        value: step.key,
        checked: cell.value === step.key,
        onchange: () => updateCell(kase.id, item.id, { value: step.key }, { immediate: true }),
      }),
      h('label', { for: id }, step.label),
    );
  });
  const textarea = h('textarea', {
    id: textId,
    class: 'input',
    rows: '4',
    value: cell.justification,
    oninput: (event) => updateCell(kase.id, item.id, { justification: event.target.value }),
    onblur: () => cell.saver.flush(),
  });
  // Announced when it changes ("Mangler begrundelse …"), and read with the item's group.
  const status = h('p', { class: 'item-status', id: statusId, 'aria-live': 'polite' });
  const fieldset = h(
    'fieldset',
    { class: 'item', dataset: { itemId: item.id }, 'aria-describedby': statusId, disabled: !editable },
    h('legend', {}, h('span', { class: 'item-number' }, `${item.number}.`), ' ', item.text),
    h('div', { class: 'choices' }, choices),
    h('label', { for: textId, class: 'label' }, 'Begrund din vurdering'),
    textarea,
    status,
  );
  paintStatus(status, cell);
  fieldset.classList.toggle('is-half', statusOf(cell).kind === 'missing');
  return fieldset;
}

function paintStatus(el, cell) {
  const { kind, text } = statusOf(cell);
  el.textContent = text;
  el.className = `item-status is-${kind}`;
  el.closest('fieldset')?.classList.toggle('is-half', kind === 'missing');
}

function pager(cases, kase) {
  const index = cases.indexOf(kase);
  const prev = cases[index - 1];
  const next = cases[index + 1];
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Skift sag' },
    prev
      ? h('a', { href: `#/sag/${encodeURIComponent(prev.id)}`, class: 'button button-quiet' }, `← ${prev.code}`)
      : h('span'),
    h('a', { href: '#/', class: 'button button-quiet' }, 'Alle sager'),
    next
      ? h('a', { href: `#/sag/${encodeURIComponent(next.id)}`, class: 'button' }, `${next.code} →`)
      : h('a', { href: '#/udvikling', class: 'button' }, 'Udviklingsspørgsmål →'),
  );
}

export function renderCase(main, session, kase) {
  unsubscribe();
  const { form, round, cases } = session;
  const editable = round.phase === 'rating';
  const itemCount = itemsOf(form).length;
  const progress = h('p', { class: 'summary' });
  const paintProgress = () =>
    replaceChildren(
      progress,
      'Vurderet: ',
      progressBar(savedCount(kase.id), itemCount, `${kase.code}: vurderede punkter`),
    );
  paintProgress();

  const themes = form.themes.map((theme) =>
    h(
      'section',
      { class: 'theme', 'aria-labelledby': `tema-${theme.key}` },
      h('h3', { id: `tema-${theme.key}`, class: 'theme-title' }, `Tema: ${theme.title}`),
      theme.items.map((item) => itemFieldset(session, kase, item, editable)),
    ),
  );
  const notice = editable
    ? null
    : h(
        'p',
        { class: 'notice' },
        round.phase === 'scoping' || round.phase === 'panel' || round.phase === 'calibration'
          ? 'Vurderingen er ikke åbnet endnu; skemaet kan ikke udfyldes.'
          : 'Vurderingen er afsluttet; dine svar vises, men kan ikke ændres.',
      );

  showPage(
    main,
    h('h1', {}, `${kase.code}`, h('span', { class: 'h1-sub' }, ` – ${kase.area}`)),
    progress,
    notice,
    h(
      'div',
      { class: 'case-layout' },
      documentsPane(kase),
      h(
        'section',
        { class: 'rating-form', 'aria-labelledby': 'form-h' },
        h('h2', { id: 'form-h' }, 'Vurderingsskema'),
        h('p', { class: 'hint' }, 'Vælg et svar og skriv en begrundelse for hvert punkt. Alt gemmes automatisk.'),
        themes,
      ),
    ),
    pager(cases, kase),
  );

  unsubscribe = onCellChange((cell) => {
    if (cell.caseId !== kase.id) return;
    const el = document.getElementById(`status-${cell.itemId}`);
    if (el) paintStatus(el, cell);
    paintProgress();
  });
}
