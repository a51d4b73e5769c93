import type { Client } from "pg";
import { buildSearchEntry } from "@/lib/search/postgres/search-entry";
import { refreshSearchFacts } from "@/lib/search/postgres/search-facts";
import { createRegisterGenerator, TABLE_NAMES, type Row, type SeedRows } from "./generate/register";
import { seedDemoLogins } from "./demo-logins";
import { createRowWriter } from "./write-rows";

/** The generated company tables, parents before children (the generator lists them in that order). */
export const SEED_TABLE_ORDER = TABLE_NAMES.filter((table) => !["authority", "audit_log", "search_outbox"].includes(table));

/** What filers and regulators did on the site: accounts, codes, sessions, drafts, applications, cycle runs. */
const FILING_TABLES = [
  "user_session",
  "login_failure",
  "filing_code",
  "filer_account",
  "regulator_user",
  "annual_report_draft",
  "removal_application",
  "serious_list_warning",
  "annual_cycle_run",
];

/** What departments sent and what the public changes feed lists (lib/ingestion, lib/changes). */
const INGESTION_TABLES = ["ingested_record_version", "ingested_record", "api_key", "public_change"];

/** Every table the register's data lives in, for a reset. */
const ALL_DATA_TABLES = ["credit_report", "report_batch", "audit_log", "search_outbox", "search_entry", ...INGESTION_TABLES, ...FILING_TABLES, ...SEED_TABLE_ORDER, "authority"];

/** The postgres search adapter's rows for a batch of generated companies (lib/search/postgres). */
function searchEntryRows(batch: SeedRows): Row[] {
  const formerNames = new Map<number, string[]>();
  for (const change of batch.change_record ?? []) {
    if (change.item !== "name") continue;
    const id = Number(change.enterprise_id);
    formerNames.set(id, [...(formerNames.get(id) ?? []), String(change.before)]);
  }
  return (batch.enterprise ?? []).map((company) => {
    const entry = buildSearchEntry({
      nameZh: String(company.name_zh),
      nameUg: company.name_ug === null || company.name_ug === undefined ? null : String(company.name_ug),
      formerNames: formerNames.get(Number(company.id)) ?? [],
      legalRepName: String(company.legal_rep_name),
    });
    return {
      enterprise_id: company.id,
      names: entry.names,
      person: entry.person,
      name_bigrams: entry.nameBigrams,
      person_bigrams: entry.personBigrams,
      pinyin: entry.pinyin,
      pinyin_initials: entry.pinyinInitials,
      name_ug: entry.nameUg,
      name_ug_latin: entry.nameUgLatin,
    };
  });
}

export type SeedOptions = {
  count: number;
  seed: string;
  asOf: string;
  batchSize?: number;
  onProgress?: (companies: number) => void;
};

export type SeedResult = { companies: number; rows: number; seconds: number; demoLogins: { filerAccounts: number; filingCodes: number; regulatorUsers: number } };

export async function countEnterprises(client: Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM enterprise`);
  return Number(rows[0].n);
}

export async function resetRegister(client: Client): Promise<void> {
  await client.query(`TRUNCATE ${ALL_DATA_TABLES.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

/**
 * Writes a generated register (authorities, then companies with all their records) in batches,
 * each batch in one transaction together with its audit-log entry. The database must be empty.
 */
export async function seedRegister(client: Client, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const writer = await createRowWriter(client);
  const generator = createRegisterGenerator({ seed: options.seed, count: options.count, asOf: options.asOf });
  const batchSize = options.batchSize ?? 500;
  let rowCount = 0;

  await client.query("BEGIN");
  try {
    const authorities = generator.authorities();
    await writer.insert("authority", authorities);
    rowCount += authorities.length;
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }

  for (;;) {
    const from = generator.generated;
    const batch = generator.next(batchSize);
    const companies = generator.generated - from;
    if (companies === 0) break;
    await client.query("BEGIN");
    try {
      for (const table of SEED_TABLE_ORDER) {
        const rows = batch[table] ?? [];
        await writer.insert(table, rows);
        rowCount += rows.length;
      }
      await writer.insert("search_entry", searchEntryRows(batch));
      await refreshSearchFacts(client, { fromId: from + 1, toId: from + companies });
      await client.query(
        `INSERT INTO audit_log (actor, action, entity_type, entity_id, detail) VALUES ('system:seed', 'register.seed', 'enterprise', $1, $2)`,
        [`${from + 1}-${from + companies}`, JSON.stringify({ seed: options.seed, asOf: options.asOf, companies })],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    options.onProgress?.(generator.generated);
  }
  await writer.syncSequences();
  // A few demo logins (filer accounts, filing codes, regulator users): prisma/seed/demo-logins.ts.
  const demoLogins = await seedDemoLogins(client, { seed: options.seed, asOf: options.asOf });
  // search_entry is written twice per company (its text, then its facts): rewrite it compactly,
  // which also builds its GIN indexes afresh. Then planner statistics, and the other GIN
  // pending lists flushed: PGlite runs no autovacuum.
  await client.query("VACUUM (FULL) search_entry");
  await client.query("VACUUM ANALYZE");
  return { companies: generator.generated, rows: rowCount, seconds: (Date.now() - started) / 1000, demoLogins };
}
