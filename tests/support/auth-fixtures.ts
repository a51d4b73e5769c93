import { Client } from "pg";
import { generateUscc } from "@/lib/codes/credit-code";
import { residentIdCheckChar } from "@/lib/codes/resident-id";
import { insertSearchEntry } from "@/lib/search/postgres/search-entry";
import { refreshSearchFacts } from "@/lib/search/postgres/search-facts";
import { createRandom } from "@/prisma/seed/generate/random";
import { requireDatabaseUrl } from "./database";

/**
 * Enterprises of the auth tests' own (codes no other test uses: their organisation codes come from
 * the "auth-test:" seeds), planted into the shared test database, and a clean slate for them.
 * Established in 2026, they owe no annual report yet: filing statistics and the yearly cycle of
 * the 2026-11-23 test register do not count them.
 */
export type AuthTestEnterprise = { id: number; uscc: string; nameZh: string; nameUg: string | null };

const TYPES = { llc: { entity: "1" }, "individual-business": { entity: "2" }, "farmers-cooperative": { entity: "3" } } as const;

export function authTestUscc(label: string, type: keyof typeof TYPES = "llc"): string {
  return generateUscc({ authority: "9", entityType: TYPES[type].entity, division: "650104", random: createRandom(`auth-test:${label}`).source });
}

/** A valid resident ID number (GB 11643) for a test liaison person. */
export function testResidentId(birth = "19880412", sequence = "237"): string {
  const first17 = `650104${birth}${sequence}`;
  return first17 + residentIdCheckChar(first17);
}

async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const NAME_PARTS = ["天山", "昆仑", "博格达", "雪莲", "胡杨", "丝路", "白杨", "红柳", "戈壁", "金沙", "绿洲", "葡萄"];

/** A Chinese name for a test enterprise, the same for the same label. */
function testName(label: string): string {
  const random = createRandom(`auth-test-name:${label}`);
  return `乌鲁木齐${random.pick(NAME_PARTS)}${random.pick(NAME_PARTS)}测试商贸有限公司`;
}

/** The enterprise for `label`, created on first use (idempotent), with no account, codes, sessions or failures. */
export async function freshAuthEnterprise(label: string, options: { type?: keyof typeof TYPES; nameZh?: string; nameUg?: string | null } = {}): Promise<AuthTestEnterprise> {
  const type = options.type ?? "llc";
  const uscc = authTestUscc(label, type);
  const nameZh = options.nameZh ?? testName(label);
  const nameUg = options.nameUg ?? null;
  return withClient(async (client) => {
    const existing = await client.query<{ id: number; name_zh: string; name_ug: string | null }>("SELECT id, name_zh, name_ug FROM enterprise WHERE uscc = $1", [uscc]);
    let id: number;
    if (existing.rowCount) {
      id = existing.rows[0].id;
    } else {
      const authority = (await client.query<{ id: string }>("SELECT id FROM authority WHERE id = 'amr-650104' UNION ALL SELECT id FROM authority ORDER BY 1 LIMIT 1")).rows[0].id;
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO enterprise (uscc, name_zh, name_ug, type, status, legal_rep_name, legal_rep_role, capital, established_on, authority_id,
           region_code, industry_code, address, scope, liaison_name, liaison_phone)
         VALUES ($1, $2, $3, $4, 'active', '测试人', 'legal-representative', 10, '2026-02-01', $5, '650104', 'F51',
           '新疆维吾尔自治区乌鲁木齐市新市区北京路1号', '日用百货销售', '测试联络员', '13900000000') RETURNING id`,
        [uscc, nameZh, nameUg, type === "llc" ? "llc" : type, authority],
      );
      id = inserted.rows[0].id;
      await insertSearchEntry(client, id, { nameZh, nameUg, formerNames: [], legalRepName: "测试人" });
      await refreshSearchFacts(client, { fromId: id, toId: id });
    }
    await client.query("DELETE FROM filer_account WHERE enterprise_id = $1", [id]);
    await client.query("DELETE FROM filing_code WHERE enterprise_id = $1", [id]);
    await client.query("DELETE FROM login_failure WHERE account = $1", [`filer:${uscc}`]);
    return { id, uscc, nameZh: existing.rows[0]?.name_zh ?? nameZh, nameUg: existing.rows[0]?.name_ug ?? nameUg };
  });
}

/** Forgets the failures recorded for an address (tests use addresses of their own). */
export async function clearAddress(address: string): Promise<void> {
  await withClient((client) => client.query("DELETE FROM login_failure WHERE address = $1", [address]).then(() => undefined));
}

/** A test address nobody else uses in this run. */
export function testAddress(): string {
  const part = () => Math.floor(Math.random() * 250) + 1;
  return `10.${part()}.${part()}.${part()}`;
}
