// From the auditmøde on: the distribution of answers per item and the case × item medians.
// Read-only; panelists never reach this page before `discussion`.

import { formatDecimal, formatPercent, h, svg } from '../dom.js';
import { itemsOf } from '../context.js';
import { showPage } from './layout.js';

const KEYS = ['high', 'some', 'low', 'none', 'na'];

function bar(share, key) {
  const width = Math.max(0, Math.min(100, share * 100));
  return svg(
    'svg',
    { class: 'bar-svg', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { class: 'bar-track', x: '0', y: '0', width: '100', height: '10' }),
    svg('rect', { class: `bar-fill bar-${key}`, x: '0', y: '0', width: String(width), height: '10' }),
  );
}

/** "Stillingtagen ikke mulig pga. …" is too long for a chart row: the rest is for screen readers. */
function shortLabel(label) {
  const cut = label.indexOf(' pga.');
  if (cut < 0) return label;
  return [label.slice(0, cut), h('span', { class: 'sr-only' }, label.slice(cut))];
}

function distribution(scale, item, figures) {
  const total = KEYS.reduce((sum, key) => sum + figures.counts[key], 0);
  return h(
    'table',
    { class: 'dist' },
    h('caption', { class: 'sr-only' }, `Fordeling af svar på punkt ${item.number}`),
    h(
      'thead',
      { class: 'sr-only' },
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Svar'),
        h('th', { scope: 'col' }, 'Andel'),
        h('th', { scope: 'col' }, 'Antal'),
      ),
    ),
    h(
      'tbody',
      {},
      scale.map((step) => {
        const count = figures.counts[step.key];
        const share = total === 0 ? 0 : count / total;
        return h(
          'tr',
          {},
          h('th', { scope: 'row', class: 'dist-label' }, shortLabel(step.label)),
          h('td', { class: 'dist-bar' }, bar(share, step.key), h('span', { class: 'sr-only' }, formatPercent(share))),
          h('td', { class: 'dist-count' }, String(count)),
        );
      }),
    ),
  );
}

function itemCard(scale, item, figures, caseCount) {
  return h(
    'article',
    { class: 'result-item' },
    h('h3', {}, h('span', { class: 'item-number' }, `${item.number}.`), ' ', item.text),
    distribution(scale, item, figures),
    h(
      'p',
      { class: 'result-figures' },
      `Median ${formatDecimal(figures.median)} · andel i høj eller nogen grad ${formatPercent(figures.positiveShare)} · `,
      `${figures.casesPositive} af ${caseCount} sager i høj eller nogen grad`,
      figures.disagreementCases > 0
        ? ` · uenighed i ${figures.disagreementCases} ${figures.disagreementCases === 1 ? 'sag' : 'sager'}`
        : '',
    ),
  );
}

function band(median) {
  if (median === null) return 'm-empty';
  if (median >= 2.5) return 'm-high';
  if (median >= 1.5) return 'm-some';
  if (median >= 0.5) return 'm-low';
  return 'm-none';
}

function medianCell(figures) {
  if (!figures) return h('td', { class: 'm-empty' }, '–');
  return h(
    'td',
    { class: band(figures.median) },
    formatDecimal(figures.median),
    figures.disagreement
      ? [h('span', { class: 'flag', 'aria-hidden': 'true' }, '◆'), h('span', { class: 'sr-only' }, ' uenighed')]
      : null,
  );
}

function mediansTable(items, cases, results) {
  const cellOf = new Map(results.cells.map((c) => [`${c.caseId}/${c.itemId}`, c]));
  const itemFigures = new Map(results.items.map((i) => [i.itemId, i]));
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'median-h' },
    h(
      'table',
      { class: 'grid-table medians' },
      h(
        'caption',
        {},
        'Median af panelets vurderinger: 3 = i høj grad, 2 = i nogen grad, 1 = i mindre grad, 0 = slet ikke. ◆ = uenighed i panelet.',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Sag'),
          items.map((item) => h('th', { scope: 'col', title: item.text }, `Punkt ${item.number}`)),
        ),
      ),
      h(
        'tbody',
        {},
        cases.map((kase) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, kase.code),
            items.map((item) => medianCell(cellOf.get(`${kase.id}/${item.id}`))),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, 'Alle sager'),
          items.map((item) => medianCell({ ...itemFigures.get(item.id), disagreement: false })),
        ),
      ),
    ),
  );
}

export async function renderResults(main, session) {
  const { api, round, form, cases } = session;
  const results = await api.get(`/rounds/${round.id}/results`);
  const items = itemsOf(form);
  const figuresOf = new Map(results.items.map((i) => [i.itemId, i]));
  showPage(
    main,
    h('h1', {}, 'Resultater'),
    h(
      'p',
      { class: 'lead' },
      `${results.completeness.received} af ${results.completeness.expected} forventede vurderinger er modtaget. Resultaterne kan kun læses.`,
    ),
    h(
      'p',
      { class: 'hint' },
      '"Stillingtagen ikke mulig" (pga. manglende dokumentation/ikke relevant) tæller ikke med i median og andele.',
    ),
    h(
      'section',
      { class: 'section', 'aria-labelledby': 'median-h' },
      h('h2', { id: 'median-h' }, 'Medianer pr. sag og punkt'),
      mediansTable(items, cases, results),
    ),
    form.themes.map((theme) =>
      h(
        'section',
        { class: 'section', 'aria-labelledby': `res-${theme.key}` },
        h('h2', { id: `res-${theme.key}` }, `Tema: ${theme.title}`),
        h(
          'div',
          { class: 'result-grid' },
          theme.items.map((item) => itemCard(form.scale, item, figuresOf.get(item.id), cases.length)),
        ),
      ),
    ),
  );
}
