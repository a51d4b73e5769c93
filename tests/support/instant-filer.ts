import { createHash, randomBytes } from "node:crypto";
import { Client } from "pg";
import { generateUscc } from "@/lib/codes/credit-code";
import { createRandom } from "@/prisma/seed/generate/random";
import { insertSearchEntry } from "@/lib/search/postgres/search-entry";
import { refreshSearchFacts } from "@/lib/search/postgres/search-facts";

/**
 * Enterprises of the instant-information tests, planted straight into the shared test database
 * (nobody else uses them), each with a liaison's filer account whose private fields hold marker
 * values; and signed-in sessions made the way lib/auth/session.ts keeps them (the cookie's token,
 * its SHA-256 in user_session). Idempotent.
 */
export const INSTANT_MARKERS = {
  liaisonName: "INSTANT-LIAISON-NAME",
  liaisonPhone: "INSTANT-LIAISON-PHONE",
  liaisonIdNumber: "INSTANTLIAISONID0001",
  passwordHash: "INSTANT-PASSWORD-HASH",
} as const;

export const INSTANT_ENTERPRISES = {
  a: {
    uscc: generateUscc({ authority: "9", entityType: "1", division: "650104", random: createRandom(515151).source }),
    nameZh: "新疆即时信息测试商贸有限公司",
    nameUg: "شىنجاڭ دەل ۋاقىت ئۇچۇر سىناق سودا چەكلىك شىركىتى",
  },
  b: {
    uscc: generateUscc({ authority: "9", entityType: "1", division: "650105", random: createRandom(525252).source }),
    nameZh: "新疆即时信息另一测试有限公司",
    nameUg: null,
  },
} as const;

export type InstantEnterpriseKey = keyof typeof INSTANT_ENTERPRISES;

export async function plantInstantEnterprise(databaseUrl: string, key: InstantEnterpriseKey): Promise<{ id: number; uscc: string }> {
  const company = INSTANT_ENTERPRISES[key];
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ id: number }>("SELECT id FROM enterprise WHERE uscc = $1", [company.uscc]);
    if (existing.rowCount) return { id: existing.rows[0].id, uscc: company.uscc };
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO enterprise (uscc, name_zh, name_ug, type, status, legal_rep_name, legal_rep_role, capital,
         established_on, authority_id, region_code, industry_code, address, scope)
       VALUES ($1, $2, $3, 'llc', 'active', '艾力·测试', 'legal-representative', 200, '2019-05-06', 'amr-650104',
         '650104', 'F52', '新疆维吾尔自治区乌鲁木齐市新市区北京路1号', '日用百货零售') RETURNING id`,
      [company.uscc, company.nameZh, company.nameUg],
    );
    const id = rows[0].id;
    await insertSearchEntry(client, id, { nameZh: company.nameZh, nameUg: company.nameUg, formerNames: [], legalRepName: "艾力·测试" });
    await client.query(
      `INSERT INTO filer_account (enterprise_id, liaison_name, liaison_phone, liaison_id_number, password_hash, activated_at, password_changed_at)
       VALUES ($1, $2, $3, $4, $5, now(), now())`,
      [id, INSTANT_MARKERS.liaisonName, INSTANT_MARKERS.liaisonPhone, INSTANT_MARKERS.liaisonIdNumber, INSTANT_MARKERS.passwordHash],
    );
    await refreshSearchFacts(client, { fromId: id, toId: id });
    await client.query("COMMIT");
    return { id, uscc: company.uscc };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** A signed-in session of the enterprise's liaison: the token to send as the cookie `xj_session`. */
export async function startInstantFilerSession(databaseUrl: string, key: InstantEnterpriseKey): Promise<string> {
  const { id } = await plantInstantEnterprise(databaseUrl, key);
  const token = randomBytes(32).toString("base64url");
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO user_session (id, filer_account_id, created_at, expires_at)
       SELECT $1, f.id, now(), now() + interval '8 hours' FROM filer_account f WHERE f.enterprise_id = $2`,
      [createHash("sha256").update(token).digest("hex"), id],
    );
  } finally {
    await client.end();
  }
  return token;
}
