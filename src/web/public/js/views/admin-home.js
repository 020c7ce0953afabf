// The admin token sees every round: pick one to follow.

import { h } from '../dom.js';
import { showPage } from './layout.js';

export async function renderAdminHome(main, session) {
  const { items: rounds } = await session.api.get('/rounds');
  session.rounds = rounds;
  showPage(
    main,
    h('h1', {}, 'Alle auditforløb'),
    rounds.length === 0
      ? h('p', { class: 'notice' }, 'Der er ingen auditforløb endnu.')
      : h(
          'ul',
          { class: 'case-list' },
          rounds.map((round) =>
            h(
              'li',
              { class: 'case-card' },
              h('a', { href: `#/runde/${encodeURIComponent(round.id)}`, class: 'case-link' }, round.title),
              h('span', { class: 'case-area' }, round.organisation),
              h('span', { class: 'hint' }, `Fase: ${round.phaseLabel}`),
            ),
          ),
        ),
  );
}
