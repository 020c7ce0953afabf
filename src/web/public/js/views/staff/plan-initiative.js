// One indsatsområde of the udviklingsplan: what it says, and (for the leader and the admin) the
// form that writes it: title, status, note, implementation phase, chosen recommendations
// (picked from the round's numbered anbefalinger) and guidance bullets.

import { h, replaceChildren } from '../../dom.js';
import { stepsOf } from './plan-steps.js';
import { moveButtons } from './reorder.js';
import { field } from './shared.js';

export const PHASES = { decide: 'Beslutte', plan: 'Planlægge', execute: 'Gennemføre', embed: 'Forankre' };

/** The form of an initiative; `initiative` is absent for a new one. Returns { rows, value }. */
export function initiativeFields(ctx, prefix, initiative) {
  const title = field(`${prefix}-title`, 'Titel', { value: initiative?.title ?? '', required: true });
  const status = field(`${prefix}-status`, 'Status (udgangspunktet)', {
    value: initiative?.status ?? '',
    multiline: true,
  });
  const note = field(`${prefix}-note`, 'Note', { value: initiative?.note ?? '', multiline: true, rows: 2 });
  const phase = h(
    'select',
    { id: `${prefix}-phase`, name: `${prefix}-phase`, class: 'input' },
    Object.entries(PHASES).map(([key, text]) =>
      h('option', { value: key, selected: key === (initiative?.phase ?? 'decide') }, text),
    ),
  );
  const chosen = new Set((initiative?.recommendations ?? []).map((rec) => rec.id));
  const recs = h(
    'fieldset',
    { class: 'rec-picker' },
    h('legend', {}, 'Valgte anbefalinger'),
    ctx.recommendations.length
      ? ctx.recommendations.map((rec) =>
          h(
            'div',
            { class: 'field-check' },
            h('input', { type: 'checkbox', id: `${prefix}-rec-${rec.id}`, value: rec.id, checked: chosen.has(rec.id) }),
            h('label', { for: `${prefix}-rec-${rec.id}` }, h('strong', {}, `Anbefaling ${rec.number}: `), rec.text),
          ),
        )
      : h('p', { class: 'hint' }, 'Auditforløbet har ingen anbefalinger.'),
  );
  const guidance = field(`${prefix}-guidance`, 'Vejledning', {
    value: (initiative?.guidance ?? []).join('\n'),
    multiline: true,
    hint: 'Ét punkt pr. linje, fx hvilke vejledninger der skal læses.',
  });
  const rows = [
    title.row,
    status.row,
    note.row,
    h('div', { class: 'field' }, h('label', { for: `${prefix}-phase`, class: 'label' }, 'Implementeringsfase'), phase),
    recs,
    guidance.row,
  ];
  const value = () => ({
    title: title.input.value.trim(),
    status: status.input.value.trim(),
    note: note.input.value.trim(),
    phase: phase.value,
    recommendationIds: [...recs.querySelectorAll('input:checked')].map((input) => input.value),
    guidance: guidance.input.value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  });
  return { rows, value };
}

function editForm(ctx, initiative) {
  const fields = initiativeFields(ctx, `in-${initiative.id}`, initiative);
  const save = h('button', { type: 'submit', class: 'button' }, 'Gem indsatsområdet');
  const remove = h(
    'button',
    {
      type: 'button',
      class: 'button button-quiet',
      onclick: (e) => {
        if (!confirm(`Slet indsatsområde ${initiative.number} med alle dets trin?`)) return;
        void ctx.run(e.currentTarget, async () => {
          await ctx.api.del(`/rounds/${ctx.id}/plan/initiatives/${initiative.id}`, initiative.etag);
          await ctx.reload(`Indsatsområde ${initiative.number} er slettet.`);
        });
      },
    },
    'Slet indsatsområdet',
  );
  return h(
    'details',
    { class: 'step-more' },
    h('summary', {}, 'Ret indsatsområdet', h('span', { class: 'sr-only' }, ` ${initiative.number}`)),
    h(
      'form',
      {
        onsubmit: (event) => {
          event.preventDefault();
          void ctx.run(save, async () => {
            await ctx.api.patch(`/rounds/${ctx.id}/plan/initiatives/${initiative.id}`, fields.value(), initiative.etag);
            await ctx.reload(`Indsatsområde ${initiative.number} er gemt.`);
          });
        },
      },
      fields.rows,
      h('div', { class: 'actions' }, save, remove),
    ),
  );
}

export function initiativeItem(ctx, initiative, list) {
  const li = h('li', { class: 'plan-initiative card', dataset: { id: initiative.id } });
  replaceChildren(
    li,
    h(
      'h2',
      {},
      h('span', { class: 'initiative-number' }, `Indsatsområde ${initiative.number}`),
      `: ${initiative.title}`,
    ),
    ctx.editable
      ? h(
          'div',
          { class: 'actions' },
          moveButtons(list, li, `indsatsområde ${initiative.number}`, ctx.commitPosition('initiatives')),
        )
      : null,
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Implementeringsfase'),
      h('dd', {}, initiative.phaseLabel),
      initiative.status ? [h('dt', {}, 'Status'), h('dd', { class: 'pre-line' }, initiative.status)] : null,
      initiative.note ? [h('dt', {}, 'Note'), h('dd', { class: 'pre-line' }, initiative.note)] : null,
    ),
    h(
      'details',
      { class: 'step-more' },
      h('summary', {}, `Spørgsmål i fasen ${initiative.phaseLabel.toLowerCase()}`),
      h(
        'ul',
        {},
        initiative.checklist.map((q) => h('li', {}, q)),
      ),
    ),
    h('h3', {}, 'Valgte anbefalinger'),
    initiative.recommendations.length
      ? h(
          'ul',
          { class: 'chosen-recs' },
          initiative.recommendations.map((rec) => h('li', {}, h('strong', {}, `Anbefaling ${rec.number}: `), rec.text)),
        )
      : h('p', { class: 'hint' }, 'Ingen anbefalinger valgt.'),
    initiative.guidance.length
      ? [
          h('h3', {}, 'Vejledning'),
          h(
            'ul',
            {},
            initiative.guidance.map((g) => h('li', {}, g)),
          ),
        ]
      : null,
    stepsOf(ctx, initiative),
    ctx.editable ? editForm(ctx, initiative) : null,
  );
  return li;
}
