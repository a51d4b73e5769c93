import { namePinyin } from "@/lib/search/pinyin";

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

export function buildSearchEntry({ nameZh, formerNames, legalRepName }: { nameZh: string; formerNames: string[]; legalRepName: string }): SearchEntryValues {
  const { pinyin, initials } = namePinyin(nameZh);
  const names = [nameZh, ...formerNames.filter((name) => name !== nameZh)];
  return {
    names: names.map((name) => name.normalize("NFKC").toLowerCase()).join("\n"),
    person: legalRepName.normalize("NFKC").toLowerCase(),
    nameBigrams: characterBigrams(...names),
    personBigrams: characterBigrams(legalRepName),
    pinyin,
    pinyinInitials: initials,
  };
}

type Queryable = { query: (sql: string, parameters: unknown[]) => Promise<unknown> };

/**
 * Writes the search entry of a company planted with plain SQL (the busy company, test fixtures).
 * Its filterable facts are refreshed separately (refreshSearchFacts), once its records are there.
 */
export async function insertSearchEntry(client: Queryable, enterpriseId: number, input: Parameters<typeof buildSearchEntry>[0]): Promise<void> {
  const entry = buildSearchEntry(input);
  await client.query(
    `INSERT INTO search_entry (enterprise_id, names, person, name_bigrams, person_bigrams, pinyin, pinyin_initials) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [enterpriseId, entry.names, entry.person, entry.nameBigrams, entry.personBigrams, entry.pinyin, entry.pinyinInitials],
  );
}
