/**
 * What each regulator role may do. Every regulator page and action asks `can(role, permission)`;
 * a new role is a new line here.
 */
export const REGULATOR_ROLES = {
  /** Reads statistics and decides applications for removal from the abnormal list. */
  reviewer: ["read-statistics", "decide-removals"],
  /** Reads statistics and issues filing codes to enterprises. */
  registrar: ["read-statistics", "issue-filing-codes"],
  /** Everything. */
  supervisor: ["read-statistics", "decide-removals", "issue-filing-codes"],
} as const;

export type RegulatorRole = keyof typeof REGULATOR_ROLES;
export type RegulatorPermission = (typeof REGULATOR_ROLES)[RegulatorRole][number];

export function isRegulatorRole(role: string): role is RegulatorRole {
  return Object.hasOwn(REGULATOR_ROLES, role);
}

export function can(role: string, permission: RegulatorPermission): boolean {
  return isRegulatorRole(role) && (REGULATOR_ROLES[role] as readonly string[]).includes(permission);
}
