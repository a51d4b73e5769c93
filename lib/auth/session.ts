import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { can, type RegulatorPermission } from "./roles";

/**
 * Server-side sessions for filers (an enterprise's liaison person) and regulator staff. The cookie
 * holds a random 256-bit token, httpOnly and SameSite=Lax (Secure in production); the database
 * keeps only its SHA-256 and an expiry, so signing out or expiring ends the session everywhere.
 */
export const SESSION_COOKIE = "xj_session";
/** A session lasts this long from sign-in (an annual report takes an afternoon, not a week). */
export const SESSION_HOURS = 8;

export type FilerSession = {
  kind: "filer";
  sessionId: string;
  accountId: number;
  enterpriseId: number;
  uscc: string;
  nameZh: string;
  nameUg: string | null;
  /** lib/dictionaries/enterprise-types.ts code: decides the annual-report form. */
  enterpriseType: string;
  /** How the audit log names this actor. */
  actor: `filer:${string}`;
};

export type RegulatorSession = {
  kind: "regulator";
  sessionId: string;
  userId: number;
  username: string;
  displayName: string;
  role: string;
  authorityId: string;
  actor: `regulator:${string}`;
};

export type Session = FilerSession | RegulatorSession;

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session for a filer account or a regulator user and sets its cookie. */
export async function startSession(who: { filerAccountId: number } | { regulatorUserId: number }, now = new Date()): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.userSession.create({ data: { id: tokenHash(token), ...who, createdAt: now, expiresAt } });
  const jar = await cookies();
  jar.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().NODE_ENV === "production" && getEnv().SITE_URL.startsWith("https:"),
    path: "/",
    expires: expiresAt,
  });
}

/**
 * The session of this request, or null (no cookie, unknown token, expired). Read once per request
 * (React cache): the filing layout and the page's own guard both ask for it.
 */
export const getSession = cache(async (): Promise<Session | null> => {
  const now = new Date();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  const row = await db.userSession.findUnique({
    where: { id: tokenHash(token) },
    select: {
      id: true,
      expiresAt: true,
      filerAccount: { select: { id: true, enterprise: { select: { id: true, uscc: true, nameZh: true, nameUg: true, type: true } } } },
      regulatorUser: { select: { id: true, username: true, displayName: true, role: true, authorityId: true } },
    },
  });
  if (row === null || row.expiresAt <= now) return null;
  if (row.filerAccount) {
    const enterprise = row.filerAccount.enterprise;
    return {
      kind: "filer",
      sessionId: row.id,
      accountId: row.filerAccount.id,
      enterpriseId: enterprise.id,
      uscc: enterprise.uscc,
      nameZh: enterprise.nameZh,
      nameUg: enterprise.nameUg,
      enterpriseType: enterprise.type,
      actor: `filer:${enterprise.uscc}`,
    };
  }
  if (row.regulatorUser) {
    const user = row.regulatorUser;
    return { kind: "regulator", sessionId: row.id, userId: user.id, username: user.username, displayName: user.displayName, role: user.role, authorityId: user.authorityId, actor: `regulator:${user.username}` };
  }
  return null;
});

/** Ends this request's session (the row and the cookie). */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await db.userSession.deleteMany({ where: { id: tokenHash(token) } });
  jar.delete(SESSION_COOKIE);
}

/** Ends every session of a filer account (after a password reset). */
export async function endSessionsOfFiler(filerAccountId: number): Promise<void> {
  await db.userSession.deleteMany({ where: { filerAccountId } });
}

/**
 * Whether the signed-in filer may act for the enterprise `uscc`. "signed-out" sends them to sign
 * in; "not-found" is answered with 404 exactly like an unknown code, so another enterprise's
 * filing pages cannot even be told to exist.
 */
export type FilerAccess = { ok: true; session: FilerSession } | { ok: false; reason: "signed-out" | "not-found" };

export async function filerAccessTo(uscc: string): Promise<FilerAccess> {
  const session = await getSession();
  if (session === null || session.kind !== "filer") return { ok: false, reason: "signed-out" };
  if (session.uscc !== uscc) return { ok: false, reason: "not-found" };
  return { ok: true, session };
}

/**
 * Whether the signed-in regulator may do `permission` (lib/auth/roles.ts). "forbidden" is a
 * regulator whose role does not allow it (403); anyone else is "signed-out".
 */
export type RegulatorAccess = { ok: true; session: RegulatorSession } | { ok: false; reason: "signed-out" | "forbidden" };

export async function regulatorAccess(permission: RegulatorPermission): Promise<RegulatorAccess> {
  const session = await getSession();
  if (session === null || session.kind !== "regulator") return { ok: false, reason: "signed-out" };
  if (!can(session.role, permission)) return { ok: false, reason: "forbidden" };
  return { ok: true, session };
}
