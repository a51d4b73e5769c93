import { db } from "@/lib/db";

/**
 * Throttling of failed sign-ins (and failed activations and resets, which guess filing codes),
 * kept in the database so every app instance sees the same counts: in any sliding window of
 * 15 minutes, at most 5 failures per account and 20 per address. Past that, attempts are refused
 * without checking anything until the oldest failure that counts leaves the window; the refusal
 * says when that is. A successful sign-in clears the account's failures.
 */
export const THROTTLE = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type ThrottleKey = {
  /** filer:<uscc> or regulator:<username> */
  account: string;
  /** The client's address (lib/auth/client-address.ts). */
  address: string;
};

export type ThrottleCheck = { ok: true } | { ok: false; scope: "account" | "address"; retryAt: Date };

const windowMs = () => THROTTLE.windowMinutes * 60_000;

/**
 * When `limit` failures at `times` (newest first, those in the window ending `now`) block until:
 * with failures t1 < … < tn in the window (n ≥ limit), t(n−limit+1) + window is when only
 * limit − 1 remain. Null while fewer than `limit` count.
 */
export function blockedUntil(times: readonly Date[], limit: number, now: Date): Date | null {
  const from = now.getTime() - windowMs();
  const inWindow = times.filter((time) => time.getTime() > from && time.getTime() <= now.getTime()).sort((a, b) => b.getTime() - a.getTime());
  return inWindow.length < limit ? null : new Date(inWindow[limit - 1].getTime() + windowMs());
}

/** The decision for an attempt, given the recent failures of its account and of its address. */
export function decideThrottle({ accountFailures, addressFailures, now }: { accountFailures: readonly Date[]; addressFailures: readonly Date[]; now: Date }): ThrottleCheck {
  const account = blockedUntil(accountFailures, THROTTLE.perAccount, now);
  const address = blockedUntil(addressFailures, THROTTLE.perAddress, now);
  if (account === null && address === null) return { ok: true };
  // Both blocked: the later time is the one that matters.
  if (address !== null && (account === null || address > account)) return { ok: false, scope: "address", retryAt: address };
  return { ok: false, scope: "account", retryAt: account as Date };
}

/** The newest `limit` failures of `where` in the window ending `now` (all a decision needs). */
async function recentFailures(where: { account: string } | { address: string }, limit: number, now: Date): Promise<Date[]> {
  const rows = await db.loginFailure.findMany({
    where: { ...where, at: { gt: new Date(now.getTime() - windowMs()), lte: now } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  return rows.map((row) => row.at);
}

/** Whether an attempt for `key` may be checked now; if not, which limit and until when. */
export async function checkThrottle(key: ThrottleKey, now: Date = new Date()): Promise<ThrottleCheck> {
  const [accountFailures, addressFailures] = await Promise.all([
    recentFailures({ account: key.account }, THROTTLE.perAccount, now),
    recentFailures({ address: key.address }, THROTTLE.perAddress, now),
  ]);
  return decideThrottle({ accountFailures, addressFailures, now });
}

/** Records a failed attempt, and forgets this key's failures that can no longer count. */
export async function recordLoginFailure(key: ThrottleKey, now: Date = new Date()): Promise<void> {
  const stale = new Date(now.getTime() - windowMs());
  await db.$transaction([
    db.loginFailure.create({ data: { account: key.account, address: key.address, at: now } }),
    db.loginFailure.deleteMany({ where: { account: key.account, at: { lt: stale } } }),
    db.loginFailure.deleteMany({ where: { address: key.address, at: { lt: stale } } }),
  ]);
}

/**
 * After a successful sign-in: the account starts again with a clean slate (the address does not).
 * Sessions expired by the clock are swept at the same time (indexed by expiry; nothing else
 * removes them).
 */
export async function clearLoginFailures(account: string): Promise<void> {
  await db.$transaction([db.loginFailure.deleteMany({ where: { account } }), db.userSession.deleteMany({ where: { expiresAt: { lte: new Date() } } })]);
}
