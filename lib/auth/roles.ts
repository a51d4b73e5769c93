/**
 * What each regulator role may do. Every regulator page and action asks `can(role, permission)`;
 * a new role is a new line here. The departments' API keys (ingestion) are listed to every role
 * (ids, departments, kinds, dates: nothing secret; useful when a department calls about its key)
 * but revoked only by a supervisor: cutting a department off stops its publications. Keys are
 * created on the command line (npm run api-key:create), never on a page.
 */
export const REGULATOR_ROLES = {
  /** Reads statistics and decides applications for removal from the abnormal list; sees the departments' API keys. */
  reviewer: ["read-statistics", "decide-removals", "read-api-keys"],
  /** Reads statistics and issues filing codes to enterprises; sees the departments' API keys. */
  registrar: ["read-statistics", "issue-filing-codes", "read-api-keys"],
  /** Everything, and the only role that revokes a department's API key ("manage-api-keys"). */
  supervisor: ["read-statistics", "decide-removals", "issue-filing-codes", "read-api-keys", "manage-api-keys"],
} as const;

export type RegulatorRole = keyof typeof REGULATOR_ROLES;
export type RegulatorPermission = (typeof REGULATOR_ROLES)[RegulatorRole][number];

export function isRegulatorRole(role: string): role is RegulatorRole {
  return Object.hasOwn(REGULATOR_ROLES, role);
}

export function can(role: string, permission: RegulatorPermission): boolean {
  return isRegulatorRole(role) && (REGULATOR_ROLES[role] as readonly string[]).includes(permission);
}
