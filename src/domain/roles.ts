export const ROLES = ['leader', 'referent', 'panelist'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  leader: 'mødeleder',
  referent: 'referent',
  panelist: 'paneldeltager',
};
