import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { classifyCodeInput, normalizeCode } from "@/lib/codes/credit-code";

/**
 * Interim search: exact code, exact registration number, code prefix, and name / legal
 * representative fragments (every space-separated part must match). The full search engine
 * (lib/search, pg_trgm and Meilisearch adapters) replaces this in issue 3.
 */
export type SearchHit = {
  uscc: string;
  nameZh: string;
  nameUg: string | null;
  status: string;
  type: string;
  regionCode: string;
  legalRepName: string;
  establishedOn: string;
};

export type SearchResult = {
  total: number;
  items: SearchHit[];
  /** A typed 18-character code whose check character is wrong. */
  codeHint: null | { kind: "check-character"; expected: string };
};

export type SearchInput = { query: string; page: number; pageSize: number };

const MAX_PARTS = 5;
const MIN_CODE_PREFIX = 6;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (match) => `\\${match}`);
}

export async function searchCompanies({ query, page, pageSize }: SearchInput): Promise<SearchResult> {
  const trimmed = query.trim();
  if (!trimmed) return { total: 0, items: [], codeHint: null };
  const input = classifyCodeInput(trimmed);
  let codeHint: SearchResult["codeHint"] = null;
  let condition: Prisma.Sql;

  if (input.kind === "uscc") {
    if (!input.check.ok && input.check.reason === "check-character") {
      codeHint = { kind: "check-character", expected: input.check.expected };
    }
    condition = Prisma.sql`uscc = ${input.check.code}`;
  } else if (input.kind === "registration-number") {
    condition = Prisma.sql`registration_number = ${input.check.code}`;
  } else {
    const code = normalizeCode(trimmed);
    const parts = trimmed.split(/\s+/u).filter(Boolean).slice(0, MAX_PARTS);
    const nameMatch = Prisma.join(
      parts.map((part) => {
        const pattern = `%${escapeLike(part)}%`;
        return Prisma.sql`(name_zh ILIKE ${pattern} OR name_ug ILIKE ${pattern} OR legal_rep_name ILIKE ${pattern})`;
      }),
      " AND ",
    );
    condition = /^[0-9A-Z]+$/.test(code) && code.length >= MIN_CODE_PREFIX
      ? Prisma.sql`(uscc LIKE ${`${code}%`} OR registration_number LIKE ${`${code}%`} OR (${nameMatch}))`
      : Prisma.sql`(${nameMatch})`;
  }

  const offset = Math.max(0, page - 1) * pageSize;
  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM enterprise WHERE ${condition}`;
  const rows = await db.$queryRaw<(Omit<SearchHit, "establishedOn"> & { establishedOn: Date })[]>`
    SELECT uscc, name_zh AS "nameZh", name_ug AS "nameUg", status, type, region_code AS "regionCode",
           legal_rep_name AS "legalRepName", established_on AS "establishedOn"
      FROM enterprise
     WHERE ${condition}
     ORDER BY (name_zh = ${trimmed}) DESC, (status = 'active') DESC, length(name_zh), name_zh
     LIMIT ${pageSize} OFFSET ${offset}`;
  return {
    total: Number(total),
    items: rows.map((row) => ({ ...row, uscc: row.uscc.trim(), establishedOn: row.establishedOn.toISOString().slice(0, 10) })),
    codeHint,
  };
}
