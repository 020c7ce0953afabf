// The leader's (and referent's, admin's) overview: progress per panelist and per case.
// Counts only; the values are for the results page.

import { h, progressBar } from '../dom.js';
import { itemsOf, phaseAtLeast } from '../context.js';
import { renderRoundHeader, showPage } from './layout.js';

function panelTable(progress) {
  return h(
    'table',
    { class: 'grid-table' },
    h('caption', { class: 'sr-only' }, 'Fremdrift pr. paneldeltager'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Paneldeltager'),
        h('th', { scope: 'col' }, 'Vurderinger'),
        h('th', { scope: 'col' }, 'Udviklingsspørgsmål'),
      ),
    ),
    h(
      'tbody',
      {},
      progress.members.map((m) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, m.name),
          h('td', {}, progressBar(m.received, m.expected, `${m.name}: vurderinger`)),
          h(
            'td',
            {},
            h(
              'span',
              { class: ['badge', m.developmentAnswered ? 'badge-ok' : 'badge-todo'] },
              m.developmentAnswered ? 'Besvaret' : 'Mangler',
            ),
          ),
        ),
      ),
    ),
  );
}

function caseTable(cases, members, counts, itemCount) {
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'cases-h' },
    h(
      'table',
      { class: 'grid-table' },
      h('caption', { class: 'sr-only' }, 'Fremdrift pr. sag og paneldeltager'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Sag'),
          h('th', { scope: 'col' }, 'I alt'),
          members.map((m) => h('th', { scope: 'col', class: 'num' }, m.name)),
        ),
      ),
      h(
        'tbody',
        {},
        cases.map((kase) => {
          const perMember = members.map((m) => counts.get(`${kase.id}/${m.memberId}`) ?? 0);
          const total = perMember.reduce((a, b) => a + b, 0);
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, kase.code, h('span', { class: 'case-area' }, kase.area)),
            h('td', {}, progressBar(total, itemCount * members.length, `${kase.code}: vurderinger i alt`)),
            perMember.map((n) => h('td', { class: ['num', n === itemCount && 'is-complete'] }, `${n}/${itemCount}`)),
          );
        }),
      ),
    ),
  );
}

export async function renderOverview(main, session) {
  const { api } = session;
  const roundId = session.round.id;
  const [round, progress, ratings] = await Promise.all([
    api.get(`/rounds/${roundId}`),
    api.get(`/rounds/${roundId}/progress`),
    api.get(`/rounds/${roundId}/ratings`),
  ]);
  session.round = round;
  renderRoundHeader(session);
  const itemCount = itemsOf(session.form).length;
  const counts = new Map();
  for (const r of ratings.items) {
    const key = `${r.caseId}/${r.memberId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const time = new Date().toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit' });
  showPage(
    main,
    h('h1', {}, 'Overblik', h('span', { class: 'h1-sub' }, ` – ${round.title}`)),
    h(
      'p',
      { class: 'summary' },
      'Vurderinger modtaget: ',
      progressBar(progress.received, progress.expected, 'Vurderinger modtaget i alt'),
    ),
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'button button-quiet', onclick: () => renderOverview(main, session) },
        'Opdater',
      ),
      h('span', { class: 'hint' }, ` Opdateret kl. ${time}`),
      phaseAtLeast(round.phase, 'discussion')
        ? h(
            'a',
            { class: 'button', href: session.role === 'admin' ? `#/runde/${roundId}/resultater` : '#/resultater' },
            'Se resultaterne',
          )
        : null,
    ),
    h(
      'section',
      { class: 'section', 'aria-labelledby': 'panel-h' },
      h('h2', { id: 'panel-h' }, 'Paneldeltagere'),
      panelTable(progress),
    ),
    h(
      'section',
      { class: 'section', 'aria-labelledby': 'cases-h' },
      h('h2', { id: 'cases-h' }, 'Sager'),
      caseTable(session.cases, progress.members, counts, itemCount),
    ),
  );
}
