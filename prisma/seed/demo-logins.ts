import { createHash, createHmac } from "node:crypto";
import type { Client } from "pg";
import { filingCodeExpiry, filingCodeFromBytes, filingCodeHash, formatFilingCode } from "@/lib/auth/filing-codes";
import { hashPassword } from "@/lib/auth/passwords";
import type { RegulatorRole } from "@/lib/auth/roles";
import { residentIdCheckChar } from "@/lib/codes/resident-id";
import { ENTERPRISE_TYPES } from "@/lib/dictionaries/enterprise-types";

/**
 * Demo logins for the demo and test registers, written after the companies: a few activated filer
 * accounts (enterprises of different forms, with and without last year's report), unused filing
 * codes for a few more, and one regulator user per role. The same number whatever --count, chosen
 * from the register by fixed rules, so the same seed gives the same logins. Passwords are fixed
 * (below) and codes follow from the enterprise's code (`demoFilingCode`): tests and the README
 * compute them; the database holds only hashes. `demoLogins` lists them again.
 */

/** Every demo filer account's password. */
export const DEMO_FILER_PASSWORD = "demo-filer-2026";
/** Every demo regulator user's password. */
export const DEMO_REGULATOR_PASSWORD = "demo-regulator-2026";

/** The demo filing code of an enterprise (only enterprises the seed gave one have it). */
export function demoFilingCode(uscc: string): string {
  return filingCodeFromBytes(createHmac("sha256", "xj-demo-filing-code").update(uscc).digest());
}

export type DemoFilerKind = "company-not-filed" | "company-filed" | "individual-business" | "farmers-cooperative";
export type DemoCodeKind = "company" | "individual-business" | "farmers-cooperative" | "reset";

export const DEMO_REGULATORS: readonly { username: string; role: RegulatorRole; displayName: string; authorityId: string }[] = [
  { username: "reviewer", role: "reviewer", displayName: "古丽米拉·艾买提", authorityId: "amr-650100" },
  { username: "registrar", role: "registrar", displayName: "王建新", authorityId: "amr-650102" },
  { username: "supervisor", role: "supervisor", displayName: "李红梅", authorityId: "amr-650000" },
];

/** What the seed records of its demo logins (an audit-log row: no secrets in it). */
type DemoRecord = {
  reportYear: number;
  filers: { uscc: string; kind: DemoFilerKind }[];
  codes: { uscc: string; kind: DemoCodeKind }[];
  regulators: { username: string; role: RegulatorRole }[];
};

export type DemoLogins = {
  /** The report year "filed" and "not filed" refer to (the year before the register's as-of date). */
  reportYear: number;
  filers: { uscc: string; nameZh: string; type: string; kind: DemoFilerKind; password: string }[];
  /** Unused when seeded; "reset" belongs to an activated account (for a password reset). */
  codes: { uscc: string; nameZh: string; type: string; kind: DemoCodeKind; code: string; expiresOn: string }[];
  regulators: { username: string; role: RegulatorRole; displayName: string; password: string }[];
};

/** How many rows the demo logins add (for `db:seed -- --dry-run`), at most. */
export const DEMO_LOGIN_COUNTS = { filerAccounts: 4, filingCodes: 4, regulatorUsers: DEMO_REGULATORS.length } as const;

/** Limited companies (the company form of the annual report, with shareholders and capital). */
const COMPANY_TYPES = ENTERPRISE_TYPES.filter((type) => type.code.startsWith("llc")).map((type) => type.code);

/** A deterministic, well-formed resident ID number for a demo liaison person born in `division`. */
function demoResidentId(uscc: string, division: string): string {
  const digest = createHash("sha256").update(`liaison:${uscc}`).digest();
  const year = 1970 + (digest[0] % 30);
  const month = 1 + (digest[1] % 12);
  const day = 1 + (digest[2] % 28);
  const sequence = (digest.readUInt16BE(3) % 999) + 1;
  const first17 = `${division}${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${String(sequence).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
}

type Candidate = { id: number; uscc: string; region_code: string; liaison_name: string | null; liaison_phone: string | null };

/**
 * The first active enterprise (by id) of `types`, established by the end of `year`, not in
 * `taken`, and with or without that year's report; `preferPreviousFiled` prefers one that filed
 * every earlier year it had to (so that year is the only one it has to file).
 */
async function pick(client: Client, { types, year, hasReport, taken, preferPreviousFiled = false }: { types: string[]; year: number; hasReport: boolean | null; taken: Set<number>; preferPreviousFiled?: boolean }): Promise<Candidate | null> {
  const { rows } = await client.query<Candidate>(
    `SELECT e.id, e.uscc, e.region_code, e.liaison_name, e.liaison_phone
       FROM enterprise e
      WHERE e.type = ANY($1) AND e.status = 'active' AND e.established_on <= make_date($2, 12, 31)
        AND NOT (e.id = ANY($3))
        AND ($4::boolean IS NULL OR EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id AND r.year = $2) = $4)
      ORDER BY ($5 AND NOT EXISTS (
                 SELECT 1 FROM generate_series(greatest(extract(year FROM e.established_on)::int, 2013), $2 - 1) AS earlier(year)
                  WHERE NOT EXISTS (SELECT 1 FROM annual_report r WHERE r.enterprise_id = e.id AND r.year = earlier.year))) DESC, e.id
      LIMIT 1`,
    [types, year, [...taken], hasReport, preferPreviousFiled],
  );
  const row = rows[0] ?? null;
  if (row) taken.add(row.id);
  return row;
}

/** Writes the demo logins into a freshly seeded register (one transaction). */
export async function seedDemoLogins(client: Client, { seed, asOf }: { seed: string; asOf: string }): Promise<{ filerAccounts: number; filingCodes: number; regulatorUsers: number }> {
  const year = Number(asOf.slice(0, 4)) - 1;
  const taken = new Set<number>();
  const filers: { candidate: Candidate; kind: DemoFilerKind }[] = [];
  const add = (candidate: Candidate | null, kind: DemoFilerKind) => candidate && filers.push({ candidate, kind });
  add(await pick(client, { types: COMPANY_TYPES, year, hasReport: false, taken, preferPreviousFiled: true }), "company-not-filed");
  add(await pick(client, { types: COMPANY_TYPES, year, hasReport: true, taken }), "company-filed");
  add((await pick(client, { types: ["individual-business"], year, hasReport: false, taken, preferPreviousFiled: true })) ?? (await pick(client, { types: ["individual-business"], year, hasReport: null, taken })), "individual-business");
  add((await pick(client, { types: ["farmers-cooperative"], year, hasReport: false, taken, preferPreviousFiled: true })) ?? (await pick(client, { types: ["farmers-cooperative"], year, hasReport: null, taken })), "farmers-cooperative");

  const codes: { candidate: Candidate; kind: DemoCodeKind }[] = [];
  const addCode = (candidate: Candidate | null, kind: DemoCodeKind) => candidate && codes.push({ candidate, kind });
  addCode(await pick(client, { types: COMPANY_TYPES, year, hasReport: false, taken, preferPreviousFiled: true }), "company");
  addCode(await pick(client, { types: ["individual-business"], year, hasReport: null, taken }), "individual-business");
  addCode(await pick(client, { types: ["farmers-cooperative"], year, hasReport: null, taken }), "farmers-cooperative");
  const filed = filers.find((filer) => filer.kind === "company-filed");
  if (filed) codes.push({ candidate: filed.candidate, kind: "reset" });

  // Fixed times on the register's clock: the same seed and as-of date write the same rows.
  const activatedAt = new Date(`${asOf}T09:00:00+08:00`);
  activatedAt.setUTCDate(activatedAt.getUTCDate() - 30);
  const issuedAt = new Date(`${asOf}T09:00:00+08:00`);
  issuedAt.setUTCDate(issuedAt.getUTCDate() - 1);
  const salt = (label: string) => createHash("sha256").update(`${seed}:${label}`).digest().subarray(0, 16);

  const regulatorAuthorities = await client.query<{ id: string }>(`SELECT id FROM authority WHERE id = ANY($1)`, [DEMO_REGULATORS.map((user) => user.authorityId)]);
  const authorities = new Set(regulatorAuthorities.rows.map((row) => row.id));
  const regulators = DEMO_REGULATORS.filter((user) => authorities.has(user.authorityId));

  await client.query("BEGIN");
  try {
    for (const { candidate } of filers) {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO filer_account (enterprise_id, liaison_name, liaison_phone, liaison_id_number, password_hash, activated_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [
          candidate.id,
          candidate.liaison_name ?? "演示联络员",
          candidate.liaison_phone ?? "13800000000",
          demoResidentId(candidate.uscc, candidate.region_code),
          await hashPassword(DEMO_FILER_PASSWORD, { salt: salt(`filer:${candidate.uscc}`) }),
          activatedAt,
        ],
      );
      await client.query(
        `INSERT INTO filing_code (enterprise_id, code_sha256, issued_at, issued_by, expires_at, used_at) VALUES ($1, $2, $3, 'system:seed', $4, $5)`,
        [candidate.id, filingCodeHash(`USED${candidate.uscc.slice(-8)}`), activatedAt, filingCodeExpiry(activatedAt), activatedAt],
      );
      await client.query(
        `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, enterprise_id, detail) VALUES ($1, $2, 'filer.activate', 'filer_account', $3, $4, $5)`,
        [activatedAt, `filer:${candidate.uscc}`, String(rows[0].id), candidate.id, JSON.stringify({ address: "seed" })],
      );
    }
    for (const { candidate } of codes) {
      await client.query(
        `INSERT INTO filing_code (enterprise_id, code_sha256, issued_at, issued_by, expires_at) VALUES ($1, $2, $3, 'system:seed', $4)`,
        [candidate.id, filingCodeHash(demoFilingCode(candidate.uscc)), issuedAt, filingCodeExpiry(issuedAt)],
      );
    }
    for (const user of regulators) {
      await client.query(
        `INSERT INTO regulator_user (username, display_name, role, authority_id, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [user.username, user.displayName, user.role, user.authorityId, await hashPassword(DEMO_REGULATOR_PASSWORD, { salt: salt(`regulator:${user.username}`) }), activatedAt],
      );
    }
    const record: DemoRecord = {
      reportYear: year,
      filers: filers.map(({ candidate, kind }) => ({ uscc: candidate.uscc, kind })),
      codes: codes.map(({ candidate, kind }) => ({ uscc: candidate.uscc, kind })),
      regulators: regulators.map((user) => ({ username: user.username, role: user.role })),
    };
    await client.query(
      `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, detail) VALUES ($1, 'system:seed', 'seed.demo-logins', 'seed', 'demo-logins', $2)`,
      [issuedAt, JSON.stringify(record)],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return { filerAccounts: filers.length, filingCodes: codes.length, regulatorUsers: regulators.length };
}

/**
 * The demo logins of a seeded register, with their passwords and codes (for tests, the README and
 * `npm run demo:logins`). Codes are listed as seeded; one may have been used since.
 */
export async function demoLogins(client: Client): Promise<DemoLogins | null> {
  const { rows } = await client.query<{ detail: DemoRecord }>(`SELECT detail FROM audit_log WHERE action = 'seed.demo-logins' ORDER BY id DESC LIMIT 1`);
  if (rows.length === 0) return null;
  const record = rows[0].detail;
  const usccs = [...record.filers, ...record.codes].map((item) => item.uscc);
  const enterprises = await client.query<{ uscc: string; name_zh: string; type: string; expires_at: Date | null }>(
    `SELECT e.uscc, e.name_zh, e.type,
            (SELECT max(c.expires_at) FROM filing_code c WHERE c.enterprise_id = e.id AND c.issued_by = 'system:seed' AND c.used_at IS NULL) AS expires_at
       FROM enterprise e WHERE e.uscc = ANY($1)`,
    [usccs],
  );
  const byUscc = new Map(enterprises.rows.map((row) => [row.uscc, row]));
  const registerDate = (date: Date | null) => (date ? new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(date) : "");
  return {
    reportYear: record.reportYear,
    filers: record.filers.map((filer) => ({ ...filer, nameZh: byUscc.get(filer.uscc)?.name_zh ?? "", type: byUscc.get(filer.uscc)?.type ?? "", password: DEMO_FILER_PASSWORD })),
    codes: record.codes.map((code) => ({
      ...code,
      nameZh: byUscc.get(code.uscc)?.name_zh ?? "",
      type: byUscc.get(code.uscc)?.type ?? "",
      code: formatFilingCode(demoFilingCode(code.uscc)),
      expiresOn: registerDate(byUscc.get(code.uscc)?.expires_at ?? null),
    })),
    regulators: record.regulators.map((user) => ({
      ...user,
      displayName: DEMO_REGULATORS.find((item) => item.username === user.username)?.displayName ?? user.username,
      password: DEMO_REGULATOR_PASSWORD,
    })),
  };
}
