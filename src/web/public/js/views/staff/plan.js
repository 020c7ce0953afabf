// The udviklingsplan, from `reported` on: the mødeleder (and the admin) writes it, every member
// of the round reads it. Coverage of the round's anbefalinger first, then the indsatsområder
// with their steps. Moves by ↑/↓ renumber at once; a stale edit (412) offers a reload.

import { h, saveBlob } from '../../dom.js';
import { showPage } from '../layout.js';
import { initiativeFields, initiativeItem } from './plan-initiative.js';
import { relabelSteps } from './plan-steps.js';
import { canManage, conflictAware, outcome } from './shared.js';

const numbers = (list) => (list.length ? list.join(', ') : 'ingen');

function coverage(plan) {
  const { chosen, notChosen } = plan.coverage;
  return h(
    'section',
    { class: 'card coverage', 'aria-labelledby': 'coverage-h' },
    h('h2', { id: 'coverage-h' }, 'Anbefalingerne i planen'),
    h(
      'dl',
      { class: 'coverage-list' },
      h('dt', {}, 'Valgt'),
      h('dd', { class: 'coverage-chosen' }, `Anbefaling ${numbers(chosen)}`),
      h('dt', {}, 'Ikke valgt'),
      h(
        'dd',
        { class: 'coverage-not-chosen' },
        notChosen.length ? `Anbefaling ${numbers(notChosen)}` : 'ingen – alle er valgt',
      ),
    ),
    notChosen.length
      ? h('p', { class: 'hint' }, 'De ikke valgte anbefalinger arbejder kommunen ikke videre med i denne plan.')
      : null,
  );
}

function newInitiativeForm(ctx) {
  const fields = initiativeFields(ctx, 'in-new');
  const add = h('button', { type: 'submit', class: 'button' }, 'Tilføj indsatsområde');
  return h(
    'form',
    {
      class: 'card',
      'aria-labelledby': 'in-new-h',
      onsubmit: (event) => {
        event.preventDefault();
        void ctx.run(add, async () => {
          await ctx.api.post(`/rounds/${ctx.id}/plan/initiatives`, fields.value());
          await ctx.reload('Indsatsområdet er tilføjet.');
        });
      },
    },
    h('h2', { id: 'in-new-h' }, 'Nyt indsatsområde'),
    fields.rows,
    h('div', { class: 'actions' }, add),
  );
}

/** `notice`: the outcome of the change that caused this rendering. */
export async function renderPlan(main, session, notice) {
  const { api, round } = session;
  const id = round.id;
  const editable = canManage(session);
  const [plan, focus] = await Promise.all([
    api.get(`/rounds/${id}/plan`),
    editable ? api.get(`/rounds/${id}/focus-points`) : Promise.resolve({ items: [] }),
  ]);
  const out = outcome();
  if (typeof notice === 'string') out.ok(notice);
  // Also a button's click handler: only a string is a notice.
  const reload = (message) => renderPlan(main, session, typeof message === 'string' ? message : undefined);
  const { failed, run } = conflictAware(out, reload);
  const etags = new Map();
  for (const initiative of plan.initiatives) {
    etags.set(initiative.id, initiative.etag);
    for (const step of initiative.steps) etags.set(step.id, step.etag);
  }
  const list = h('ol', { class: 'plan-initiatives' });
  const relabel = () => {
    list
      .querySelectorAll(':scope > li .initiative-number')
      .forEach((el, i) => (el.textContent = `Indsatsområde ${i + 1}`));
    relabelSteps(list);
  };
  const commitPosition = (kind) => async (li) => {
    relabel();
    const position = [...li.parentElement.children].indexOf(li) + 1;
    try {
      await api.patch(`/rounds/${id}/plan/${kind}/${li.dataset.id}`, { position }, etags.get(li.dataset.id));
      await reload('Rækkefølgen er gemt.');
    } catch (error) {
      failed(error);
    }
  };
  const recommendations = focus.items.flatMap((fp) => fp.recommendations);
  const ctx = { api, id, editable, recommendations, out, run, failed, reload, commitPosition };
  for (const initiative of plan.initiatives) list.append(initiativeItem(ctx, initiative, list));

  const download = (path) => (event) => run(event.currentTarget, async () => saveBlob(await api.download(path)));
  const focused = document.activeElement?.id;
  showPage(
    main,
    h('h1', {}, 'Udviklingsplan'),
    h(
      'p',
      { class: 'lead' },
      editable
        ? 'Vælg de anbefalinger, kommunen arbejder videre med, og følg indsatsen op trin for trin.'
        : 'Planen for, hvordan kommunen arbejder videre med auditpanelets anbefalinger.',
    ),
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'button button-quiet', onclick: download(`/rounds/${id}/plan.pdf`) },
        'Hent planen (PDF)',
      ),
      h(
        'button',
        { type: 'button', class: 'button button-quiet', onclick: download(`/rounds/${id}/plan.csv`) },
        'Hent planen (CSV)',
      ),
    ),
    out.el,
    coverage(plan),
    plan.initiatives.length
      ? [
          editable
            ? h('p', { class: 'hint' }, 'Flyt med pileknapperne; numre og betegnelser følger med med det samme.')
            : null,
          list,
        ]
      : h('p', { class: 'notice' }, 'Planen har ingen indsatsområder endnu.'),
    editable ? newInitiativeForm(ctx) : null,
  );
  // After a move or a save, keep the keyboard where it was.
  if (focused) document.getElementById(focused)?.focus();
}
