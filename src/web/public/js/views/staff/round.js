// The round at a glance: the phase stepper with what the next phase needs, and the texts.

import { ApiError } from '../../api.js';
import { h, replaceChildren } from '../../dom.js';
import { PHASES } from '../../context.js';
import { renderRoundHeader, showPage } from '../layout.js';
import { busy, canManage, field, outcome } from './shared.js';

const PHASE_NAMES = {
  scoping: 'Formøde med ledelsen',
  panel: 'Auditpanelet nedsættes',
  calibration: 'Formøde med auditpanelet',
  rating: 'Individuel vurdering',
  discussion: 'Auditmøde',
  follow_up: 'Opfølgende møde',
  reported: 'Afrapportering udgivet',
};

const NEEDS = {
  calibration: 'Mindst 2 paneldeltagere.',
  rating: 'Mindst 1 sag, 2 paneldeltagere og 1 spørgsmål i skemaet. Skemaet låses herefter.',
  discussion: 'Alle forventede vurderinger – eller at du går videre alligevel.',
  follow_up: 'Mindst 1 fokuspunkt med mindst 1 anbefaling.',
  reported: 'Mindst 1 fokuspunkt med mindst 1 anbefaling. Afrapporteringen gemmes, og forløbet låses.',
};

/** The `unmet` list of a refused transition, in Danish. */
function unmetText(unmet, members) {
  switch (unmet.code) {
    case 'panelists':
      return 'Der skal være mindst 2 paneldeltagere.';
    case 'cases':
      return 'Der skal være mindst 1 sag.';
    case 'form_items':
      return 'Skemaet skal have mindst 1 spørgsmål.';
    case 'ratings_missing': {
      const name = members.get(unmet.memberId) ?? 'En paneldeltager';
      return `${name} mangler ${unmet.missing} ${unmet.missing === 1 ? 'vurdering' : 'vurderinger'}.`;
    }
    case 'focus_points':
      return 'Der skal være mindst 1 fokuspunkt med mindst 1 anbefaling.';
    default:
      return 'Forløbet kan ikke gå videre til denne fase nu.';
  }
}

function stepper(round) {
  const at = PHASES.indexOf(round.phase);
  return h(
    'ol',
    { class: 'stepper', 'aria-label': 'Faser' },
    PHASES.map((phase, i) =>
      h(
        'li',
        {
          class: ['step', i < at && 'is-done', i === at && 'is-current'],
          'aria-current': i === at ? 'step' : undefined,
        },
        h('span', { class: 'step-number', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { class: 'step-name' }, PHASE_NAMES[phase]),
        i < at ? h('span', { class: 'sr-only' }, ' (afsluttet)') : null,
        i === at ? h('span', { class: 'sr-only' }, ' (nuværende fase)') : null,
      ),
    ),
  );
}

function nextPhasePanel(main, session, members) {
  const { round, api } = session;
  const next = PHASES[PHASES.indexOf(round.phase) + 1];
  if (!next) return h('p', { class: 'notice' }, 'Afrapporteringen er udgivet. Forløbet kan kun læses.');
  if (!canManage(session))
    return h('p', { class: 'hint' }, `Næste fase: ${PHASE_NAMES[next]}. Mødelederen skifter fase.`);
  const out = outcome();
  const unmetList = h('ul', { class: 'unmet' });
  const force = h('input', { type: 'checkbox', id: 'force' });
  const forceRow = h(
    'div',
    { class: 'field field-check', hidden: true },
    force,
    h('label', { for: 'force' }, 'Gå videre alligevel'),
    h(
      'p',
      { class: 'hint', id: 'force-hint' },
      'Manglende vurderinger kan så ikke længere gives: resultaterne regnes på de modtagne, og afrapporteringen oplyser, hvor mange der kom ind.',
    ),
  );
  force.setAttribute('aria-describedby', 'force-hint');
  const publishing = next === 'reported';
  const confirmBox = h(
    'div',
    { class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'confirm-h' },
    h(
      'p',
      { id: 'confirm-h' },
      'Udgiv afrapporteringen nu? Den endelige PDF gemmes, og forløbet kan derefter ikke ændres.',
    ),
  );
  const move = async (button) => {
    out.clear();
    replaceChildren(unmetList);
    const body = force.checked ? { to: next, force: true } : { to: next };
    await busy(button, out, async () => {
      try {
        session.round = await api.post(`/rounds/${round.id}/transitions`, body);
      } catch (error) {
        if (!(error instanceof ApiError) || !error.problem?.unmet) throw error;
        out.fail(`Forløbet kan ikke gå videre til "${PHASE_NAMES[next]}" endnu:`);
        replaceChildren(
          unmetList,
          error.problem.unmet.map((u) => h('li', {}, unmetText(u, members))),
        );
        forceRow.hidden = !error.problem.unmet.some((u) => u.code === 'ratings_missing');
        return;
      }
      renderRoundHeader(session);
      await renderRound(main, session);
    });
  };
  const moveButton = h(
    'button',
    {
      type: 'button',
      class: 'button',
      onclick: (event) => {
        if (!publishing) return void move(event.currentTarget);
        confirmBox.hidden = false;
        confirmBox.querySelector('button')?.focus();
        return undefined;
      },
    },
    publishing ? 'Udgiv afrapporteringen …' : `Gå videre til: ${PHASE_NAMES[next]}`,
  );
  confirmBox.append(
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'button', onclick: (event) => move(event.currentTarget) }, 'Ja, udgiv'),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet',
          onclick: () => {
            confirmBox.hidden = true;
            moveButton.focus();
          },
        },
        'Fortryd',
      ),
    ),
  );
  return h(
    'section',
    { class: 'section card', 'aria-labelledby': 'next-h' },
    h('h2', { id: 'next-h' }, `Næste fase: ${PHASE_NAMES[next]}`),
    h('p', {}, `Kræver: ${NEEDS[next]}`),
    forceRow,
    h('div', { class: 'actions' }, moveButton),
    confirmBox,
    out.el,
    unmetList,
  );
}

function textsForm(session) {
  const { round, api } = session;
  const editable = canManage(session) && round.phase !== 'reported';
  const fields = [
    ['title', 'Titel', false],
    ['organisation', 'Organisation', false],
    ['purpose', 'Formål', true],
    ['scope', 'Afgrænsning', true],
    ['background', 'Baggrund', true],
    ['foreword', 'Forord', true],
  ].map(([key, label, multiline]) => ({ key, ...field(`txt-${key}`, label, { value: round[key] ?? '', multiline }) }));
  const out = outcome();
  const save = h('button', { type: 'submit', class: 'button' }, 'Gem teksterne');
  for (const f of fields) f.input.disabled = !editable;
  return h(
    'form',
    {
      class: 'section card',
      'aria-labelledby': 'texts-h',
      onsubmit: (event) => {
        event.preventDefault();
        const patch = {};
        for (const f of fields)
          patch[f.key] =
            f.input.value.trim() || (['title', 'organisation', 'purpose'].includes(f.key) ? f.input.value : null);
        void busy(save, out, async () => {
          session.round = await api.patch(`/rounds/${round.id}`, patch);
          renderRoundHeader(session);
          out.ok('Teksterne er gemt.');
        });
      },
    },
    h('h2', { id: 'texts-h' }, 'Forløbets tekster'),
    fields.map((f) => f.row),
    editable ? h('div', { class: 'actions' }, save) : null,
    out.el,
  );
}

export async function renderRound(main, session) {
  const { api } = session;
  const [round, members] = await Promise.all([
    api.get(`/rounds/${session.round.id}`),
    api.get(`/rounds/${session.round.id}/members`),
  ]);
  session.round = round;
  renderRoundHeader(session);
  const names = new Map(members.items.map((m) => [m.id, m.name]));
  showPage(
    main,
    h('h1', {}, round.title, h('span', { class: 'h1-sub' }, ` – ${round.organisation}`)),
    h(
      'section',
      { class: 'section', 'aria-labelledby': 'phase-h' },
      h('h2', { id: 'phase-h' }, `Fase: ${round.phaseLabel}`),
      stepper(round),
    ),
    nextPhasePanel(main, session, names),
    textsForm(session),
  );
}
