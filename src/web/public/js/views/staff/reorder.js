// Reordering a list in the page: drag and drop, and ↑/↓ buttons for the keyboard. The element
// moves at once; `commit` tells the server.

import { h } from '../../dom.js';

/** Moves an element of a list to a new index, at once in the page; `commit` tells the server. */
export function movable(list, li, commit) {
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

export function moveButtons(list, li, label, commit) {
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
