import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { RequestContext, Throttled } from "./filer-accounts";
import { hashPassword, passwordProblem, verifyNothing, verifyPassword, type PasswordProblem } from "./passwords";
import { isRegulatorRole, type RegulatorRole } from "./roles";
import type { RegulatorSession } from "./session";
import { checkThrottle, clearLoginFailures, recordLoginFailure } from "./throttle";

/**
 * Regulator staff accounts: created by an administrator with `npm run regulator:create`, signed in
 * with username and password (throttled like filers, audited as regulator:<username>).
 */

/** Lower-case letters, digits, dot, hyphen, underscore; 3 to 40 characters. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,40}$/;

export function normalizeUsername(input: string): string {
  return input.normalize("NFKC").trim().toLowerCase();
}

export type SignInRegulatorResult = { ok: true; userId: number; username: string } | Throttled | { ok: false; reason: "wrong-credentials" };

const accountKey = (username: string) => `regulator:${username}`;

async function audit(entry: { action: string; username: string; entityId: string; detail: Record<string, string> }, now: Date): Promise<void> {
  await db.auditLog.create({
    data: { at: now, actor: accountKey(entry.username), action: entry.action, entityType: "regulator_user", entityId: entry.entityId, detail: entry.detail },
  });
}

export async function signInRegulator({ username, password }: { username: string; password: string }, { address, now = new Date() }: RequestContext): Promise<SignInRegulatorResult> {
  const name = normalizeUsername(username);
  // An impossible name is still a failed attempt, but it must not fill the log with what was typed.
  const known = USERNAME_PATTERN.test(name) ? name : "invalid";
  const key = { account: accountKey(known), address };
  const check = await checkThrottle(key, now);
  if (!check.ok) {
    await audit({ action: "regulator.sign-in-failed", username: known, entityId: known, detail: { address, reason: "throttled", scope: check.scope } }, now);
    return { ok: false, reason: "throttled", retryAt: check.retryAt };
  }
  const user = known === "invalid" ? null : await db.regulatorUser.findUnique({ where: { username: known }, select: { id: true, passwordHash: true } });
  const matches = user ? await verifyPassword(user.passwordHash, password) : await verifyNothing(password);
  if (!user || !matches) {
    await recordLoginFailure(key, now);
    await audit({ action: "regulator.sign-in-failed", username: known, entityId: known, detail: { address, reason: user ? "wrong-password" : "no-user" } }, now);
    return { ok: false, reason: "wrong-credentials" };
  }
  await clearLoginFailures(key.account);
  await audit({ action: "regulator.sign-in", username: known, entityId: String(user.id), detail: { address } }, now);
  return { ok: true, userId: user.id, username: known };
}

export async function recordRegulatorSignOut(session: Pick<RegulatorSession, "username" | "userId">, { address, now = new Date() }: RequestContext): Promise<void> {
  await audit({ action: "regulator.sign-out", username: session.username, entityId: String(session.userId), detail: { address } }, now);
}

/** A password for a new user when none is given: 20 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
  return [...randomBytes(20)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

export type CreateRegulatorUserInput = {
  username: string;
  displayName?: string;
  role: string;
  authorityId: string;
  password: string;
  /** Who creates it, for the audit log (cli:<os user>, system:seed). */
  actor: string;
};

export type CreateRegulatorUserResult =
  | { ok: true; userId: number; username: string; role: RegulatorRole }
  | { ok: false; reason: "username-format" | "username-taken" | "unknown-role" | "unknown-authority" | PasswordProblem };

/** Creates a regulator user (npm run regulator:create, the demo seed). */
export async function createRegulatorUser(input: CreateRegulatorUserInput): Promise<CreateRegulatorUserResult> {
  const username = normalizeUsername(input.username);
  if (!USERNAME_PATTERN.test(username)) return { ok: false, reason: "username-format" };
  if (!isRegulatorRole(input.role)) return { ok: false, reason: "unknown-role" };
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, reason: problem };
  const authority = await db.authority.findUnique({ where: { id: input.authorityId }, select: { id: true } });
  if (!authority) return { ok: false, reason: "unknown-authority" };
  if (await db.regulatorUser.findUnique({ where: { username }, select: { id: true } })) return { ok: false, reason: "username-taken" };
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.regulatorUser.create({
      data: { username, displayName: input.displayName?.trim() || username, role: input.role, authorityId: authority.id, passwordHash },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "regulator-user.create", entityType: "regulator_user", entityId: String(created.id), detail: { username, role: input.role, authorityId: authority.id } },
    });
    return created;
  });
  return { ok: true, userId: user.id, username, role: input.role };
}
