import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { filingCodeExpiry, filingCodeHash, generateFilingCode } from "@/lib/auth/filing-codes";
import { findEnterpriseType } from "@/lib/dictionaries/enterprise-types";
import { findStatus } from "@/lib/dictionaries/statuses";

/**
 * Filing codes in the database (lib/auth/filing-codes.ts says what a code is): issuing one to an
 * enterprise, checking and using one, listing what was issued. Only hashes are stored.
 */

/**
 * The unused, unexpired code `code` of enterprise `enterpriseId`, marked used in the caller's
 * transaction. The update is conditional, so two requests racing with one code cannot both win.
 * Returns false when there is no such code (wrong, used, expired, or another enterprise's).
 */
export async function consumeFilingCode(tx: Prisma.TransactionClient, { enterpriseId, code, now }: { enterpriseId: number; code: string; now: Date }): Promise<boolean> {
  const { count } = await tx.filingCode.updateMany({
    where: { enterpriseId, codeSha256: filingCodeHash(code), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Whether `code` is a usable code of the enterprise (without using it). */
export async function isUsableFilingCode({ enterpriseId, code, now }: { enterpriseId: number; code: string; now: Date }): Promise<boolean> {
  const row = await db.filingCode.findFirst({
    where: { enterpriseId, codeSha256: filingCodeHash(code), usedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return row !== null;
}

export type IssueFilingCodeResult =
  | { ok: true; code: string; uscc: string; nameZh: string; nameUg: string | null; expiresAt: Date }
  | { ok: false; reason: "unknown-enterprise" | "does-not-file" };

/**
 * Issues a new filing code to the enterprise `uscc` (a registrar's action). Earlier unused codes
 * of the enterprise stop working: only the newest code is valid. The code is returned once, to
 * be shown to the registrar; the audit log records the issue, never the code.
 */
export async function issueFilingCode({ uscc, actor, address, now = new Date() }: { uscc: string; actor: string; address: string; now?: Date }): Promise<IssueFilingCodeResult> {
  const enterprise = await db.enterprise.findUnique({ where: { uscc }, select: { id: true, uscc: true, nameZh: true, nameUg: true, type: true, status: true } });
  if (enterprise === null) return { ok: false, reason: "unknown-enterprise" };
  if (!findEnterpriseType(enterprise.type)?.annualReportForm || !findStatus(enterprise.status)?.isLive) return { ok: false, reason: "does-not-file" };
  const code = generateFilingCode();
  const expiresAt = filingCodeExpiry(now);
  await db.$transaction(async (tx) => {
    await tx.filingCode.updateMany({ where: { enterpriseId: enterprise.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const row = await tx.filingCode.create({
      data: { enterpriseId: enterprise.id, codeSha256: filingCodeHash(code), issuedAt: now, issuedBy: actor, expiresAt },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        at: now,
        actor,
        action: "filing-code.issue",
        entityType: "filing_code",
        entityId: String(row.id),
        enterpriseId: enterprise.id,
        detail: { uscc: enterprise.uscc, expiresAt: expiresAt.toISOString(), address },
      },
    });
  });
  return { ok: true, code, uscc: enterprise.uscc, nameZh: enterprise.nameZh, nameUg: enterprise.nameUg, expiresAt };
}

export type FilingCodeIssuance = {
  id: number;
  uscc: string;
  nameZh: string;
  nameUg: string | null;
  issuedAt: Date;
  issuedBy: string;
  expiresAt: Date;
  usedAt: Date | null;
  /** replaced: a newer code was issued before this one was used. */
  state: "used" | "expired" | "replaced" | "unused";
};

/** The most recent issuances, newest first, for the registrar's list (never the codes). */
export async function listFilingCodeIssuances({ limit = 20, now = new Date() }: { limit?: number; now?: Date } = {}): Promise<FilingCodeIssuance[]> {
  const rows = await db.filingCode.findMany({
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, issuedAt: true, issuedBy: true, expiresAt: true, usedAt: true, enterprise: { select: { uscc: true, nameZh: true, nameUg: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    uscc: row.enterprise.uscc,
    nameZh: row.enterprise.nameZh,
    nameUg: row.enterprise.nameUg,
    issuedAt: row.issuedAt,
    issuedBy: row.issuedBy,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
    state: row.usedAt ? "used" : row.expiresAt > now ? "unused" : row.expiresAt < filingCodeExpiry(row.issuedAt) ? "replaced" : "expired",
  }));
}
