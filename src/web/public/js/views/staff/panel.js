// The panel: add members, copy each member's personal link, reissue a lost link.

import { copyText, h } from '../../dom.js';
import { ROLE_LABELS, phaseAtLeast } from '../../context.js';
import { showPage } from '../layout.js';
import { busy, canManage, field, outcome } from './shared.js';

// Tokens are shown once by the API; the links made in this tab are kept here until it closes.
const links = new Map();

const linkOf = (token) => `${location.origin}/panel#token=${encodeURIComponent(token)}`;

function linkBox(member) {
  const link = links.get(member.id);
  if (!link) return h('span', { class: 'hint' }, 'Linket er sendt tidligere');
  const id = `link-${member.id}`;
  const status = h('span', { class: 'hint', role: 'status' });
  return h(
    'div',
    { class: 'link-box' },
    h('label', { for: id, class: 'sr-only' }, `Personligt link til ${member.name}`),
    h('input', { id, class: 'input input-link', type: 'text', readonly: true, value: link }),
    h(
      'button',
      {
        type: 'button',
        class: 'button button-quiet',
        onclick: async () => {
          status.textContent = (await copyText(link)) ? 'Kopieret' : 'Markér og kopiér linket';
        },
      },
      'Kopiér link',
      h('span', { class: 'sr-only' }, ` til ${member.name}`),
    ),
    status,
  );
}

function memberRow(main, session, member, out) {
  const { api, round } = session;
  const manage = canManage(session) && round.phase !== 'reported';
  const reissue = h(
    'button',
    {
      type: 'button',
      class: 'button button-quiet',
      onclick: (event) =>
        busy(event.currentTarget, out, async () => {
          const { token } = await api.post(`/rounds/${round.id}/members/${member.id}/token`);
          links.set(member.id, linkOf(token));
          await renderPanel(main, session, out);
          out.ok(`${member.name} har fået et nyt link. Det gamle virker ikke længere.`);
        }),
    },
    'Nyt link',
    h('span', { class: 'sr-only' }, ` til ${member.name}`),
  );
  const remove = h(
    'button',
    {
      type: 'button',
      class: 'button button-quiet',
      onclick: (event) =>
        busy(event.currentTarget, out, async () => {
          await api.del(`/rounds/${round.id}/members/${member.id}`);
          await renderPanel(main, session, out);
          out.ok(`${member.name} er fjernet fra panelet.`);
        }),
    },
    'Fjern',
    h('span', { class: 'sr-only' }, ` ${member.name}`),
  );
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, member.name, h('span', { class: 'case-area' }, member.affiliation)),
    h('td', {}, member.roleLabel ?? ROLE_LABELS[member.role]),
    h('td', {}, linkBox(member)),
    manage
      ? h('td', { class: 'row-actions' }, reissue, phaseAtLeast(round.phase, 'rating') ? null : remove)
      : h('td', {}),
  );
}

function addForm(main, session, out) {
  const { api, round } = session;
  const name = field('m-name', 'Navn', { required: true });
  const affiliation = field('m-aff', 'Tilknytning', { required: true, hint: 'Fx afdeling eller faggruppe' });
  const role = h(
    'select',
    { id: 'm-role', class: 'input' },
    ['panelist', 'leader', 'referent'].map((r) => h('option', { value: r }, ROLE_LABELS[r])),
  );
  const lateNote = phaseAtLeast(round.phase, 'discussion')
    ? h('p', { class: 'hint' }, 'Fra auditmødet kan der kun tilføjes mødeleder og referent.')
    : null;
  const submit = h('button', { type: 'submit', class: 'button' }, 'Tilføj');
  return h(
    'form',
    {
      class: 'section card',
      'aria-labelledby': 'add-member-h',
      onsubmit: (event) => {
        event.preventDefault();
        void busy(submit, out, async () => {
          const created = await api.post(`/rounds/${round.id}/members`, {
            name: name.input.value.trim(),
            affiliation: affiliation.input.value.trim(),
            role: role.value,
          });
          links.set(created.member.id, linkOf(created.token));
          await renderPanel(main, session, out);
          out.ok(`${created.member.name} er tilføjet. Kopiér linket, og send det til vedkommende.`);
        });
      },
    },
    h('h2', { id: 'add-member-h' }, 'Tilføj et medlem'),
    name.row,
    affiliation.row,
    h('div', { class: 'field' }, h('label', { for: 'm-role', class: 'label' }, 'Rolle'), role),
    lateNote,
    h('div', { class: 'actions' }, submit),
  );
}

export async function renderPanel(main, session, keep) {
  const members = await session.api.get(`/rounds/${session.round.id}/members`);
  const out = keep ?? outcome();
  const table = h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'members-h' },
    h(
      'table',
      { class: 'grid-table members' },
      h('caption', { class: 'sr-only' }, 'Panelets medlemmer'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Navn'),
          h('th', { scope: 'col' }, 'Rolle'),
          h('th', { scope: 'col' }, 'Personligt link'),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Handlinger')),
        ),
      ),
      h(
        'tbody',
        {},
        members.items.map((m) => memberRow(main, session, m, out)),
      ),
    ),
  );
  const manage = canManage(session) && session.round.phase !== 'reported';
  showPage(
    main,
    h('h1', {}, 'Panelet'),
    h(
      'p',
      { class: 'lead' },
      'Hvert medlem logger ind med sit personlige link. Linket vises kun, når det laves: mist det, og lav et nyt – det gamle holder op med at virke med det samme.',
    ),
    out.el,
    h(
      'section',
      { class: 'section', 'aria-labelledby': 'members-h' },
      h('h2', { id: 'members-h' }, 'Medlemmer'),
      table,
    ),
    manage ? addForm(main, session, out) : null,
  );
}
