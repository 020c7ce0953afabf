import type { ActorRole } from './access.js';
import type { Role } from './roles.js';

/** Who is calling: the organisation's admin credential or a member of one round. */
export type Principal =
  | { kind: 'admin'; id: string; role: 'admin' }
  | { kind: 'member'; id: string; role: Role; roundId: string; name: string };

/** Who did it, as the audit log records it. */
export interface Actor {
  id: string;
  role: ActorRole;
}

export function actorOf(principal: Principal): Actor {
  return { id: principal.id, role: principal.role };
}
