// The panelist's start page: the round, own progress per case, the development question.

import { h, progressBar } from '../dom.js';
import { itemsOf, phaseAtLeast } from '../context.js';
import { halfAnsweredCount, savedCount } from '../ratings-store.js';
import { renderRoundHeader, showPage } from './layout.js';

function phaseNotice(phase) {
  if (phase === 'rating')
    return h(
      'p',
      { class: 'notice' },
      'Læs sagsmaterialet, og vurder hver sag på alle punkter i vurderingsskemaet. Dine svar gemmes automatisk. ',
      'De andre i panelet kan ikke se dine vurderinger før auditmødet.',
    );
  if (!phaseAtLeast(phase, 'rating'))
    return h('p', { class: 'notice' }, 'Vurderingen er ikke åbnet endnu. Du kan allerede læse sagerne og skemaet.');
  return h(
    'p',
    { class: 'notice' },
    'Vurderingen er afsluttet, og dine svar kan ikke længere ændres. ',
    h('a', { href: '#/resultater' }, 'Se panelets resultater'),
    '.',
  );
}

export async function renderHome(main, session) {
  session.round = await session.api.get(`/rounds/${session.round.id}`);
  renderRoundHeader(session);
  const { round, form, cases, development } = session;
  const itemCount = itemsOf(form).length;
  const total = cases.reduce((sum, c) => sum + savedCount(c.id), 0);
  const answered = (development?.saved.length ?? 0) > 0;

  const caseList = h(
    'ul',
    { class: 'case-list' },
    cases.map((kase) => {
      const done = savedCount(kase.id);
      const half = halfAnsweredCount(kase.id);
      return h(
        'li',
        { class: ['case-card', done === itemCount && 'is-done'] },
        h('a', { href: `#/sag/${encodeURIComponent(kase.id)}`, class: 'case-link' }, kase.code),
        h('span', { class: 'case-area' }, kase.area),
        progressBar(done, itemCount, `${kase.code}: vurderede punkter`),
        half > 0
          ? h('span', { class: 'badge badge-todo' }, `${half} halvt besvaret ${half === 1 ? 'punkt' : 'punkter'}`)
          : null,
      );
    }),
  );

  showPage(
    main,
    h('h1', {}, round.title),
    h('p', { class: 'lead' }, round.purpose),
    phaseNotice(round.phase),
    h(
      'section',
      { 'aria-labelledby': 'cases-h', class: 'section' },
      h('h2', { id: 'cases-h' }, 'Sager'),
      h('p', { class: 'summary' }, 'Vurderet i alt: ', progressBar(total, itemCount * cases.length, 'Vurderet i alt')),
      caseList,
    ),
    h(
      'section',
      { 'aria-labelledby': 'dev-h', class: 'section' },
      h('h2', { id: 'dev-h' }, `Udviklingsspørgsmål (punkt ${form.developmentQuestionNumber})`),
      h('p', {}, form.developmentQuestion),
      h(
        'p',
        {},
        h('span', { class: ['badge', answered ? 'badge-ok' : 'badge-todo'] }, answered ? 'Besvaret' : 'Ikke besvaret'),
        ' ',
        h('a', { href: '#/udvikling' }, answered ? 'Se eller ret dit svar' : 'Besvar udviklingsspørgsmålet'),
      ),
    ),
  );
}
