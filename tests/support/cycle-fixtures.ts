import { createHash, randomBytes } from "node:crypto";
import type { ClientBase } from "pg";
import { generateUscc } from "@/lib/codes/credit-code";
import { insertSearchEntry } from "@/lib/search/postgres/search-entry";
import { refreshSearchFacts } from "@/lib/search/postgres/search-facts";
import { createRandom } from "@/prisma/seed/generate/random";

/**
 * Enterprises with exactly the filing history a yearly-cycle or removal test needs, planted
 * straight into a database (the isolated register, or the shared one for browser tests), and
 * sessions made the way lib/auth/session.ts keeps them (a row holding the SHA-256 of the cookie
 * token). Planting the same `key` again replaces the enterprise (and everything hanging off it).
 */

export type ReportSpec = { year: number; submittedOn: string; state?: "filed" | "filed-late" };
export type ListingSpec = { reason?: string; reportYear?: number | null; listedOn: string; removedOn?: string; removalReason?: string };
export type SeriousSpec = { reason: string; listedOn: string; removedOn?: string; removalReason?: string };

export type EnterpriseSpec = {
  /** Decides the code: the same key gives the same enterprise. */
  key: string;
  nameZh?: string;
  nameUg?: string | null;
  type?: string;
  status?: string;
  establishedOn: string;
  /** County (GB/T 2260); the registration authority is its market-regulation bureau. */
  regionCode?: string;
  reports?: ReportSpec[];
  listings?: ListingSpec[];
  serious?: SeriousSpec[];
};

export type PlantedEnterprise = { id: number; uscc: string; authorityId: string; regionCode: string; listingIds: number[] };

const ENTITY_TYPE: Record<string, string> = { "individual-business": "2", "farmers-cooperative": "3" };

export function fixtureUscc(key: string, { type = "llc", regionCode = "650102" }: { type?: string; regionCode?: string } = {}): string {
  return generateUscc({ authority: "9", entityType: ENTITY_TYPE[type] ?? "1", division: regionCode, random: createRandom(`cycle-fixture:${key}`).source });
}

export async function plantEnterprise(client: ClientBase, spec: EnterpriseSpec): Promise<PlantedEnterprise> {
  const type = spec.type ?? "llc";
  const regionCode = spec.regionCode ?? "650102";
  const uscc = fixtureUscc(spec.key, { type, regionCode });
  const authorityId = `amr-${regionCode}`;
  const nameZh = spec.nameZh ?? `新疆周期测试${spec.key}商贸有限公司`;
  await client.query("BEGIN");
  try {
    await client.query("DELETE FROM enterprise WHERE uscc = $1", [uscc]);
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO enterprise (uscc, name_zh, name_ug, type, status, legal_rep_name, legal_rep_role, capital, established_on,
         authority_id, region_code, industry_code, address, scope, status_changed_on)
       VALUES ($1, $2, $3, $4, $5, '周测试', $6, 50, $7, $8, $9, 'F52', '新疆维吾尔自治区乌鲁木齐市天山区测试路1号', '日用百货零售',
         CASE WHEN $5 = 'active' THEN NULL ELSE $7::date + 400 END)
       RETURNING id`,
      [uscc, nameZh, spec.nameUg ?? null, type, spec.status ?? "active", type === "individual-business" ? "operator" : "legal-representative", spec.establishedOn, authorityId, regionCode],
    );
    const id = rows[0].id;
    await insertSearchEntry(client, id, { nameZh, nameUg: spec.nameUg ?? null, formerNames: [], legalRepName: "周测试" });
    for (const report of spec.reports ?? []) await fileReport(client, { enterpriseId: id, nameZh, type, ...report });
    const listingIds: number[] = [];
    for (const listing of spec.listings ?? []) {
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO abnormal_listing (enterprise_id, reason, report_year, listed_on, listed_by_id, removal_reason, removed_on, removed_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::date IS NULL THEN NULL ELSE $5 END) RETURNING id`,
        [id, listing.reason ?? "no-annual-report", listing.reportYear ?? null, listing.listedOn, authorityId, listing.removalReason ?? null, listing.removedOn ?? null],
      );
      listingIds.push(inserted.rows[0].id);
    }
    for (const serious of spec.serious ?? []) {
      await client.query(
        `INSERT INTO serious_violation (enterprise_id, reason, listed_on, listed_by_id, removal_reason, removed_on, removed_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::date IS NULL THEN NULL ELSE $4 END)`,
        [id, serious.reason, serious.listedOn, authorityId, serious.removalReason ?? null, serious.removedOn ?? null],
      );
    }
    await refreshSearchFacts(client, { fromId: id, toId: id });
    await client.query("COMMIT");
    return { id, uscc, authorityId, regionCode, listingIds };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

/** An annual report as the filing journey stores one (the cycle only asks whether it exists). */
export async function fileReport(
  client: { query: (text: string, values?: unknown[]) => Promise<unknown> },
  { enterpriseId, nameZh = "测试企业", type = "llc", year, submittedOn, state = "filed" }: { enterpriseId: number; nameZh?: string; type?: string } & ReportSpec,
): Promise<void> {
  const form = type === "individual-business" ? "individual" : type === "farmers-cooperative" ? "cooperative" : "company";
  await client.query(
    `INSERT INTO annual_report (enterprise_id, year, form, state, submitted_on, name, employees, publish_assets, publish_guarantees, publish_social_insurance)
     VALUES ($1, $2, $3, $4, $5, $6, 3, false, false, false)`,
    [enterpriseId, year, form, state, submittedOn, nameZh],
  );
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A signed-in filer for the enterprise: returns the cookie token (xj_session). */
export async function createFilerSession(client: ClientBase, enterpriseId: number): Promise<string> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO filer_account (enterprise_id, liaison_name, liaison_phone, liaison_id_number, password_hash, activated_at, password_changed_at)
     VALUES ($1, '周联络', '13900000000', '650102199001010000', 'not-a-password-hash', now(), now())
     ON CONFLICT (enterprise_id) DO UPDATE SET activated_at = excluded.activated_at
     RETURNING id`,
    [enterpriseId],
  );
  const token = randomBytes(32).toString("base64url");
  await client.query(`INSERT INTO user_session (id, filer_account_id, expires_at) VALUES ($1, $2, now() + interval '2 hours')`, [tokenHash(token), rows[0].id]);
  return token;
}

/** A signed-in regulator (created or updated by username): returns the cookie token. */
export async function createRegulatorSession(
  client: ClientBase,
  { username, role, authorityId, displayName = "测试审核员" }: { username: string; role: string; authorityId: string; displayName?: string },
): Promise<string> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO regulator_user (username, display_name, role, authority_id, password_hash) VALUES ($1, $2, $3, $4, 'not-a-password-hash')
     ON CONFLICT (username) DO UPDATE SET role = excluded.role, authority_id = excluded.authority_id
     RETURNING id`,
    [username, displayName, role, authorityId],
  );
  const token = randomBytes(32).toString("base64url");
  await client.query(`INSERT INTO user_session (id, regulator_user_id, expires_at) VALUES ($1, $2, now() + interval '2 hours')`, [tokenHash(token), rows[0].id]);
  return token;
}
