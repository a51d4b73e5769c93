import { createHash, randomBytes } from "node:crypto";
import { Client } from "pg";
import { generateUscc } from "../../lib/codes/credit-code";
import { createRandom } from "./generate/random";
import { insertSearchEntry } from "../../lib/search/postgres/search-entry";
import { refreshSearchFacts } from "../../lib/search/postgres/search-facts";

/**
 * Fresh enterprises for filing tests and the filing benchmark (scripts/bench-filing.ts): a copy of the register's shape with no annual reports, so a
 * test decides which years are due (by the establishment date and `today`) and touches no
 * company other tests rely on. Each call makes a new one.
 */
let counter = 0;

export type FilingCompany = { id: number; uscc: string; nameZh: string };

export async function createFilingCompany(
  database: string | Client,
  { type = "llc", establishedOn, label }: { type?: "llc" | "individual-business" | "farmers-cooperative"; establishedOn: string; label: string },
): Promise<FilingCompany> {
  counter += 1;
  const random = createRandom(`${label}:${process.pid}:${Date.now()}:${counter}`);
  // 91 enterprise, 92 individual business, 93 farmers' cooperative (GB 32100: market regulation + kind).
  const entityType = type === "individual-business" ? "2" : type === "farmers-cooperative" ? "3" : "1";
  const uscc = generateUscc({ authority: "9", entityType, division: "650102", random: random.source });
  const nameZh = `乌鲁木齐${label}${counter}${type === "individual-business" ? "商行" : type === "farmers-cooperative" ? "农民专业合作社" : "测试有限公司"}`;
  const client = typeof database === "string" ? new Client({ connectionString: database }) : database;
  if (typeof database === "string") await client.connect();
  try {
    const authority = (await client.query<{ id: string }>("SELECT id FROM authority WHERE kind = 'amr' ORDER BY id LIMIT 1")).rows[0].id;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO enterprise (uscc, name_zh, type, status, legal_rep_name, legal_rep_role, capital, established_on, authority_id,
         region_code, industry_code, address, scope)
       VALUES ($1, $2, $3, 'active', '测试人', $4, 50, $5, $6, '650102', 'F51', '新疆维吾尔自治区乌鲁木齐市天山区测试路8号', '日用百货销售')
       RETURNING id`,
      [uscc, nameZh, type, type === "individual-business" ? "operator" : "legal-representative", establishedOn, authority],
    );
    const id = rows[0].id;
    await insertSearchEntry(client, id, { nameZh, nameUg: null, formerNames: [], legalRepName: "测试人" });
    if (type !== "individual-business") {
      await client.query(
        `INSERT INTO contribution (enterprise_id, shareholder_name, subscribed, subscribed_on, subscribed_via, paid, paid_on, paid_via, published_on)
         VALUES ($1, '测试股东甲', 30, '2023-01-01', 'currency', 10, '2023-02-01', 'currency', '2023-02-10')`,
        [id],
      );
    }
    // The search entry's copies of the filterable facts, as the app keeps them.
    await refreshSearchFacts(client, { fromId: id, toId: id });
    return { id, uscc, nameZh };
  } finally {
    if (typeof database === "string") await client.end();
  }
}

/**
 * A signed-in filer for `enterprise`, without going through the sign-in pages: a filer account
 * and a session row, as lib/auth would write them. Returns the cookie value.
 */
export async function createFilerSession(database: string | Client, enterpriseId: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const client = typeof database === "string" ? new Client({ connectionString: database }) : database;
  if (typeof database === "string") await client.connect();
  try {
    const account = await client.query<{ id: number }>(
      `INSERT INTO filer_account (enterprise_id, liaison_name, liaison_phone, liaison_id_number, password_hash, activated_at, password_changed_at)
       VALUES ($1, '测试联络员', '13900000000', '650102199001010012', 'not-a-hash', now(), now())
       ON CONFLICT (enterprise_id) DO UPDATE SET liaison_name = excluded.liaison_name RETURNING id`,
      [enterpriseId],
    );
    await client.query(`INSERT INTO user_session (id, filer_account_id, expires_at) VALUES ($1, $2, now() + interval '8 hours')`, [
      createHash("sha256").update(token).digest("hex"),
      account.rows[0].id,
    ]);
    return token;
  } finally {
    if (typeof database === "string") await client.end();
  }
}

/**
 * A complete company report as a filer would type it (the draft's raw answers), every page
 * answered, with rows in each table: what the benchmark submits.
 */
export function sampleCompanyAnswers(year: number): Record<string, Record<string, string | Record<string, string>[]>> {
  return {
    basic: { phone: "0991-5551234", postcode: "830000", address: "新疆维吾尔自治区乌鲁木齐市天山区测试路8号", email: "liaison@example.cn", employees: "25", operatingState: "open" },
    websites: { hasWebsite: "yes", rows: [{ kind: "website", name: "测试官网", url: "www.example.cn" }, { kind: "online-shop", name: "测试旗舰店", url: "https://shop123456789.taobao.com" }] },
    shareholders: {
      rows: [
        { name: "测试股东甲", subscribed: "300", subscribedOn: `${year - 1}-01-01`, subscribedVia: "currency", paid: "120", paidOn: `${year - 1}-02-01`, paidVia: "currency" },
        { name: "测试投资有限公司", subscribed: "200", subscribedOn: `${year - 1}-01-01`, subscribedVia: "currency", paid: "200", paidOn: `${year - 1}-03-01`, paidVia: "currency" },
      ],
    },
    investments: { hasInvestments: "yes", rows: [{ name: "新疆测试子公司有限公司", uscc: "" }] },
    assets: { publish: "yes", totalAssets: "1523.456789", totalLiabilities: "600", ownersEquity: "923.456789", totalRevenue: "2,400.5", mainRevenue: "2300", totalProfit: "120.25", netProfit: "98.7", taxPaid: "35.6" },
    guarantees: { publish: "no", hasGuarantees: "yes", rows: [{ creditor: "某银行", debtor: "某公司", kind: "contract-debt", amount: "50", termFrom: `${year}-01-01`, termTo: `${year + 1}-01-01`, period: "period", mode: "joint" }] },
    "equity-changes": { hasEquityTransfer: "yes", rows: [{ shareholderName: "测试股东甲", ratioBefore: "70", ratioAfter: "60", changedOn: `${year}-06-15` }] },
    "social-insurance": {
      publish: "yes",
      rows: Array.from({ length: 5 }, () => ({ insuredCount: "20", contributionBase: "96.5", paid: "18.2", arrears: "0" })),
    },
  };
}
