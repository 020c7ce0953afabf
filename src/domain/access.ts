import { isAtLeast, type Phase } from './phases.js';
import type { Role } from './roles.js';

export type ActorRole = Role | 'admin';

export type Permission =
  | 'round.read'
  | 'round.manage'
  | 'rating.write'
  | 'ratings.readAll'
  | 'results.read'
  | 'discussion.read'
  | 'export.read'
  | 'focus.write'
  | 'report.read'
  | 'auditLog.read';

const STAFF: readonly ActorRole[] = ['admin', 'leader', 'referent'];

/** The role table of docs/contract.md as data: who may do what, and from which phase for panelists. */
const RULES: Record<Permission, (role: ActorRole, phase: Phase) => boolean> = {
  'round.read': () => true,
  'round.manage': (role) => role === 'admin' || role === 'leader',
  // Ratings are a panelist's own; nobody rates on someone else's behalf.
  'rating.write': (role) => role === 'panelist',
  'ratings.readAll': (role, phase) => STAFF.includes(role) || isAtLeast(phase, 'discussion'),
  'results.read': (role, phase) => STAFF.includes(role) || isAtLeast(phase, 'discussion'),
  'discussion.read': (role, phase) => STAFF.includes(role) || isAtLeast(phase, 'discussion'),
  'export.read': (role) => STAFF.includes(role),
  'focus.write': (role) => STAFF.includes(role),
  'report.read': (role) => STAFF.includes(role),
  'auditLog.read': (role) => role === 'admin' || role === 'leader',
};

export function isAllowed(permission: Permission, role: ActorRole, phase: Phase): boolean {
  return RULES[permission](role, phase);
}
