import { isAtLeast, PHASES, type Phase } from './phases.js';
import type { Role } from './roles.js';

export type ActorRole = Role | 'admin';

export type Permission =
  | 'round.read'
  | 'round.manage'
  | 'rating.write'
  | 'ratings.readAll'
  | 'results.read'
  | 'meetingMaterial.read'
  | 'export.read'
  | 'focus.write'
  | 'report.read'
  | 'auditLog.read'
  | 'plan.write';

const STAFF: readonly ActorRole[] = ['admin', 'leader', 'referent'];

/** The role table of docs/contract.md as data: who may do what, and from which phase for panelists. */
const RULES: Record<Permission, (role: ActorRole, phase: Phase) => boolean> = {
  'round.read': () => true,
  'round.manage': (role) => role === 'admin' || role === 'leader',
  // Ratings are a panelist's own; nobody rates on someone else's behalf.
  'rating.write': (role) => role === 'panelist',
  'ratings.readAll': (role, phase) => STAFF.includes(role) || isAtLeast(phase, 'discussion'),
  'results.read': (role, phase) => STAFF.includes(role) || isAtLeast(phase, 'discussion'),
  'meetingMaterial.read': (role, phase) => STAFF.includes(role) || isAtLeast(phase, 'discussion'),
  'export.read': (role) => STAFF.includes(role),
  'focus.write': (role) => STAFF.includes(role),
  'report.read': (role) => STAFF.includes(role),
  'auditLog.read': (role) => role === 'admin' || role === 'leader',
  // The udviklingsplan is the organisation's: its leader writes it, every member reads it.
  'plan.write': (role) => role === 'admin' || role === 'leader',
};

export function isAllowed(permission: Permission, role: ActorRole, phase: Phase): boolean {
  return RULES[permission](role, phase);
}

/** Every write to a round, named for the phase rules below. */
export type Write =
  | 'round.texts'
  | 'round.transition'
  | 'members.addStaff'
  | 'members.addPanelist'
  | 'members.remove'
  | 'members.reissueLink'
  | 'cases'
  | 'form'
  | 'ratings'
  | 'improvementAnswers'
  | 'focusPoints';

/** Why a write is refused in a phase; each is its own problem code. */
export type PhaseRefusal = 'round-reported' | 'phase-closed' | 'panelist-add-closed' | 'member-remove-closed';

interface WriteRule {
  /** The role check, from the role table above. */
  permission: Permission;
  /** The phases the write is open in; `reported` is never among them. */
  phases: readonly Phase[];
  /** The refusal outside those phases (before `reported`, which is always `round-reported`). */
  closed: Exclude<PhaseRefusal, 'round-reported'>;
  /** Danish, after "Det er kun muligt at …": what the write does. */
  label: string;
}

const UNTIL_REPORTED = PHASES.filter((phase) => phase !== 'reported');
const BEFORE_RATING: readonly Phase[] = ['scoping', 'panel', 'calibration'];

/**
 * The phase rules as data: which phases allow which writes, and the role each needs. Every
 * service checks a write through this table, always in one order: the round must be visible
 * (404), the role must allow it (403), the phase must allow it (409), and only then are the
 * resource's own parts looked up (404 for a case, item, member, focus point, recommendation).
 */
export const WRITE_RULES: Record<Write, WriteRule> = {
  'round.texts': {
    permission: 'round.manage',
    phases: UNTIL_REPORTED,
    closed: 'phase-closed',
    label: 'ændre auditforløbets tekster',
  },
  'round.transition': {
    permission: 'round.manage',
    phases: UNTIL_REPORTED,
    closed: 'phase-closed',
    label: 'skifte fase',
  },
  'members.addStaff': {
    permission: 'round.manage',
    phases: UNTIL_REPORTED,
    closed: 'phase-closed',
    label: 'tilføje en mødeleder eller referent',
  },
  // Until rating ends: a late panelist rates blind like the rest, and absent ratings are missing
  // values for alpha. From discussion on they could no longer rate, yet would be expected to.
  'members.addPanelist': {
    permission: 'round.manage',
    phases: [...BEFORE_RATING, 'rating'],
    closed: 'panelist-add-closed',
    label: 'tilføje paneldeltagere',
  },
  // Once rating has begun, the members' ratings belong to the round.
  'members.remove': {
    permission: 'round.manage',
    phases: BEFORE_RATING,
    closed: 'member-remove-closed',
    label: 'fjerne medlemmer af panelet',
  },
  // A member who lost the personal link gets a new one at any phase before reported.
  'members.reissueLink': {
    permission: 'round.manage',
    phases: UNTIL_REPORTED,
    closed: 'phase-closed',
    label: 'give et medlem et nyt link',
  },
  cases: {
    permission: 'round.manage',
    phases: BEFORE_RATING,
    closed: 'phase-closed',
    label: 'tilføje og fjerne sager',
  },
  form: { permission: 'round.manage', phases: BEFORE_RATING, closed: 'phase-closed', label: 'ændre vurderingsskemaet' },
  ratings: { permission: 'rating.write', phases: ['rating'], closed: 'phase-closed', label: 'vurdere sagerne' },
  improvementAnswers: {
    permission: 'rating.write',
    phases: ['rating'],
    closed: 'phase-closed',
    label: 'besvare udviklingsspørgsmålet',
  },
  // Written at the audit meeting and sharpened at the follow-up meeting.
  focusPoints: {
    permission: 'focus.write',
    phases: ['discussion', 'follow_up'],
    closed: 'phase-closed',
    label: 'skrive fokuspunkter og anbefalinger',
  },
};

/** Null when `write` is open in `phase`; otherwise why it is refused. */
export function phaseRefusal(write: Write, phase: Phase): PhaseRefusal | null {
  if (phase === 'reported') return 'round-reported';
  const rule = WRITE_RULES[write];
  return rule.phases.includes(phase) ? null : rule.closed;
}
