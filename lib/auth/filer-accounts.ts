import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { consumeFilingCode, isUsableFilingCode } from "@/lib/records/filing-codes";
import { hashPassword, verifyNothing, verifyPassword } from "./passwords";
import { checkThrottle, clearLoginFailures, recordLoginFailure, type ThrottleKey } from "./throttle";
import type { FilerSession } from "./session";
import type { ActivateInput, LoginInput, ResetInput } from "@/lib/validation/filer-auth";

/**
 * Filer accounts: the liaison person (联络员) of an enterprise activates one with a filing code
 * the regulator issued, signs in with the enterprise's code and a password, and resets a
 * forgotten password with a new filing code. Inputs come already validated and normalised
 * (lib/validation/filer-auth.ts). Every outcome is a value, never an exception; a wrong
 * code / name / filing code combination says only that they do not match, never which part.
 *
 * The audit log records each attempt with actor filer:<uscc> and the client's address, never a
 * password, a filing code or an ID number. Sessions are started by the caller (lib/auth/session.ts
 * sets the cookie), once these functions said yes.
 */

export type RequestContext = {
  /** The client's address (lib/auth/client-address.ts). */
  address: string;
  now?: Date;
};

export type Throttled = { ok: false; reason: "throttled"; retryAt: Date };
export type FilerSignedIn = { ok: true; accountId: number; uscc: string };

export type SignInFilerResult = FilerSignedIn | Throttled | { ok: false; reason: "wrong-credentials" };
export type ActivateFilerAccountResult = FilerSignedIn | Throttled | { ok: false; reason: "no-match" | "already-active" };
export type ResetFilerPasswordResult = { ok: true; accountId: number; uscc: string } | Throttled | { ok: false; reason: "no-match" | "not-activated" };

const accountKey = (uscc: string) => `filer:${uscc}`;

type AuditEntry = { action: string; uscc: string; enterpriseId?: number | null; entityId?: string; detail: Record<string, string> };

async function audit(client: Prisma.TransactionClient, entry: AuditEntry, now: Date): Promise<void> {
  await client.auditLog.create({
    data: {
      at: now,
      actor: accountKey(entry.uscc),
      action: entry.action,
      entityType: "filer_account",
      entityId: entry.entityId ?? entry.uscc,
      enterpriseId: entry.enterpriseId ?? null,
      detail: entry.detail,
    },
  });
}

/** A failure: counted for throttling and written to the audit log. */
async function fail(key: ThrottleKey, entry: AuditEntry, now: Date): Promise<void> {
  await recordLoginFailure(key, now);
  await audit(db, entry, now);
}

async function throttled(key: ThrottleKey, action: string, uscc: string, now: Date): Promise<Throttled | null> {
  const check = await checkThrottle(key, now);
  if (check.ok) return null;
  await audit(db, { action, uscc, detail: { address: key.address, reason: "throttled", scope: check.scope } }, now);
  return { ok: false, reason: "throttled", retryAt: check.retryAt };
}

/** The name as compared: full-width forms folded (（）→ ()), spaces dropped. */
function comparableName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

async function findEnterprise(uscc: string) {
  return db.enterprise.findUnique({
    where: { uscc },
    select: { id: true, uscc: true, nameZh: true, nameUg: true, filerAccount: { select: { id: true, passwordHash: true } } },
  });
}

/** Signs a filer in with the enterprise's code and the account's password. */
export async function signInFiler(input: LoginInput, { address, now = new Date() }: RequestContext): Promise<SignInFilerResult> {
  const key = { account: accountKey(input.uscc), address };
  const refused = await throttled(key, "filer.sign-in-failed", input.uscc, now);
  if (refused) return refused;
  const enterprise = await findEnterprise(input.uscc);
  const account = enterprise?.filerAccount ?? null;
  // The same work whether or not the account exists.
  const matches = account ? await verifyPassword(account.passwordHash, input.password) : await verifyNothing(input.password);
  if (!account || !matches) {
    await fail(key, { action: "filer.sign-in-failed", uscc: input.uscc, enterpriseId: enterprise?.id, detail: { address, reason: account ? "wrong-password" : "no-account" } }, now);
    return { ok: false, reason: "wrong-credentials" };
  }
  await clearLoginFailures(key.account);
  await audit(db, { action: "filer.sign-in", uscc: input.uscc, enterpriseId: enterprise?.id, entityId: String(account.id), detail: { address } }, now);
  return { ok: true, accountId: account.id, uscc: input.uscc };
}

/**
 * Activates the enterprise's filer account: its code, its registered name (Chinese or Uyghur)
 * and an unused filing code must belong together; the liaison's name, phone and ID number are
 * kept (privately) with the account. The filing code is used up in the same transaction.
 */
export async function activateFilerAccount(input: ActivateInput, { address, now = new Date() }: RequestContext): Promise<ActivateFilerAccountResult> {
  const key = { account: accountKey(input.uscc), address };
  const refused = await throttled(key, "filer.activate-failed", input.uscc, now);
  if (refused) return refused;
  const enterprise = await findEnterprise(input.uscc);
  const given = comparableName(input.enterpriseName);
  const nameMatches = enterprise !== null && [enterprise.nameZh, enterprise.nameUg].some((name) => name !== null && comparableName(name) === given);
  const codeMatches = enterprise !== null && (await isUsableFilingCode({ enterpriseId: enterprise.id, code: input.filingCode, now }));
  if (enterprise === null || !nameMatches || !codeMatches) {
    const reason = enterprise === null ? "unknown-enterprise" : !nameMatches ? "wrong-name" : "wrong-filing-code";
    await fail(key, { action: "filer.activate-failed", uscc: input.uscc, enterpriseId: enterprise?.id, detail: { address, reason } }, now);
    return { ok: false, reason: "no-match" };
  }
  if (enterprise.filerAccount !== null) {
    // The filer proved they hold a valid code: telling them to reset instead reveals nothing.
    await audit(db, { action: "filer.activate-failed", uscc: input.uscc, enterpriseId: enterprise.id, detail: { address, reason: "already-active" } }, now);
    return { ok: false, reason: "already-active" };
  }
  const passwordHash = await hashPassword(input.password);
  const outcome = await db.$transaction(async (tx) => {
    if (!(await consumeFilingCode(tx, { enterpriseId: enterprise.id, code: input.filingCode, now }))) return null;
    const account = await tx.filerAccount.create({
      data: {
        enterpriseId: enterprise.id,
        liaisonName: input.liaisonName,
        liaisonPhone: input.liaisonPhone,
        liaisonIdNumber: input.liaisonIdNumber,
        passwordHash,
        activatedAt: now,
        passwordChangedAt: now,
      },
      select: { id: true },
    });
    await audit(tx, { action: "filer.activate", uscc: input.uscc, enterpriseId: enterprise.id, entityId: String(account.id), detail: { address } }, now);
    return account;
  }).catch((error: unknown) => {
    // Two activations racing: the other one created the account first.
    if (isUniqueViolation(error)) return "already-active" as const;
    throw error;
  });
  if (outcome === "already-active") return { ok: false, reason: "already-active" };
  if (outcome === null) {
    await fail(key, { action: "filer.activate-failed", uscc: input.uscc, enterpriseId: enterprise.id, detail: { address, reason: "wrong-filing-code" } }, now);
    return { ok: false, reason: "no-match" };
  }
  await clearLoginFailures(key.account);
  return { ok: true, accountId: outcome.id, uscc: input.uscc };
}

/**
 * Sets a new password with a new filing code and ends every session of the account (a stolen
 * session does not outlive the reset). The caller asks the filer to sign in again.
 */
export async function resetFilerPassword(input: ResetInput, { address, now = new Date() }: RequestContext): Promise<ResetFilerPasswordResult> {
  const key = { account: accountKey(input.uscc), address };
  const refused = await throttled(key, "filer.password-reset-failed", input.uscc, now);
  if (refused) return refused;
  const enterprise = await findEnterprise(input.uscc);
  const codeMatches = enterprise !== null && (await isUsableFilingCode({ enterpriseId: enterprise.id, code: input.filingCode, now }));
  if (enterprise === null || !codeMatches) {
    await fail(key, { action: "filer.password-reset-failed", uscc: input.uscc, enterpriseId: enterprise?.id, detail: { address, reason: enterprise === null ? "unknown-enterprise" : "wrong-filing-code" } }, now);
    return { ok: false, reason: "no-match" };
  }
  const account = enterprise.filerAccount;
  if (account === null) {
    await audit(db, { action: "filer.password-reset-failed", uscc: input.uscc, enterpriseId: enterprise.id, detail: { address, reason: "not-activated" } }, now);
    return { ok: false, reason: "not-activated" };
  }
  const passwordHash = await hashPassword(input.password);
  const done = await db.$transaction(async (tx) => {
    if (!(await consumeFilingCode(tx, { enterpriseId: enterprise.id, code: input.filingCode, now }))) return false;
    await tx.filerAccount.update({ where: { id: account.id }, data: { passwordHash, passwordChangedAt: now } });
    const { count } = await tx.userSession.deleteMany({ where: { filerAccountId: account.id } });
    await audit(tx, { action: "filer.password-reset", uscc: input.uscc, enterpriseId: enterprise.id, entityId: String(account.id), detail: { address, sessionsEnded: String(count) } }, now);
    return true;
  });
  if (!done) {
    await fail(key, { action: "filer.password-reset-failed", uscc: input.uscc, enterpriseId: enterprise.id, detail: { address, reason: "wrong-filing-code" } }, now);
    return { ok: false, reason: "no-match" };
  }
  await clearLoginFailures(key.account);
  return { ok: true, accountId: account.id, uscc: input.uscc };
}

/** Records a filer's sign-out (the caller ends the session). */
export async function recordFilerSignOut(session: Pick<FilerSession, "uscc" | "enterpriseId" | "accountId">, { address, now = new Date() }: RequestContext): Promise<void> {
  await audit(db, { action: "filer.sign-out", uscc: session.uscc, enterpriseId: session.enterpriseId, entityId: String(session.accountId), detail: { address } }, now);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
