import { Client } from "pg";
import { generateUscc } from "@/lib/codes/credit-code";
import { insertSearchEntry } from "@/lib/search/postgres/search-entry";
import { refreshSearchFacts } from "@/lib/search/postgres/search-facts";
import { createRandom } from "@/prisma/seed/generate/random";

/**
 * A company of its own (in Ürümqi) with a penalty whose texts hold markup, entities, quotes,
 * commas and line breaks, as a department might send them: outputs (CSV, Atom, pages) must carry
 * them as text. Published recently and public. Planted straight into the database; idempotent.
 * Kept apart from the marker company, whose penalties other tests count.
 */
export const HOSTILE_USCC = generateUscc({ authority: "9", entityType: "1", division: "650103", random: createRandom(515151).source });

export const HOSTILE_PENALTY = {
  companyName: "新疆转义测试商贸有限公司",
  decisionNumber: `新转义罚〔2026〕<script>&"'9号`,
  content: `罚款, "警告"\n<script>alert('x')</script> &amp; <b>bold</b>`,
  publishedOn: "2026-11-20",
} as const;

export async function plantHostilePenalty(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM enterprise WHERE uscc = $1", [HOSTILE_USCC]);
    if (existing.rowCount) return HOSTILE_USCC;
    await client.query("BEGIN");
    const authority = (await client.query<{ id: string }>("SELECT id FROM authority ORDER BY id LIMIT 1")).rows[0].id;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO enterprise (uscc, name_zh, type, status, legal_rep_name, legal_rep_role, capital, established_on, authority_id,
         region_code, industry_code, address, scope)
       VALUES ($1, $2, 'llc', 'active', '赵转义', 'legal-representative', 50, '2018-05-02', $3, '650103', 'F52',
         '新疆维吾尔自治区乌鲁木齐市沙依巴克区友好北路2号', '日用百货销售') RETURNING id`,
      [HOSTILE_USCC, HOSTILE_PENALTY.companyName, authority],
    );
    const id = rows[0].id;
    await insertSearchEntry(client, id, { nameZh: HOSTILE_PENALTY.companyName, nameUg: null, formerNames: [], legalRepName: "赵转义" });
    await client.query(
      `INSERT INTO penalty (enterprise_id, authority_id, decision_number, violation_type, kinds, content, fine_yuan, is_minor,
         decided_on, published_on, publicity_ends_on, document_text)
       VALUES ($1, $2, $3, 'false-advertising', '{warning,fine}', $4, 2000, false, '2026-11-10', $5, '2029-11-20', $4)`,
      [id, authority, HOSTILE_PENALTY.decisionNumber, HOSTILE_PENALTY.content, HOSTILE_PENALTY.publishedOn],
    );
    await refreshSearchFacts(client, { fromId: id, toId: id });
    await client.query("COMMIT");
    return HOSTILE_USCC;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
