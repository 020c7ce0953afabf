// The leader's, referent's and admin's views of a round. A new view is one module and one
// entry here: the menu and the router both read this list.

import { renderOverview } from '../overview.js';
import { renderResults } from '../results.js';
import { renderCases } from './cases.js';
import { renderForm } from './form.js';
import { renderMeeting } from './meeting.js';
import { renderPanel } from './panel.js';
import { renderRound } from './round.js';

/** `from`: the first phase the view makes sense in. */
export const STAFF_VIEWS = [
  { path: '/', label: 'Forløb', render: renderRound },
  { path: '/panel', label: 'Panel', render: renderPanel },
  { path: '/sager', label: 'Sager', render: renderCases },
  { path: '/skema', label: 'Skema', render: renderForm },
  { path: '/fremdrift', label: 'Fremdrift', render: renderOverview },
  { path: '/moede', label: 'Auditmøde', render: renderMeeting, from: 'discussion' },
  { path: '/resultater', label: 'Resultater', render: renderResults, from: 'discussion' },
];
