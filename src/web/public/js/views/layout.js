// The top bar (round, phase, who is signed in, "Log ud"), the menu and the save status.

import { h, replaceChildren } from '../dom.js';
import { ROLE_LABELS, phaseAtLeast } from '../context.js';
import { STAFF_VIEWS } from './staff/registry.js';
import { viewHref } from './staff/shared.js';

const roundBox = document.getElementById('topbar-round');
const userBox = document.getElementById('topbar-user');
const nav = document.getElementById('mainnav');
const status = document.getElementById('save-status');

export function renderChrome(session, { onSignOut }) {
  const { me, role } = session;
  const who = me.kind === 'admin' ? 'Administrator' : me.name;
  replaceChildren(
    userBox,
    h('span', { class: 'user-name' }, who, h('span', { class: 'user-role' }, ` (${ROLE_LABELS[role]})`)),
    h('button', { type: 'button', class: 'button button-quiet', onclick: onSignOut }, 'Log ud'),
  );
  renderRoundHeader(session);
}

/** Called again when the round changes (the admin picks one, a view reloads the phase). */
export function renderRoundHeader(session) {
  const { round } = session;
  if (!round) replaceChildren(roundBox);
  else
    replaceChildren(
      roundBox,
      h('span', { class: 'round-title' }, round.title),
      h('span', { class: 'round-phase' }, `Fase: ${round.phaseLabel}`),
    );
  renderNav(session);
}

function renderNav(session) {
  const { role, round } = session;
  const links = [];
  if (role === 'admin') links.push(['#/', 'Alle auditforløb']);
  if (role === 'panelist') {
    links.push(['#/', 'Sager'], ['#/udvikling', 'Udviklingsspørgsmål']);
    if (round && phaseAtLeast(round.phase, 'discussion')) links.push(['#/resultater', 'Resultater']);
  } else if (round) {
    for (const view of STAFF_VIEWS) {
      if (view.from && !phaseAtLeast(round.phase, view.from)) continue;
      links.push([viewHref(session, view.path), view.label]);
    }
  }
  nav.hidden = links.length === 0;
  replaceChildren(
    nav,
    h(
      'ul',
      { class: 'mainnav-list' },
      links.map(([href, text]) => h('li', {}, h('a', { href }, text))),
    ),
  );
  markCurrentNav();
}

/** aria-current on the menu link of the page shown. */
export function markCurrentNav() {
  const here = location.hash || '#/';
  let best = null;
  for (const link of nav.querySelectorAll('a')) {
    link.removeAttribute('aria-current');
    const href = link.getAttribute('href');
    if (here === href || (href !== '#/' && here.startsWith(`${href}/`))) best = link;
  }
  if (!best && (here === '#/' || here.startsWith('#/sag/'))) best = nav.querySelector('a[href="#/"]');
  best?.setAttribute('aria-current', 'page');
}

export function clearChrome() {
  replaceChildren(roundBox);
  replaceChildren(userBox);
  replaceChildren(nav);
  nav.hidden = true;
  showSaveStatus('idle');
}

const STATUS_TEXT = {
  idle: '',
  saving: 'Gemmer …',
  saved: 'Alle ændringer er gemt',
  retrying: 'Ikke gemt – prøver igen',
  failed: 'Ikke gemt – se markeringen i skemaet',
};

/** A page-wide notice announced to screen readers (identity switched, link copied …). */
export function showNotice(text) {
  status.textContent = text;
  status.className = 'save-status is-notice';
}

export function showSaveStatus(state) {
  status.textContent = STATUS_TEXT[state] ?? '';
  status.className = `save-status is-${state}`;
}

/** Shows a page: replaces the main content and moves focus to its heading. */
export function showPage(main, ...children) {
  replaceChildren(main, ...children);
  markCurrentNav();
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}
