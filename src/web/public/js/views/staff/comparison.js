// The genaudit compared with its baseline round: per item before and after in the report's
// words, the verdict worded honestly for few cases, and the baseline plan's indsatsområder
// with the verdicts of the items they worked on.

import { formatDecimal, h } from '../../dom.js';
import { showPage } from '../layout.js';

export const VERDICTS = {
  improved: { text: 'forbedret', class: 'verdict-improved' },
  worsened: { text: 'forværret', class: 'verdict-worsened' },
  no_clear_change: { text: 'ingen tydelig ændring', class: 'verdict-none' },
  not_comparable: { text: 'kan ikke sammenlignes', class: 'verdict-none' },
};

const p = new Intl.NumberFormat('da-DK', { maximumSignificantDigits: 2 });
const signed = (value) =>
  value === null ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatDecimal(Math.abs(value))}`;
const cases = (n) => (n === 1 ? 'sag' : 'sager');

/** "positiv i 1 af 6 sager i 2026 og i 5 af 6 sager nu" */
export function beforeAfter(item, then) {
  const { baseline: b, followUp: f } = item;
  return `positiv i ${b.casesPositive} af ${b.casesRated} ${cases(b.casesRated)} ${then} og i ${f.casesPositive} af ${f.casesRated} ${cases(f.casesRated)} nu`;
}

function verdictBadge(verdict) {
  const v = VERDICTS[verdict] ?? VERDICTS.not_comparable;
  return h('span', { class: ['verdict', v.class] }, v.text);
}

/** When the baseline's afrapportering was published, in words ("i 2026"); the report model knows. */
async function baselineWhen(api, id) {
  try {
    const report = await api.get(`/rounds/${id}/report`);
    const year = report?.comparison?.baselineYear;
    if (year) return { then: `i ${year}`, title: report.comparison.baselineTitle };
  } catch {
    // Not every role reads the report model; the wording falls back.
  }
  return { then: 'ved første audit', title: null };
}

function itemCard(item, then) {
  return h(
    'li',
    { class: 'card compare-item' },
    h('h3', {}, `Spørgsmål ${item.number}: ${item.text}`),
    h('p', { class: 'compare-sentence' }, `Positiv ${beforeAfter(item, then).slice('positiv '.length)}.`),
    h('p', {}, 'Vurdering: ', verdictBadge(item.verdict)),
    h(
      'dl',
      { class: 'facts compare-figures' },
      h('dt', {}, 'Gennemsnitlig sagsscore før → nu'),
      h(
        'dd',
        {},
        `${formatDecimal(item.baseline.mean)} → ${formatDecimal(item.followUp.mean)} (forskel ${signed(item.difference)})`,
      ),
      h('dt', {}, 'Cliffs delta'),
      h('dd', {}, item.cliffsDelta === null ? '–' : signed(item.cliffsDelta)),
      h('dt', {}, 'p-værdi'),
      h('dd', {}, item.pValue === null ? '–' : p.format(item.pValue)),
    ),
  );
}

function initiatives(comparison) {
  if (!comparison.initiatives.length) {
    return h('p', { class: 'hint' }, 'Basisauditten har ingen udviklingsplan med indsatsområder.');
  }
  return h(
    'ul',
    { class: 'compare-initiatives' },
    comparison.initiatives.map((initiative) =>
      h(
        'li',
        { class: 'card' },
        h('h3', {}, `Indsatsområde ${initiative.number}: ${initiative.title}`),
        initiative.itemNumbers.length
          ? h(
              'ul',
              {},
              initiative.itemNumbers.map((number, i) =>
                h('li', {}, `Spørgsmål ${number}: `, verdictBadge(initiative.verdicts[i])),
              ),
            )
          : h('p', { class: 'hint' }, 'De valgte anbefalinger peger ikke på spørgsmål, der sammenlignes.'),
      ),
    ),
  );
}

export async function renderComparison(main, session) {
  const { api, round } = session;
  const [comparison, when] = await Promise.all([
    api.get(`/rounds/${round.id}/comparison`),
    baselineWhen(api, round.id),
  ]);
  const counts = { improved: 0, worsened: 0, no_clear_change: 0, not_comparable: 0 };
  for (const item of comparison.items) counts[item.verdict] += 1;
  const most = (side) => Math.max(0, ...comparison.items.map((item) => item[side].casesRated));
  showPage(
    main,
    h('h1', {}, 'Sammenligning med første audit'),
    h(
      'p',
      { class: 'lead' },
      when.title
        ? `Genauditten sammenlignet med „${when.title}“, spørgsmål for spørgsmål.`
        : 'Genauditten sammenlignet med første audit, spørgsmål for spørgsmål.',
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'honest-h' },
      h('h2', { id: 'honest-h' }, 'Hvad få sager kan vise'),
      h(
        'p',
        {},
        `Forbedret: ${counts.improved} · forværret: ${counts.worsened} · ingen tydelig ændring: ${counts.no_clear_change}` +
          (counts.not_comparable ? ` · kan ikke sammenlignes: ${counts.not_comparable}` : '') +
          '.',
      ),
      h(
        'p',
        {},
        `Sammenligningen bygger på op til ${most('baseline')} ${cases(most('baseline'))} fra første audit og ${most('followUp')} ${cases(most('followUp'))} nu.`,
      ),
      h(
        'p',
        { class: 'hint' },
        'Et spørgsmål kaldes forbedret eller forværret kun, når forskellen er så stor, at den sjældent ville opstå tilfældigt (p under 0,05). ' +
          'Med få sager er det svært: med tre sager på hver side giver selv den størst mulige ændring p = 0,1. ' +
          '„Ingen tydelig ændring“ betyder derfor, at en ændring ikke er vist – ikke, at der ingen ændring er.',
      ),
    ),
    h('h2', {}, 'Spørgsmålene'),
    comparison.items.length
      ? h(
          'ol',
          { class: 'compare-items' },
          comparison.items.map((item) => itemCard(item, when.then)),
        )
      : h('p', { class: 'notice' }, 'Ingen spørgsmål kan sammenlignes.'),
    h('h2', {}, 'Indsatsområderne fra udviklingsplanen'),
    initiatives(comparison),
  );
}
