import { FEED_WRITER_TRANSACTION_TIMEOUT_MS, recordPublicChanges } from "@/lib/changes/public-changes";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { instantInfoDeadline } from "@/lib/rules/annual-reporting";
import { isMinorPenalty, isPenaltyInPublicity, penaltyPublicityEndsOn } from "@/lib/rules/publicity";
import type { WorkingDayDeadline } from "@/lib/rules/working-days";
import { refreshSearchFacts } from "@/lib/search/postgres/search-facts";
import type { InstantInfoItem, InstantInfoKind } from "@/lib/validation/instant-info";
import type { AuthorityRef } from "./company-profile";

/**
 * Instant information (即时信息) an enterprise publishes itself through its liaison person:
 * shareholder contributions, equity changes, licences, IP pledges and penalties received. Each is
 * public at once (the company page reads the same tables through lib/records/public-projection.ts)
 * and is due within 20 working days of the change (lib/rules/annual-reporting.ts
 * instantInfoDeadline, on the holiday calendar of lib/rules/working-days.ts).
 */

/** When an item changed, when it was due and when it was published. */
export type InstantInfoTiming = {
  /** The day the 20 working days run from; null for a contribution published before it was recorded. */
  changedOn: string | null;
  deadline: WorkingDayDeadline | null;
  publishedOn: string;
  /** Null when the change date is not known. */
  isOnTime: boolean | null;
};

export type PublishedContribution = {
  kind: "contribution";
  id: number;
  shareholderName: string;
  subscribed: string;
  subscribedVia: string;
  subscribedOn: string | null;
  paid: string;
  paidVia: string | null;
  paidOn: string | null;
} & InstantInfoTiming;

export type PublishedEquityChange = { kind: "equity-change"; id: number; shareholderName: string; ratioBefore: string; ratioAfter: string } & InstantInfoTiming;

export type PublishedLicence = {
  kind: "licence";
  id: number;
  documentNumber: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  authorityName: string;
  status: string;
} & InstantInfoTiming;

export type PublishedIpPledge = {
  kind: "ip-pledge";
  id: number;
  registrationNumber: string;
  ipKind: string;
  name: string;
  pledgor: string;
  pledgee: string;
  termFrom: string;
  termTo: string | null;
} & InstantInfoTiming;

export type PublishedPenalty = {
  kind: "penalty";
  id: number;
  decisionNumber: string;
  authority: AuthorityRef;
  violationType: string;
  fineYuan: string | null;
  /** False once its publicity period ended (or it was annulled or repaired): no longer on the public page. */
  isPublic: boolean;
} & InstantInfoTiming;

export type PublishedInstantInfo = {
  contribution: PublishedContribution[];
  "equity-change": PublishedEquityChange[];
  licence: PublishedLicence[];
  "ip-pledge": PublishedIpPledge[];
  penalty: PublishedPenalty[];
};

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function optionalDay(date: Date | null): string | null {
  return date === null ? null : day(date);
}

function timing(changedOn: string | null, publishedOn: string): InstantInfoTiming {
  if (changedOn === null) return { changedOn, deadline: null, publishedOn, isOnTime: null };
  const deadline = instantInfoDeadline(changedOn);
  return { changedOn, deadline, publishedOn, isOnTime: publishedOn <= deadline.date };
}

const authoritySelect = { select: { id: true, nameZh: true, nameUg: true, nameEn: true } } as const;

/**
 * What the enterprise has published itself, newest first, each with its change date, deadline and
 * whether it was on time. For the filer's own pages only (the public reads the public projection).
 */
export async function listPublishedInstantInfo({ enterpriseId, today }: { enterpriseId: number; today: string }): Promise<PublishedInstantInfo> {
  const newest = [{ publishedOn: "desc" as const }, { id: "desc" as const }];
  const [contributions, equityChanges, licences, ipPledges, penalties] = await Promise.all([
    db.contribution.findMany({ where: { enterpriseId }, orderBy: newest }),
    db.equityChange.findMany({ where: { enterpriseId }, orderBy: newest }),
    db.licence.findMany({ where: { enterpriseId, source: "enterprise" }, orderBy: newest }),
    db.ipPledge.findMany({ where: { enterpriseId }, orderBy: newest }),
    db.penalty.findMany({ where: { enterpriseId, source: "enterprise" }, orderBy: newest, include: { authority: authoritySelect } }),
  ]);
  return {
    contribution: contributions.map((row) => ({
      kind: "contribution",
      id: row.id,
      shareholderName: row.shareholderName,
      subscribed: row.subscribed.toString(),
      subscribedVia: row.subscribedVia,
      subscribedOn: optionalDay(row.subscribedOn),
      paid: row.paid.toString(),
      paidVia: row.paidVia,
      paidOn: optionalDay(row.paidOn),
      ...timing(optionalDay(row.changedOn), day(row.publishedOn)),
    })),
    "equity-change": equityChanges.map((row) => ({
      kind: "equity-change",
      id: row.id,
      shareholderName: row.shareholderName,
      ratioBefore: row.ratioBefore.toString(),
      ratioAfter: row.ratioAfter.toString(),
      ...timing(day(row.changedOn), day(row.publishedOn)),
    })),
    licence: licences.map((row) => ({
      kind: "licence",
      id: row.id,
      documentNumber: row.documentNumber,
      name: row.name,
      validFrom: day(row.validFrom),
      validTo: optionalDay(row.validTo),
      authorityName: row.authorityName ?? "",
      status: row.status,
      ...timing(day(row.validFrom), day(row.publishedOn)),
    })),
    "ip-pledge": ipPledges.map((row) => ({
      kind: "ip-pledge",
      id: row.id,
      registrationNumber: row.registrationNumber,
      ipKind: row.kind,
      name: row.name,
      pledgor: row.pledgor,
      pledgee: row.pledgee,
      termFrom: day(row.termFrom),
      termTo: optionalDay(row.termTo),
      ...timing(day(row.termFrom), day(row.publishedOn)),
    })),
    penalty: penalties.map((row) => ({
      kind: "penalty",
      id: row.id,
      decisionNumber: row.decisionNumber,
      authority: { id: row.authority.id, names: { zh: row.authority.nameZh, ug: row.authority.nameUg, en: row.authority.nameEn } },
      violationType: row.violationType,
      fineYuan: row.fineYuan === null ? null : row.fineYuan.toString(),
      isPublic: isPenaltyInPublicity(
        { publicityEndsOn: day(row.publicityEndsOn), repairedOn: optionalDay(row.repairedOn), annulledOn: optionalDay(row.annulledOn) },
        today,
      ),
      ...timing(day(row.decidedOn), day(row.publishedOn)),
    })),
  };
}

/** One published item of the enterprise, or null (another enterprise's id, or none). */
export async function findPublishedInstantInfo({
  enterpriseId,
  kind,
  id,
  today,
}: {
  enterpriseId: number;
  kind: InstantInfoKind;
  id: number;
  today: string;
}): Promise<PublishedInstantInfo[InstantInfoKind][number] | null> {
  const all = await listPublishedInstantInfo({ enterpriseId, today });
  return all[kind].find((item) => item.id === id) ?? null;
}

export type PublishResult = { kind: InstantInfoKind; id: number } & InstantInfoTiming;

/** The advisory-lock namespace of publishing instant information (with the enterprise id as the second key). */
const PUBLISH_LOCK = 5_101;
/** An identical item posted again within this time is taken as the same publication. */
const REPEAT_WINDOW_MS = 10 * 60_000;

/** The table and audit action of each kind. */
const ENTITY = {
  contribution: "contribution",
  "equity-change": "equity_change",
  licence: "licence",
  "ip-pledge": "ip_pledge",
  penalty: "penalty",
} as const satisfies Record<InstantInfoKind, string>;

function date(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

function optionalDate(value: string | null): Date | null {
  return value === null ? null : date(value);
}

async function insertItem(tx: Prisma.TransactionClient, enterpriseId: number, item: InstantInfoItem, publishedOn: Date): Promise<number> {
  switch (item.kind) {
    case "contribution": {
      const v = item.values;
      const row = await tx.contribution.create({
        data: {
          enterpriseId,
          shareholderName: v.shareholderName,
          subscribed: v.subscribed,
          subscribedOn: date(v.subscribedOn),
          subscribedVia: v.subscribedVia,
          paid: v.paid,
          paidOn: optionalDate(v.paidOn),
          paidVia: v.paidVia,
          changedOn: date(v.changedOn),
          publishedOn,
        },
        select: { id: true },
      });
      return row.id;
    }
    case "equity-change": {
      const v = item.values;
      const row = await tx.equityChange.create({
        data: { enterpriseId, shareholderName: v.shareholderName, ratioBefore: v.ratioBefore, ratioAfter: v.ratioAfter, changedOn: date(v.changedOn), publishedOn },
        select: { id: true },
      });
      return row.id;
    }
    case "licence": {
      const v = item.values;
      const row = await tx.licence.create({
        data: {
          enterpriseId,
          source: "enterprise",
          authorityId: null,
          authorityName: v.authorityName,
          documentNumber: v.documentNumber,
          name: v.name,
          content: v.content,
          validFrom: date(v.validFrom),
          validTo: optionalDate(v.validTo),
          status: "valid",
          publishedOn,
        },
        select: { id: true },
      });
      return row.id;
    }
    case "ip-pledge": {
      const v = item.values;
      const row = await tx.ipPledge.create({
        data: {
          enterpriseId,
          registrationNumber: v.registrationNumber,
          kind: v.kind,
          name: v.name,
          pledgor: v.pledgor,
          pledgee: v.pledgee,
          termFrom: date(v.termFrom),
          termTo: optionalDate(v.termTo),
          status: "valid",
          publishedOn,
        },
        select: { id: true },
      });
      return row.id;
    }
    case "penalty": {
      const v = item.values;
      const isMinor = isMinorPenalty({ kinds: v.kinds, fineYuan: v.fineYuan });
      const row = await tx.penalty.create({
        data: {
          enterpriseId,
          source: "enterprise",
          authorityId: v.authorityId,
          decisionNumber: v.decisionNumber,
          violationType: v.violationType,
          kinds: v.kinds,
          content: v.content,
          fineYuan: v.fineYuan,
          isMinor,
          decidedOn: date(v.decidedOn),
          publishedOn,
          publicityEndsOn: date(penaltyPublicityEndsOn({ publishedOn: day(publishedOn), isMinor })),
          // Enterprises publish the decision's summary; the decision document is the department's to publish.
          documentText: "",
        },
        select: { id: true },
      });
      return row.id;
    }
  }
}

/**
 * Publishes one checked item for the enterprise, public at once: the row, the enterprise's
 * last-updated time, the audit-log entry (actor filer:<uscc>), the search outbox entry and the
 * public changes feed row (kind = the item's kind, "created", the row's id) in one transaction; a
 * penalty also refreshes the search facts (penalties in publicity is a search filter). An item
 * posted again is the one already published: no new row anywhere. The caller revalidates the
 * company's cached pages.
 */
export async function publishInstantInfo({
  enterpriseId,
  actor,
  item,
  changedOn,
  today,
  now = new Date(),
}: {
  enterpriseId: number;
  actor: `filer:${string}`;
  item: InstantInfoItem;
  changedOn: string;
  today: string;
  now?: Date;
}): Promise<PublishResult> {
  const publishedOn = date(today);
  const due = timing(changedOn, today);
  const action = `${ENTITY[item.kind]}.publish`;
  const id = await db.$transaction(async (tx) => {
    // One publication at a time per enterprise; the same item posted again within a few minutes
    // (a double click on "Publish", the browser's back button) is the one already published.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK}, ${enterpriseId})`;
    const repeated = await tx.auditLog.findFirst({
      where: { enterpriseId, action, at: { gte: new Date(now.getTime() - REPEAT_WINDOW_MS) }, detail: { path: ["values"], equals: item.values } },
      select: { entityId: true },
      orderBy: { at: "desc" },
    });
    if (repeated) return Number(repeated.entityId);
    const id = await insertItem(tx, enterpriseId, item, publishedOn);
    await tx.enterprise.update({ where: { id: enterpriseId }, data: { updatedAt: now }, select: { id: true } });
    await tx.auditLog.create({
      data: {
        at: now,
        actor,
        action,
        entityType: ENTITY[item.kind],
        entityId: String(id),
        enterpriseId,
        detail: {
          source: "enterprise",
          values: item.values,
          changedOn,
          deadline: due.deadline?.date ?? null,
          isDeadlineProvisional: due.deadline?.isProvisional ?? false,
          isOnTime: due.isOnTime,
        },
      },
    });
    // The search document does not show these records (except through the penalty flag), but the
    // outbox is how every change reaches the engine: an upsert of an unchanged document is cheap.
    await tx.searchOutbox.create({ data: { enterpriseId, op: "upsert" } });
    const client = { query: (sql: string, parameters: unknown[]) => tx.$executeRawUnsafe(sql, ...parameters) };
    if (item.kind === "penalty") await refreshSearchFacts(client, { fromId: enterpriseId, toId: enterpriseId });
    // Last before the commit: the feed's lock is held from here on.
    await recordPublicChanges(client, [{ enterpriseId, kind: item.kind, action: "created", recordId: id }], now);
    return id;
  }, { timeout: FEED_WRITER_TRANSACTION_TIMEOUT_MS });
  return { kind: item.kind, id, ...due };
}
