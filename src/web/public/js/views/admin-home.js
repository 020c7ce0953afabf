// The admin token sees every round: pick one to follow.

import { h } from '../dom.js';
import { showPage } from './layout.js';
import { busy, field, outcome } from './staff/shared.js';

function createForm(session) {
  const title = field('r-title', 'Titel', { required: true });
  const organisation = field('r-org', 'Organisation', { required: true });
  const purpose = field('r-purpose', 'Formål', { multiline: true, required: true });
  const out = outcome();
  const submit = h('button', { type: 'submit', class: 'button' }, 'Opret auditforløb');
  return h(
    'form',
    {
      class: 'section card',
      'aria-labelledby': 'new-round-h',
      onsubmit: (event) => {
        event.preventDefault();
        void busy(submit, out, async () => {
          const round = await session.api.post('/rounds', {
            title: title.input.value.trim(),
            organisation: organisation.input.value.trim(),
            purpose: purpose.input.value.trim(),
          });
          location.hash = `#/runde/${encodeURIComponent(round.id)}/panel`;
        });
      },
    },
    h('h2', { id: 'new-round-h' }, 'Nyt auditforløb'),
    title.row,
    organisation.row,
    purpose.row,
    h('div', { class: 'actions' }, submit),
    out.el,
  );
}

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
    createForm(session),
  );
}
