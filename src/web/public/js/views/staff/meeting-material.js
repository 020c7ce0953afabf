// The auditmøde's material: items in meeting order with their figures and the justifications
// by case, the development answers by area, and the focus-point suggestions.

import { formatDecimal, formatPercent, h } from '../../dom.js';

function figures(item) {
  return `Median ${formatDecimal(item.median)} · i høj eller nogen grad ${formatPercent(item.positiveShare)} · positiv i ${item.casesPositive} af ${item.casesRated} sager${item.disagreementCases ? ` · uenighed i ${item.disagreementCases} ${item.disagreementCases === 1 ? 'sag' : 'sager'}` : ''}`;
}

function materialItem(item) {
  return h(
    'details',
    { class: 'material-item' },
    h(
      'summary',
      {},
      h('span', { class: 'item-number' }, `${item.number}.`),
      ' ',
      item.text,
      h('span', { class: 'material-figures' }, figures(item)),
    ),
    item.cells.map((cell) =>
      h(
        'section',
        { class: 'material-cell' },
        h('h4', {}, cell.caseCode, cell.disagreement ? h('span', { class: 'badge badge-todo' }, 'Uenighed') : null),
        h(
          'ul',
          { class: 'justifications' },
          cell.justifications.map((j) =>
            h('li', {}, h('strong', {}, `${j.rater}, ${j.valueLabel}: `), j.justification),
          ),
        ),
      ),
    ),
  );
}

export function material(discussion, suggestions) {
  return h(
    'section',
    { class: 'meeting-material', 'aria-labelledby': 'material-h' },
    h('h2', { id: 'material-h' }, 'Materiale til drøftelsen'),
    h(
      'p',
      { class: 'hint' },
      'Spørgsmålene i mødets rækkefølge: først dem med uenighed, så dem med lavest andel i høj eller nogen grad.',
    ),
    discussion.items.map(materialItem),
    h('h3', {}, 'Udviklingsspørgsmålet'),
    h('p', { class: 'hint' }, `${discussion.development.respondents} har svaret: ${discussion.development.question}`),
    discussion.development.areas.map((area) =>
      h(
        'details',
        { class: 'material-item' },
        h('summary', {}, area.area),
        h(
          'ul',
          {},
          area.suggestions.map((s) => h('li', {}, s)),
        ),
      ),
    ),
    h('h3', {}, 'Forslag til fokuspunkter'),
    suggestions.length === 0
      ? h('p', { class: 'hint' }, 'Ingen forslag ud fra resultaterne.')
      : h(
          'ul',
          { class: 'suggestions' },
          suggestions.map((s) =>
            h(
              'li',
              {},
              h('strong', {}, s.proposedTitle),
              ` (spørgsmål ${s.itemNumbers.join(', ')}): `,
              s.reasons.join(' '),
            ),
          ),
        ),
  );
}
