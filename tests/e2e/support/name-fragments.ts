import { Client } from "pg";
import { requireDatabaseUrl } from "../../support/database";

export type NameFragment = { fragment: string; companies: number };

/**
 * The 2-character fragments of a Chinese name (Han characters only), each with the number of
 * companies whose Chinese name contains it, rarest first. A rare one finds the company on the
 * first page of results; a common one finds many companies with different statuses.
 */
export async function nameFragments(nameZh: string): Promise<NameFragment[]> {
  const han = /^\p{Script=Han}{2}$/u;
  const fragments = [...new Set([...nameZh].slice(0, -1).map((char, index) => char + [...nameZh][index + 1]))].filter((pair) =>
    han.test(pair),
  );
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    const counted: NameFragment[] = [];
    for (const fragment of fragments) {
      const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM enterprise WHERE strpos(name_zh, $1) > 0", [fragment]);
      counted.push({ fragment, companies: Number(rows[0].n) });
    }
    return counted.sort((a, b) => a.companies - b.companies || a.fragment.localeCompare(b.fragment));
  } finally {
    await client.end();
  }
}
