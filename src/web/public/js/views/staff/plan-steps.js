// The steps of one indsatsområde (Aktivitet, Delmål, Implementeringsmål): read, the state
// and status text updated in place, edited, moved with ↑/↓, deleted, and their history.

import { h, replaceChildren } from '../../dom.js';
import { moveButtons } from './reorder.js';
import { danishDate, field } from './shared.js';

export const KINDS = { activity: 'Aktivitet', subgoal: 'Delmål', goal: 'Implementeringsmål' };
export const STATES = { planned: 'Planlagt', in_progress: 'I gang', done: 'Gennemført', postponed: 'Udskudt' };

function select(id, label, options, value) {
  const input = h(
    'select',
    { id, name: id, class: 'input' },
    Object.entries(options).map(([key, text]) => h('option', { value: key, selected: key === value }, text)),
  );
  return { row: h('div', { class: 'field' }, h('label', { for: id, class: 'label' }, label), input), input };
}

/** The fields of a step; `step` is absent for a new one. */
export function stepFields(prefix, step) {
  const kind = select(`${prefix}-kind`, 'Type', KINDS, step?.kind ?? 'activity');
  const text = field(`${prefix}-text`, 'Hvad gøres eller nås', { value: step?.text ?? '', multiline: true, rows: 2 });
  const start = field(`${prefix}-start`, 'Start (valgfri)', { value: step?.start ?? '', type: 'date' });
  const due = field(`${prefix}-due`, 'Dato eller slutdato', { value: step?.due ?? '', type: 'date' });
  const responsible = field(`${prefix}-resp`, 'Ansvarlig/udfører/deltagere', { value: step?.responsible ?? '' });
  const rows = h('div', { class: 'step-fields' }, kind.row, text.row, start.row, due.row, responsible.row);
  const value = () => ({
    kind: kind.input.value,
    text: text.input.value.trim(),
    start: start.input.value || null,
    due: due.input.value,
    responsible: responsible.input.value.trim(),
  });
  return { rows, value };
}

/** Renumbers the step labels of the whole plan from the page's order (kinds count separately). */
export function relabelSteps(root) {
  const counts = {};
  for (const el of root.querySelectorAll('.plan-step')) {
    const kind = el.dataset.kind;
    counts[kind] = (counts[kind] ?? 0) + 1;
    const label = el.querySelector('.step-label');
    if (label) label.textContent = `${KINDS[kind]} ${counts[kind]}`;
  }
}

function history(ctx, step) {
  const box = h('div', { class: 'step-history' });
  return h(
    'details',
    {
      class: 'step-more',
      ontoggle: async (event) => {
        if (!event.currentTarget.open || box.dataset.loaded) return;
        try {
          const { items } = await ctx.api.get(`/rounds/${ctx.id}/plan/steps/${step.id}/history`);
          box.dataset.loaded = 'yes';
          replaceChildren(
            box,
            h(
              'ol',
              { class: 'history-list' },
              items.map((entry) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'hint' }, `${new Date(entry.at).toLocaleString('da-DK')} · ${entry.by.name}: `),
                  STATES[entry.state] ?? entry.state,
                  entry.statusText ? ` – ${entry.statusText}` : '',
                ),
              ),
            ),
          );
        } catch (error) {
          ctx.failed(error);
        }
      },
    },
    h('summary', {}, 'Historik', h('span', { class: 'sr-only' }, ` for ${step.label}`)),
    box,
  );
}

function statusForm(ctx, step) {
  const state = select(`st-state-${step.id}`, 'Tilstand', STATES, step.state);
  const text = field(`st-text-${step.id}`, 'Status', { value: step.statusText });
  const save = h(
    'button',
    { type: 'submit', class: 'button' },
    'Gem status',
    h('span', { class: 'sr-only' }, ` for ${step.label}`),
  );
  return h(
    'form',
    {
      class: 'step-status-form',
      onsubmit: (event) => {
        event.preventDefault();
        void ctx.run(save, async () => {
          const body = { state: state.input.value, statusText: text.input.value.trim() };
          await ctx.api.patch(`/rounds/${ctx.id}/plan/steps/${step.id}`, body, step.etag);
          await ctx.reload(`Status for ${step.label} er gemt.`);
        });
      },
    },
    state.row,
    text.row,
    h('div', { class: 'actions' }, save),
  );
}

function editForm(ctx, step) {
  const fields = stepFields(`st-${step.id}`, step);
  const save = h('button', { type: 'submit', class: 'button' }, 'Gem trinnet');
  const remove = h(
    'button',
    {
      type: 'button',
      class: 'button button-quiet',
      onclick: (e) => {
        if (!confirm(`Slet ${step.label}?`)) return;
        void ctx.run(e.currentTarget, async () => {
          await ctx.api.del(`/rounds/${ctx.id}/plan/steps/${step.id}`, step.etag);
          await ctx.reload(`${step.label} er slettet.`);
        });
      },
    },
    'Slet trinnet',
  );
  return h(
    'details',
    { class: 'step-more' },
    h('summary', {}, 'Ret', h('span', { class: 'sr-only' }, ` ${step.label}`)),
    h(
      'form',
      {
        onsubmit: (event) => {
          event.preventDefault();
          void ctx.run(save, async () => {
            await ctx.api.patch(`/rounds/${ctx.id}/plan/steps/${step.id}`, fields.value(), step.etag);
            await ctx.reload(`${step.label} er gemt.`);
          });
        },
      },
      fields.rows,
      h('div', { class: 'actions' }, save, remove),
    ),
  );
}

function stepItem(ctx, step, list) {
  const when = step.start ? `${danishDate(step.start)} – ${danishDate(step.due)}` : danishDate(step.due);
  const li = h(
    'li',
    {
      class: ['plan-step', step.overdue && 'is-overdue', step.state === 'done' && 'is-done'],
      dataset: { id: step.id, kind: step.kind },
    },
    h('h4', { class: 'step-head' }, h('span', { class: 'step-label' }, step.label), `: ${step.text}`),
    h(
      'dl',
      { class: 'step-facts' },
      h('dt', {}, 'Dato'),
      h('dd', {}, when, step.overdue ? h('strong', { class: 'overdue' }, ' – overskredet') : null),
      h('dt', {}, 'Ansvarlig'),
      h('dd', {}, step.responsible),
      h('dt', {}, 'Tilstand'),
      h('dd', {}, h('span', { class: ['badge', step.state === 'done' ? 'badge-ok' : 'badge-todo'] }, step.stateLabel)),
      step.statusText ? [h('dt', {}, 'Status'), h('dd', {}, step.statusText)] : null,
    ),
  );
  if (ctx.editable) {
    li.append(
      statusForm(ctx, step),
      h(
        'div',
        { class: 'actions' },
        moveButtons(list, li, step.label, ctx.commitPosition('steps')),
        editForm(ctx, step),
      ),
    );
  }
  li.append(history(ctx, step));
  return li;
}

/** The step list of an initiative, with a form for a new step when the plan is editable. */
export function stepsOf(ctx, initiative) {
  const list = h('ol', { class: 'plan-steps' });
  for (const step of initiative.steps) list.append(stepItem(ctx, step, list));
  const parts = [
    h('h3', {}, 'Aktiviteter, delmål og implementeringsmål'),
    initiative.steps.length ? list : h('p', { class: 'hint' }, 'Ingen trin endnu.'),
  ];
  if (!ctx.editable) return parts;
  if (!initiative.steps.length) parts.push(list);
  const fields = stepFields(`new-${initiative.id}`);
  const add = h('button', { type: 'submit', class: 'button' }, 'Tilføj trinnet');
  parts.push(
    h(
      'details',
      { class: 'step-more' },
      h('summary', {}, 'Tilføj trin', h('span', { class: 'sr-only' }, ` til indsatsområde ${initiative.number}`)),
      h(
        'form',
        {
          onsubmit: (event) => {
            event.preventDefault();
            void ctx.run(add, async () => {
              await ctx.api.post(`/rounds/${ctx.id}/plan/initiatives/${initiative.id}/steps`, fields.value());
              await ctx.reload('Trinnet er tilføjet.');
            });
          },
        },
        fields.rows,
        h('div', { class: 'actions' }, add),
      ),
    ),
  );
  return parts;
}
