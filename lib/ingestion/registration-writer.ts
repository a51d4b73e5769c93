/**
 * Writes one registration (营业执照信息) a market-regulation department sent: a new enterprise
 * with its search entry, or changes to an existing one, with a public change record (变更信息)
 * for each changed item and the search entry rebuilt when a name (Chinese or Uyghur) or the legal
 * representative changed. Runs inside the ingestion transaction (lib/ingestion/ingest-records.ts).
 */
import { findEnterpriseType } from "@/lib/dictionaries/enterprise-types";
import { normalizeResidentId, isValidResidentId } from "@/lib/codes/resident-id";
import { insertSearchEntry } from "@/lib/search/postgres/search-entry";
import type { IngestRecordInput } from "@/lib/validation/ingest-records";
import type { PoolClient } from "pg";
import type { Problem } from "./record-problems";

type Registration = IngestRecordInput<"registrations">;

export type ExistingRegistration = {
  id: number;
  authority_id: string;
  name_zh: string;
  name_ug: string | null;
  address: string;
  legal_rep_name: string;
  capital: string | null;
  scope: string;
  term_to: string | null;
  type: string;
};

export const EXISTING_REGISTRATION_SQL = `
SELECT id, authority_id, name_zh, name_ug, address, legal_rep_name, capital::text AS capital, scope, to_char(term_to, 'YYYY-MM-DD') AS term_to, type
FROM enterprise WHERE id = $1 FOR UPDATE`;

/** Checks that need more than the schema: the ID number's check character. */
export function registrationProblems(record: Registration): Problem[] {
  if (record.legalRepIdNumber !== undefined && !isValidResidentId(normalizeResidentId(record.legalRepIdNumber))) {
    return [{ field: "legalRepIdNumber", reason: "invalid-resident-id" }];
  }
  return [];
}

/** "120万元" as the register writes capital in change records (万元, trailing zeros dropped). */
function wanText(capital: string | null): string {
  if (capital === null) return "";
  const [whole, fraction = ""] = capital.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return `${BigInt(whole).toString()}${trimmed ? `.${trimmed}` : ""}万元`;
}

function columns(record: Registration, authorityId: string) {
  const type = findEnterpriseType(record.type);
  return {
    uscc: record.uscc,
    registration_number: record.registrationNumber ?? null,
    name_zh: record.nameZh,
    name_ug: record.nameUg ?? null,
    type: record.type,
    status: record.status,
    legal_rep_name: record.legalRepName,
    legal_rep_role: type?.legalRepRole ?? "legal-representative",
    legal_rep_id_number: record.legalRepIdNumber === undefined ? null : normalizeResidentId(record.legalRepIdNumber),
    capital: record.capital === undefined || record.capital === null ? null : String(record.capital),
    currency: record.currency ?? "CNY",
    established_on: record.establishedOn,
    term_from: record.termFrom ?? null,
    term_to: record.termTo ?? null,
    approved_on: record.approvedOn ?? null,
    authority_id: authorityId,
    region_code: record.regionCode,
    industry_code: record.industryCode,
    address: record.address,
    scope: record.scope,
    status_changed_on: record.statusChangedOn ?? null,
  };
}

/** Creates the enterprise and its search entry; returns its id. */
export async function createRegistration(client: PoolClient, record: Registration, { authorityId, now }: { authorityId: string; now: Date }): Promise<number> {
  const row = columns(record, authorityId);
  const names = Object.keys(row);
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO enterprise (${names.join(", ")}, updated_at) SELECT ${names.join(", ")}, $2 FROM json_populate_record(NULL::enterprise, $1::json) RETURNING id`,
    [JSON.stringify(row), now],
  );
  const id = rows[0].id;
  await insertSearchEntry(client, id, { nameZh: record.nameZh, nameUg: row.name_ug, formerNames: [], legalRepName: record.legalRepName });
  return id;
}

/**
 * Applies a registration to an enterprise already on the register: its columns, a change record
 * per changed item (dated the approval day, or today), and its search entry when a searched
 * field changed.
 */
export async function updateRegistration(
  client: PoolClient,
  record: Registration,
  existing: ExistingRegistration,
  { authorityId, today, now }: { authorityId: string; today: string; now: Date },
): Promise<void> {
  const row = columns(record, authorityId);
  const names = Object.keys(row);
  await client.query(
    `UPDATE enterprise e SET (${names.join(", ")}, updated_at) = ROW(${names.map((name) => `r.${name}`).join(", ")}, $3) FROM json_populate_record(NULL::enterprise, $1::json) r WHERE e.id = $2`,
    [JSON.stringify(row), existing.id, now],
  );
  const changedOn = record.approvedOn ?? today;
  const changes: [string, string, string][] = [];
  if (existing.name_zh !== row.name_zh) changes.push(["name", existing.name_zh, row.name_zh]);
  if (existing.address !== row.address) changes.push(["address", existing.address, row.address]);
  if (existing.legal_rep_name !== row.legal_rep_name) changes.push(["legal-representative", existing.legal_rep_name, row.legal_rep_name]);
  if (wanText(existing.capital) !== wanText(row.capital)) changes.push(["capital", wanText(existing.capital), wanText(row.capital)]);
  if (existing.scope !== row.scope) changes.push(["scope", existing.scope, row.scope]);
  if ((existing.term_to ?? "") !== (row.term_to ?? "")) changes.push(["term", existing.term_to ?? "长期", row.term_to ?? "长期"]);
  if (existing.type !== row.type) changes.push(["enterprise-type", existing.type, row.type]);
  if (changes.length > 0) {
    await client.query(
      `INSERT INTO change_record (enterprise_id, item, before, after, changed_on) SELECT $1, item, before, after, $2::date FROM unnest($3::text[], $4::text[], $5::text[]) AS c(item, before, after)`,
      [existing.id, changedOn, changes.map((change) => change[0]), changes.map((change) => change[1]), changes.map((change) => change[2])],
    );
  }
  if (existing.name_zh !== row.name_zh || existing.name_ug !== row.name_ug || existing.legal_rep_name !== row.legal_rep_name) {
    const { rows } = await client.query<{ before: string }>(
      `SELECT before FROM change_record WHERE enterprise_id = $1 AND item = 'name' ORDER BY changed_on, id`,
      [existing.id],
    );
    await client.query(`DELETE FROM search_entry WHERE enterprise_id = $1`, [existing.id]);
    await insertSearchEntry(client, existing.id, {
      nameZh: row.name_zh,
      nameUg: row.name_ug,
      formerNames: rows.map((change) => change.before),
      legalRepName: row.legal_rep_name,
    });
  }
}
