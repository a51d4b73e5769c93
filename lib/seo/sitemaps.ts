import { localizedPaths } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import {
  findSitemapAnnualReports,
  findSitemapCompanies,
  getSitemapExtent,
  type IdRange,
  type SitemapAnnualReport,
  type SitemapCompany,
} from "@/lib/records/sitemap-entries";
import { absoluteUrl } from "./site-url";
import { renderUrlset, urlsetStream, type SitemapRef, type SitemapUrl } from "./sitemap-xml";

/**
 * The site's sitemaps: /sitemap.xml is an index of
 *   /sitemaps/pages.xml                the pages that are the same for everyone, in every locale;
 *   /sitemaps/companies-<n>.xml        company pages, enterprise ids ((n-1)·size, n·size];
 *   /sitemaps/annual-reports-<n>.xml   filed annual reports' pages, annual_report ids likewise.
 * A company or report is listed once, at its default-locale address, with its hreflang
 * alternates (every locale and x-default, as the pages' own metadata has them). Files are id
 * ranges (lib/records/sitemap-entries.ts): one indexed query each, stable addresses. Filing and
 * regulator pages are private and in no sitemap; search results are not listed either.
 */

/** Companies (or reports) per file: 10,000 keeps a file near 7 MB, far under the protocol's 50 MB. */
export const SITEMAP_CHUNK_SIZE = 10_000;
/** Crawlers and the reverse proxy may keep a sitemap for an hour. */
export const SITEMAP_CACHE_CONTROL = "public, max-age=3600";

/** Public pages that are the same for everyone (no record, no query). */
export const STATIC_PAGE_PATHS = ["", "/search", "/data", "/developers", "/verify", "/reports/batch"] as const;

export type ChunkKind = "companies" | "annual-reports";
export type SitemapFile = { kind: "pages" } | { kind: ChunkKind; number: number };

const CHUNK_FILE = /^(companies|annual-reports)-([1-9][0-9]{0,8})\.xml$/;

export function sitemapFileName(file: SitemapFile): string {
  return file.kind === "pages" ? "pages.xml" : `${file.kind}-${file.number}.xml`;
}

/** The file a `/sitemaps/<name>` address names, or null. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === "pages.xml") return { kind: "pages" };
  const match = CHUNK_FILE.exec(name);
  return match ? { kind: match[1] as ChunkKind, number: Number(match[2]) } : null;
}

/** The ids file `number` (from 1) holds. */
export function chunkIdRange(number: number, chunkSize = SITEMAP_CHUNK_SIZE): IdRange {
  return { afterId: (number - 1) * chunkSize, throughId: number * chunkSize };
}

/** How many files cover ids 1..lastId. */
export function chunkCount(lastId: number, chunkSize = SITEMAP_CHUNK_SIZE): number {
  return Math.ceil(lastId / chunkSize);
}

/** Every sitemap file, in the order the index lists them. */
export async function listSitemapFiles(chunkSize = SITEMAP_CHUNK_SIZE): Promise<SitemapFile[]> {
  const { lastEnterpriseId, lastAnnualReportId } = await getSitemapExtent();
  const chunks = (kind: ChunkKind, lastId: number) =>
    Array.from({ length: chunkCount(lastId, chunkSize) }, (_, index): SitemapFile => ({ kind, number: index + 1 }));
  return [{ kind: "pages" }, ...chunks("companies", lastEnterpriseId), ...chunks("annual-reports", lastAnnualReportId)];
}

export function sitemapFileUrl(file: SitemapFile): string {
  return absoluteUrl(`/sitemaps/${sitemapFileName(file)}`);
}

/** The index's entries. */
export async function sitemapIndexEntries(chunkSize = SITEMAP_CHUNK_SIZE): Promise<SitemapRef[]> {
  return (await listSitemapFiles(chunkSize)).map((file) => ({ loc: sitemapFileUrl(file) }));
}

function alternatesOf(path: string): SitemapUrl["alternates"] {
  return localizedPaths(path).map(({ hreflang, path: href }) => ({ hreflang, href: absoluteUrl(href) }));
}

/** Every static page in every locale, each with the full set of its language versions. */
export function staticPageUrls(): SitemapUrl[] {
  return STATIC_PAGE_PATHS.flatMap((path) => {
    const alternates = alternatesOf(path);
    return routing.locales.map((locale) => ({ loc: absoluteUrl(`/${locale}${path}`), alternates }));
  });
}

export function companyUrl(company: SitemapCompany): SitemapUrl {
  const path = `/companies/${company.uscc}`;
  return { loc: absoluteUrl(`/${routing.defaultLocale}${path}`), lastModified: company.lastModified, alternates: alternatesOf(path) };
}

export function annualReportUrl(report: SitemapAnnualReport): SitemapUrl {
  const path = `/companies/${report.uscc}/annual-reports/${report.year}`;
  return { loc: absoluteUrl(`/${routing.defaultLocale}${path}`), lastModified: report.lastModified, alternates: alternatesOf(path) };
}

/** Whether file `number` of a kind lies past the register's last id (so does not exist). */
async function isPastLastFile(kind: ChunkKind, number: number, chunkSize: number): Promise<boolean> {
  const { lastEnterpriseId, lastAnnualReportId } = await getSitemapExtent();
  return number > chunkCount(kind === "companies" ? lastEnterpriseId : lastAnnualReportId, chunkSize);
}

/**
 * One sitemap file's XML, or null when no such file exists (a number past the last id). A chunk
 * is read with one query and written out as a stream. An empty range inside the register (ids
 * left unused by rolled-back writes) is a valid, empty file.
 */
export async function readSitemapFile(file: SitemapFile, chunkSize = SITEMAP_CHUNK_SIZE): Promise<ReadableStream<Uint8Array> | string | null> {
  if (file.kind === "pages") return renderUrlset(staticPageUrls());
  const range = chunkIdRange(file.number, chunkSize);
  if (file.kind === "companies") {
    const companies = await findSitemapCompanies(range);
    if (companies.length === 0 && (await isPastLastFile(file.kind, file.number, chunkSize))) return null;
    return urlsetStream(companies, companyUrl);
  }
  const reports = await findSitemapAnnualReports(range);
  if (reports.length === 0 && (await isPastLastFile(file.kind, file.number, chunkSize))) return null;
  return urlsetStream(reports, annualReportUrl);
}
