// The leader's (and referent's, admin's) overview: progress per panelist and per case.
// Counts only; the values are for the results page.

import { copyText, h, progressBar } from '../dom.js';
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

/** What each panelist still lacks, per case, and a reminder to copy into a mail. */
function reminders(session, progress, counts, itemCount) {
  const open = progress.members.filter((m) => m.received < m.expected || !m.developmentAnswered);
  if (open.length === 0)
    return h(
      'p',
      { class: 'notice' },
      'Alle paneldeltagere har vurderet alle sager og svaret på udviklingsspørgsmålet.',
    );
  return h(
    'ul',
    { class: 'reminders' },
    open.map((m) => {
      const missing = session.cases
        .map((kase) => [kase.code, itemCount - (counts.get(`${kase.id}/${m.memberId}`) ?? 0)])
        .filter(([, n]) => n > 0)
        .map(([code, n]) => `${code} (${n} ${n === 1 ? 'punkt' : 'punkter'})`);
      if (!m.developmentAnswered) missing.push('udviklingsspørgsmålet');
      const text = `Kære ${m.name}\n\nTak for din indsats i auditpanelet "${session.round.title}". Du mangler stadig: ${missing.join(', ')}. Brug dit personlige link til at gøre vurderingen færdig. Dine svar gemmes automatisk.\n\nVenlig hilsen`;
      const id = `reminder-${m.memberId}`;
      const status = h('span', { class: 'hint', role: 'status' });
      return h(
        'li',
        { class: 'card' },
        h('h3', {}, m.name),
        h('p', {}, `Mangler: ${missing.join(', ')}.`),
        h('label', { for: id, class: 'label' }, `Påmindelse til ${m.name}`),
        h('textarea', { id, class: 'input', rows: '7', readonly: true, value: text }),
        h(
          'p',
          { class: 'actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet',
              onclick: async () => {
                status.textContent = (await copyText(text)) ? 'Kopieret' : 'Markér og kopiér teksten';
              },
            },
            'Kopiér påmindelsen',
            h('span', { class: 'sr-only' }, ` til ${m.name}`),
          ),
          status,
        ),
      );
    }),
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
  const { items: cases } = await api.get(`/rounds/${roundId}/cases`);
  session.cases = cases;
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
    h('h1', {}, 'Fremdrift', h('span', { class: 'h1-sub' }, ` – ${round.title}`)),
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
    round.phase === 'rating'
      ? h(
          'section',
          { class: 'section', 'aria-labelledby': 'remind-h' },
          h('h2', { id: 'remind-h' }, 'Hvad mangler – og en påmindelse'),
          reminders(session, progress, counts, itemCount),
        )
      : null,
  );
}
