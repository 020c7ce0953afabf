// The form editor (vurderingsskema) while the form may change: scoping, panel, calibration.

import { h } from '../../dom.js';
import { showPage } from '../layout.js';
import { busy, canManage, field, outcome } from './shared.js';

const OPEN_PHASES = ['scoping', 'panel', 'calibration'];

function themeBlock(theme, ti, editable) {
  const list = h('ol', { class: 'form-items' });
  const addItem = (item) => {
    const n = list.children.length + 1;
    const f = field(`item-${ti}-${n}`, `Spørgsmål ${theme.key}-${n}`, {
      value: item?.text ?? '',
      multiline: true,
      rows: 2,
    });
    f.input.dataset.itemId = item?.id ?? '';
    f.input.disabled = !editable;
    list.append(h('li', {}, f.row));
    return f.input;
  };
  for (const item of theme.items) addItem(item);
  const title = field(`theme-${ti}`, 'Temaets titel', { value: theme.title });
  title.input.disabled = !editable;
  return {
    el: h(
      'fieldset',
      { class: 'theme-edit', dataset: { key: theme.key } },
      h('legend', {}, `Tema: ${theme.title}`),
      title.row,
      list,
      editable
        ? h(
            'button',
            { type: 'button', class: 'button button-quiet', onclick: () => addItem(null).focus() },
            `Tilføj spørgsmål til "${theme.title}"`,
          )
        : null,
    ),
    read: () => ({
      key: theme.key,
      title: title.input.value.trim(),
      items: [...list.querySelectorAll('textarea')]
        .filter((t) => t.value.trim() !== '')
        .map((t) => (t.dataset.itemId ? { id: t.dataset.itemId, text: t.value.trim() } : { text: t.value.trim() })),
    }),
  };
}

export async function renderForm(main, session) {
  const { api, round } = session;
  const form = await api.get(`/rounds/${round.id}/form`);
  session.form = form;
  const editable = canManage(session) && OPEN_PHASES.includes(round.phase);
  const themes = form.themes.map((theme, i) => themeBlock(theme, i, editable));
  const question = field('dev-q', 'Udviklingsspørgsmålet', { value: form.developmentQuestion, multiline: true });
  question.input.disabled = !editable;
  const out = outcome();
  const save = h('button', { type: 'submit', class: 'button' }, 'Gem skemaet');
  showPage(
    main,
    h('h1', {}, 'Vurderingsskema'),
    h(
      'p',
      { class: 'lead' },
      editable
        ? 'Skemaet kan ændres indtil vurderingen begynder. Et tomt spørgsmål fjernes, når du gemmer.'
        : 'Skemaet er låst: vurderingen er begyndt.',
    ),
    h(
      'form',
      {
        class: 'section',
        onsubmit: (event) => {
          event.preventDefault();
          void busy(save, out, async () => {
            session.form = await api.put(`/rounds/${round.id}/form`, {
              themes: themes.map((t) => t.read()),
              developmentQuestion: question.input.value.trim(),
            });
            await renderForm(main, session);
          });
        },
      },
      themes.map((t) => t.el),
      question.row,
      editable ? h('div', { class: 'actions' }, save) : null,
      out.el,
    ),
  );
}
