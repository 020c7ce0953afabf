// The auditmøde: the discussion material in meeting order beside the focus points and
// recommendations the referent writes. Reorder by drag or by keyboard (the "Flyt" buttons);
// numbers update at once. A stale edit (412) is explained, with a way to reload.

import { ApiError } from '../../api.js';
import { h, saveBlob } from '../../dom.js';
import { itemsOf } from '../../context.js';
import { showPage } from '../layout.js';
import { material } from './meeting-material.js';
import { busy, field, outcome } from './shared.js';

const WRITABLE = ['discussion', 'follow_up'];

/** Moves an element of a list to a new index, at once in the page; `commit` tells the server. */
function movable(list, li, commit) {
  li.draggable = true;
  li.addEventListener('dragstart', (event) => {
    event.dataTransfer.setData('text/plain', li.dataset.id);
    li.classList.add('is-dragging');
  });
  li.addEventListener('dragend', () => li.classList.remove('is-dragging'));
  li.addEventListener('dragover', (event) => event.preventDefault());
  li.addEventListener('drop', (event) => {
    event.preventDefault();
    const dragged = list.querySelector(`[data-id="${CSS.escape(event.dataTransfer.getData('text/plain'))}"]`);
    if (!dragged || dragged === li) return;
    const to = [...list.children].indexOf(li);
    list.insertBefore(dragged, [...list.children].indexOf(dragged) < to ? li.nextSibling : li);
    commit(dragged);
  });
}

function moveButtons(list, li, label, commit) {
  const move = (delta) => {
    const items = [...list.children];
    const at = items.indexOf(li);
    const target = items[at + delta];
    if (!target) return;
    list.insertBefore(li, delta < 0 ? target : target.nextSibling);
    commit(li);
    li.querySelector(delta < 0 ? '.move-up' : '.move-down')?.focus();
  };
  return h(
    'span',
    { class: 'move' },
    h(
      'button',
      {
        type: 'button',
        id: li && `up-${li.dataset.id}`,
        class: 'button button-quiet move-up',
        onclick: () => move(-1),
      },
      '↑',
      h('span', { class: 'sr-only' }, ` Flyt ${label} op`),
    ),
    h(
      'button',
      {
        type: 'button',
        id: li && `down-${li.dataset.id}`,
        class: 'button button-quiet move-down',
        onclick: () => move(1),
      },
      '↓',
      h('span', { class: 'sr-only' }, ` Flyt ${label} ned`),
    ),
  );
}

export async function renderMeeting(main, session) {
  const { api, round } = session;
  const id = round.id;
  const [discussion, focus, suggestions, fresh] = await Promise.all([
    api.get(`/rounds/${id}/discussion`),
    api.get(`/rounds/${id}/focus-points`),
    api.get(`/rounds/${id}/focus-points/suggestions`),
    api.get(`/rounds/${id}`),
  ]);
  session.round = fresh;
  const writable = WRITABLE.includes(fresh.phase);
  const items = itemsOf(session.form);
  const out = outcome();
  const reload = () => renderMeeting(main, session);

  /** Explains a failure; a stale ETag (412) gets a button to fetch the newest version. */
  const failed = (error) => {
    if (error instanceof ApiError && error.status === 412) {
      out.fail(
        'En anden har ændret det samme i mellemtiden, så din ændring blev ikke gemt. Hent den nyeste udgave, og skriv din ændring igen.',
      );
      out.el.append(' ', h('button', { type: 'button', class: 'button', onclick: reload }, 'Hent nyeste udgave'));
    } else out.fail(error);
  };
  const run = (button, action) =>
    busy(button, out, async () => {
      try {
        await action();
      } catch (error) {
        failed(error);
      }
    });

  const renumber = (fpList) => {
    let n = 0;
    fpList.querySelectorAll('.fp-number').forEach((el, i) => (el.textContent = `Fokuspunkt ${i + 1}`));
    fpList.querySelectorAll('.rec-number').forEach((el) => (el.textContent = `Anbefaling ${++n}`));
  };

  const fpList = h('ol', { class: 'focus-points' });
  const commitPosition = (kind, etagOf) => async (li) => {
    renumber(fpList);
    const position = [...li.parentElement.children].indexOf(li) + 1;
    try {
      await api.patch(`/rounds/${id}/${kind}/${li.dataset.id}`, { position }, etagOf(li.dataset.id));
      out.ok('Rækkefølgen er gemt.');
      await reload();
    } catch (error) {
      failed(error);
    }
  };
  const etags = new Map();
  for (const fp of focus.items) {
    etags.set(fp.id, fp.etag);
    for (const rec of fp.recommendations) etags.set(rec.id, rec.etag);
  }
  const etagOf = (key) => etags.get(key);

  for (const fp of focus.items) {
    const title = field(`fp-title-${fp.id}`, 'Titel', { value: fp.title });
    const text = field(`fp-disc-${fp.id}`, 'Drøftelse', { value: fp.discussion, multiline: true, rows: 4 });
    const links = h(
      'fieldset',
      { class: 'item-links' },
      h('legend', {}, 'Spørgsmål, fokuspunktet handler om'),
      items.map((item) =>
        h(
          'span',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            id: `fp-${fp.id}-i-${item.id}`,
            value: item.id,
            checked: fp.itemIds.includes(item.id),
          }),
          h('label', { for: `fp-${fp.id}-i-${item.id}`, title: item.text }, String(item.number)),
        ),
      ),
    );
    for (const el of [title.input, text.input, ...links.querySelectorAll('input')]) el.disabled = !writable;
    const recList = h('ol', { class: 'recommendations' });
    for (const rec of fp.recommendations) {
      const recText = field(`rec-${rec.id}`, 'Tekst', { value: rec.text, multiline: true, rows: 2 });
      recText.input.disabled = !writable;
      const li = h(
        'li',
        { class: 'recommendation', dataset: { id: rec.id } },
        h('h4', { class: 'rec-number' }, `Anbefaling ${rec.number}`),
        recText.row,
        writable
          ? h(
              'div',
              { class: 'actions' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button-quiet',
                  onclick: (e) =>
                    run(e.currentTarget, async () => {
                      await api.patch(
                        `/rounds/${id}/recommendations/${rec.id}`,
                        { text: recText.input.value.trim() },
                        rec.etag,
                      );
                      out.ok(`Anbefaling ${rec.number} er gemt.`);
                      await reload();
                    }),
                },
                'Gem',
                h('span', { class: 'sr-only' }, ` anbefaling ${rec.number}`),
              ),
              moveButtons(recList, null, `anbefaling ${rec.number}`, () => {}),
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button-quiet',
                  onclick: (e) =>
                    run(e.currentTarget, async () => {
                      await api.del(`/rounds/${id}/recommendations/${rec.id}`, rec.etag);
                      await reload();
                    }),
                },
                'Slet',
                h('span', { class: 'sr-only' }, ` anbefaling ${rec.number}`),
              ),
            )
          : null,
      );
      if (writable) {
        li.querySelector('.move')?.replaceWith(
          moveButtons(recList, li, `anbefaling ${rec.number}`, commitPosition('recommendations', etagOf)),
        );
        movable(recList, li, commitPosition('recommendations', etagOf));
      }
      recList.append(li);
    }
    const newRec = field(`rec-new-${fp.id}`, 'Ny anbefaling', {
      value: 'Det anbefales, at ',
      multiline: true,
      rows: 2,
    });
    const fpLi = h(
      'li',
      { class: 'focus-point card', dataset: { id: fp.id } },
      h('h3', {}, h('span', { class: 'fp-number' }, `Fokuspunkt ${fp.position}`), `: ${fp.title}`),
      title.row,
      text.row,
      links,
      writable
        ? h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'button',
                onclick: (e) =>
                  run(e.currentTarget, async () => {
                    await api.patch(
                      `/rounds/${id}/focus-points/${fp.id}`,
                      {
                        title: title.input.value.trim(),
                        discussion: text.input.value.trim(),
                        itemIds: [...links.querySelectorAll('input:checked')].map((c) => c.value),
                      },
                      fp.etag,
                    );
                    out.ok(`Fokuspunkt ${fp.position} er gemt.`);
                    await reload();
                  }),
              },
              'Gem fokuspunktet',
              h('span', { class: 'sr-only' }, ` ${fp.position}`),
            ),
            h('span', { class: 'fp-move' }),
          )
        : null,
      h('h4', {}, 'Anbefalinger'),
      recList,
      writable
        ? h(
            'div',
            { class: 'new-rec' },
            newRec.row,
            h(
              'button',
              {
                type: 'button',
                class: 'button button-quiet',
                onclick: (e) =>
                  run(e.currentTarget, async () => {
                    await api.post(`/rounds/${id}/focus-points/${fp.id}/recommendations`, {
                      text: newRec.input.value.trim(),
                    });
                    out.ok('Anbefalingen er tilføjet.');
                    await reload();
                  }),
              },
              'Tilføj anbefaling',
              h('span', { class: 'sr-only' }, ` til fokuspunkt ${fp.position}`),
            ),
          )
        : null,
    );
    if (writable) {
      fpLi
        .querySelector('.fp-move')
        ?.replaceWith(moveButtons(fpList, fpLi, `fokuspunkt ${fp.position}`, commitPosition('focus-points', etagOf)));
    }
    fpList.append(fpLi);
  }

  const newTitle = field('fp-new-title', 'Titel', { required: true });
  const newText = field('fp-new-disc', 'Drøftelse', { multiline: true, rows: 4, required: true });
  const addButton = h('button', { type: 'submit', class: 'button' }, 'Tilføj fokuspunkt');
  const newForm = writable
    ? h(
        'form',
        {
          class: 'card',
          'aria-labelledby': 'fp-new-h',
          onsubmit: (event) => {
            event.preventDefault();
            void run(addButton, async () => {
              await api.post(`/rounds/${id}/focus-points`, {
                title: newTitle.input.value.trim(),
                discussion: newText.input.value.trim(),
              });
              out.ok('Fokuspunktet er tilføjet.');
              await reload();
            });
          },
        },
        h('h3', { id: 'fp-new-h' }, 'Nyt fokuspunkt'),
        newTitle.row,
        newText.row,
        h('div', { class: 'actions' }, addButton),
      )
    : h('p', { class: 'hint' }, 'Fokuspunkter og anbefalinger skrives under auditmødet og det opfølgende møde.');

  const download = (path) => (event) => run(event.currentTarget, async () => saveBlob(await api.download(path)));
  const focused = document.activeElement?.id;
  showPage(
    main,
    h('h1', {}, 'Auditmøde'),
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'button button-quiet', onclick: download(`/rounds/${id}/report.pdf`) },
        fresh.phase === 'reported' ? 'Hent afrapporteringen (PDF)' : 'Hent udkast (PDF)',
      ),
      h(
        'button',
        { type: 'button', class: 'button button-quiet', onclick: download(`/rounds/${id}/ratings.csv`) },
        'Hent vurderinger (CSV)',
      ),
    ),
    out.el,
    h(
      'div',
      { class: 'meeting-layout' },
      material(discussion, suggestions.items),
      h(
        'section',
        { class: 'meeting-writing', 'aria-labelledby': 'fp-h' },
        h('h2', { id: 'fp-h' }, 'Fokuspunkter og anbefalinger'),
        writable
          ? h('p', { class: 'hint' }, 'Træk for at flytte, eller brug pileknapperne. Numrene følger med med det samme.')
          : null,
        fpList,
        newForm,
      ),
    ),
  );
  // After a move or a save, keep the keyboard where it was.
  if (focused) document.getElementById(focused)?.focus();
}
