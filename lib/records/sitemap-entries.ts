import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the sitemaps (lib/seo/sitemaps.ts) list: every company on the register and every filed
 * annual report (both public in full: the projection hides parts of a page, never a page).
 * Sitemap files are ranges of row ids, read with one primary-key range scan each, so a file
 * costs the same however large the register is and its address never changes: a company stays
 * in the same file for life, and new ones go into the last file or a new one.
 */

/** A page's last change, as W3C Datetime: UTC for enterprise.updated_at, a day for reports. */
export type SitemapCompany = { uscc: string; lastModified: string };
export type SitemapAnnualReport = { uscc: string; year: number; lastModified: string };

/** The ids the sitemap files divide: `(afterId, throughId]`. */
export type IdRange = { afterId: number; throughId: number };

/** The highest ids in use: how many files the sitemap index lists. 0 on an empty register. */
export async function getSitemapExtent(): Promise<{ lastEnterpriseId: number; lastAnnualReportId: number }> {
  const [row] = await sqlRows<{ lastEnterpriseId: number; lastAnnualReportId: number }>(Prisma.sql`
    SELECT (SELECT coalesce(max(id), 0) FROM enterprise) AS "lastEnterpriseId",
           (SELECT coalesce(max(id), 0) FROM annual_report) AS "lastAnnualReportId"`);
  return row;
}

/** Companies with ids in the range, in id order. updated_at is stored in UTC (as Prisma writes it). */
export async function findSitemapCompanies({ afterId, throughId }: IdRange): Promise<SitemapCompany[]> {
  const rows = await sqlRows<SitemapCompany>(Prisma.sql`
    SELECT uscc, to_char(updated_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "lastModified"
      FROM enterprise
     WHERE id > ${afterId} AND id <= ${throughId}
     ORDER BY id`);
  return rows.map((row) => ({ ...row, uscc: row.uscc.trim() }));
}

/** Filed annual reports with ids in the range, in id order; changed last when filed or amended. */
export async function findSitemapAnnualReports({ afterId, throughId }: IdRange): Promise<SitemapAnnualReport[]> {
  const rows = await sqlRows<SitemapAnnualReport>(Prisma.sql`
    SELECT e.uscc, r.year,
           to_char(greatest(r.submitted_on, (SELECT max(a.amended_on) FROM annual_report_amendment a WHERE a.report_id = r.id)), 'YYYY-MM-DD') AS "lastModified"
      FROM annual_report r
      JOIN enterprise e ON e.id = r.enterprise_id
     WHERE r.id > ${afterId} AND r.id <= ${throughId}
     ORDER BY r.id`);
  return rows.map((row) => ({ ...row, uscc: row.uscc.trim() }));
}
