import { namePinyin } from "@/lib/search/pinyin";
import { uyghurSearchForms } from "@/lib/uyghur/search-forms";

/**
 * The postgres adapter's index row for one company (table search_entry). Built by the same code
 * wherever a company's name or legal representative is written (seeding, filing, ingestion), in
 * the same transaction.
 */
export type SearchEntryValues = {
  names: string;
  person: string;
  nameBigrams: string[];
  personBigrams: string[];
  pinyin: string;
  pinyinInitials: string;
  /** The Uyghur name's search forms: canonical Arabic script and folded Latin ('' for none). */
  nameUg: string;
  nameUgLatin: string;
};

/**
 * Every pair of adjacent characters (code points, not UTF-16 units) in each text, lower-cased,
 * without whitespace, deduplicated. A query fragment of n ≥ 2 characters can only occur in a
 * name that contains all of the fragment's bigrams: `name_bigrams @> fragment_bigrams` is
 * answered from a GIN index, then LIKE confirms the characters are adjacent and in order.
 */
export function characterBigrams(...texts: string[]): string[] {
  const bigrams = new Set<string>();
  for (const text of texts) {
    const characters = Array.from(text.normalize("NFKC").toLowerCase().replace(/\s+/g, ""));
    for (let index = 0; index + 1 < characters.length; index++) bigrams.add(characters[index] + characters[index + 1]);
  }
  return [...bigrams];
}

export type SearchEntryInput = { nameZh: string; nameUg: string | null; formerNames: string[]; legalRepName: string };

export function buildSearchEntry({ nameZh, nameUg, formerNames, legalRepName }: SearchEntryInput): SearchEntryValues {
  const { pinyin, initials } = namePinyin(nameZh);
  const uyghur = uyghurSearchForms(nameUg);
  const names = [nameZh, ...formerNames.filter((name) => name !== nameZh)];
  return {
    names: names.map((name) => name.normalize("NFKC").toLowerCase()).join("\n"),
    person: legalRepName.normalize("NFKC").toLowerCase(),
    nameBigrams: characterBigrams(...names),
    personBigrams: characterBigrams(legalRepName),
    pinyin,
    pinyinInitials: initials,
    nameUg: uyghur.arabic,
    nameUgLatin: uyghur.latin,
  };
}

type Queryable = { query: (sql: string, parameters: unknown[]) => Promise<unknown> };

/**
 * Writes the search entry of a company planted with plain SQL (the busy company, test fixtures).
 * Its filterable facts are refreshed separately (refreshSearchFacts), once its records are there.
 */
export async function insertSearchEntry(client: Queryable, enterpriseId: number, input: SearchEntryInput): Promise<void> {
  const entry = buildSearchEntry(input);
  await client.query(
    `INSERT INTO search_entry (enterprise_id, names, person, name_bigrams, person_bigrams, pinyin, pinyin_initials, name_ug, name_ug_latin)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [enterpriseId, entry.names, entry.person, entry.nameBigrams, entry.personBigrams, entry.pinyin, entry.pinyinInitials, entry.nameUg, entry.nameUgLatin],
  );
}

type RowsClient = { query: <R>(sql: string, parameters?: unknown[]) => Promise<{ rows: R[] }> };

const FILL_BATCH = 5_000;

/**
 * (Re)computes the Uyghur search forms of every search entry from enterprise.name_ug, in keyset
 * batches, writing only the rows whose forms differ. The data step of the migration that added
 * the columns (lib/db/migration-data-steps.ts); run it again after a change to lib/uyghur.
 * Returns the number of rows written.
 */
export async function refreshUyghurSearchForms(client: RowsClient): Promise<number> {
  let after = 0;
  let written = 0;
  for (;;) {
    const { rows } = await client.query<{ id: number; name_ug: string | null; arabic: string; latin: string }>(
      `SELECT s.enterprise_id AS id, e.name_ug, s.name_ug AS arabic, s.name_ug_latin AS latin
         FROM search_entry s JOIN enterprise e ON e.id = s.enterprise_id
        WHERE s.enterprise_id > $1 ORDER BY s.enterprise_id LIMIT $2`,
      [after, FILL_BATCH],
    );
    if (rows.length === 0) return written;
    after = rows[rows.length - 1].id;
    const changed = rows
      .map((row) => ({ id: row.id, before: row, forms: uyghurSearchForms(row.name_ug) }))
      .filter(({ before, forms }) => before.arabic !== forms.arabic || before.latin !== forms.latin);
    if (changed.length === 0) continue;
    await client.query(
      `UPDATE search_entry s SET name_ug = f.arabic, name_ug_latin = f.latin
         FROM unnest($1::int[], $2::text[], $3::text[]) AS f(id, arabic, latin) WHERE s.enterprise_id = f.id`,
      [changed.map((row) => row.id), changed.map((row) => row.forms.arabic), changed.map((row) => row.forms.latin)],
    );
    written += changed.length;
  }
}
