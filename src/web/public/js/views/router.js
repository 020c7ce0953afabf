// Hash routes: #/ (start), #/sag/<id>, #/udvikling, #/resultater; the admin picks a round
// with #/runde/<id> (and #/runde/<id>/resultater).

import { describeError } from '../api.js';
import { h } from '../dom.js';
import { openRound, phaseAtLeast } from '../context.js';
import { renderRoundHeader, showPage } from './layout.js';
import { renderAdminHome } from './admin-home.js';
import { renderCase } from './case.js';
import { renderDevelopment } from './development.js';
import { renderHome } from './home.js';
import { renderResults } from './results.js';
import { STAFF_VIEWS } from './staff/registry.js';

function notFound(main, text = 'Siden findes ikke.') {
  showPage(main, h('h1', {}, 'Ikke fundet'), h('p', {}, text), h('p', {}, h('a', { href: '#/' }, 'Til forsiden')));
}

/** The views of the leader, the referent and the admin (inside a round), from the registry. */
function staffRoute(main, session, path) {
  const view = STAFF_VIEWS.find((v) => v.path === path);
  if (!view) return notFound(main);
  if (view.from && !phaseAtLeast(session.round.phase, view.from)) {
    return notFound(main, 'Siden bruges først fra auditmødet.');
  }
  return view.render(main, session);
}

async function adminRoute(main, session, path) {
  // Ids are opaque but plain (UUIDs): a crafted link must not steer API paths elsewhere.
  const match = /^\/runde\/([A-Za-z0-9_-]{1,100})(\/[a-z]+)?$/.exec(path);
  if (!match) {
    session.round = null;
    renderRoundHeader(session);
    return renderAdminHome(main, session);
  }
  const roundId = match[1];
  if (session.round?.id !== roundId) await openRound(session, roundId);
  renderRoundHeader(session);
  return staffRoute(main, session, match[2] ?? '/');
}

async function memberRoute(main, session, path) {
  const { role, round } = session;
  if (role !== 'panelist') return staffRoute(main, session, path);
  if (path === '/') return renderHome(main, session);
  if (path === '/resultater') {
    if (!phaseAtLeast(round.phase, 'discussion')) return notFound(main, 'Resultaterne vises først fra auditmødet.');
    return renderResults(main, session);
  }
  if (path === '/udvikling') return renderDevelopment(main, session);
  const caseMatch = /^\/sag\/([^/]+)$/.exec(path);
  const kase = caseMatch && session.cases.find((c) => c.id === decodeURIComponent(caseMatch[1]));
  if (kase) return renderCase(main, session, kase);
  return notFound(main, 'Sagen findes ikke i dette auditforløb.');
}

export async function renderRoute(main, session, path) {
  try {
    if (session.role === 'admin') await adminRoute(main, session, path);
    else await memberRoute(main, session, path);
  } catch (error) {
    showPage(
      main,
      h('h1', {}, 'Siden kunne ikke hentes'),
      h('p', { class: 'notice notice-error' }, describeError(error)),
      h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Prøv igen')),
    );
  }
}
