// The leader's, referent's and admin's views of a round. A new view is one module and one
// entry here: the menu and the router both read this list.

import { phaseAtLeast } from '../../context.js';
import { renderOverview } from '../overview.js';
import { renderResults } from '../results.js';
import { renderCases } from './cases.js';
import { renderComparison } from './comparison.js';
import { renderForm } from './form.js';
import { renderMeeting } from './meeting.js';
import { renderPanel } from './panel.js';
import { renderPlan } from './plan.js';
import { renderRound } from './round.js';

/**
 * `from`: the first phase the view makes sense in; `when`: a further condition on the round;
 * `panelists`: the phase from which panelists see it too (else staff only).
 */
export const STAFF_VIEWS = [
  { path: '/', label: 'Forløb', render: renderRound },
  { path: '/panel', label: 'Panel', render: renderPanel },
  { path: '/sager', label: 'Sager', render: renderCases },
  { path: '/skema', label: 'Skema', render: renderForm },
  { path: '/fremdrift', label: 'Fremdrift', render: renderOverview },
  { path: '/moede', label: 'Auditmøde', render: renderMeeting, from: 'discussion' },
  { path: '/resultater', label: 'Resultater', render: renderResults, from: 'discussion' },
  {
    path: '/sammenligning',
    label: 'Sammenligning',
    render: renderComparison,
    when: (round) => Boolean(round.baselineRoundId),
    panelists: 'discussion',
  },
  { path: '/plan', label: 'Udviklingsplan', render: renderPlan, from: 'reported', panelists: 'reported' },
];

/** Whether a view is open for this role in this round (the menu shows exactly these). */
export function viewOpen(view, role, round) {
  if (!round || (view.when && !view.when(round))) return false;
  if (role === 'panelist') return Boolean(view.panelists) && phaseAtLeast(round.phase, view.panelists);
  return !view.from || phaseAtLeast(round.phase, view.from);
}
