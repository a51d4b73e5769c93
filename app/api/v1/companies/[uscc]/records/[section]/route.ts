import { apiPaths } from "@/lib/api/api-paths";
import { readCompanyCodeSegment, redirectToCanonicalCode } from "@/lib/api/company-code";
import { AppError } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { integerParameter } from "@/lib/api/query-parameters";
import { DEFAULT_SECTION_PAGE_SIZE, MAX_SECTION_PAGE_SIZE } from "@/lib/api/schemas/record-sections";
import { getCompanyProfile } from "@/lib/records/companies";
import { RECORD_SECTIONS, isRecordSection, recordSectionRows } from "@/lib/records/record-sections";

/**
 * GET /api/v1/companies/{uscc}/records/{section}?page=&pageSize= — one list section of the
 * company's public record (the rows of /{locale}/companies/{uscc}/records/{section}), newest
 * first, by pages of pageSize rows (default 50, at most 200). 404 for an unknown section or
 * company; 422 for a wrong code or parameter. A page past the last is empty.
 */
export const GET = publicGet<{ uscc: string; section: string }>(async (request, { params }) => {
  const { uscc, section } = await params;
  if (!isRecordSection(section)) {
    throw new AppError("not-found", `There is no record section "${section}". Sections: ${RECORD_SECTIONS.join(", ")}.`);
  }
  const url = new URL(request.url);
  const page = integerParameter(url, "page", { min: 1, max: 1_000_000, fallback: 1 });
  const pageSize = integerParameter(url, "pageSize", { min: 1, max: MAX_SECTION_PAGE_SIZE, fallback: DEFAULT_SECTION_PAGE_SIZE });
  const segment = await readCompanyCodeSegment(uscc);
  if (segment.kind === "redirect") return redirectToCanonicalCode(request, segment.uscc);
  const profile = await getCompanyProfile(segment.uscc);
  if (profile === null) throw segment.ifMissing;

  const rows: readonly unknown[] = recordSectionRows(profile, section);
  const lastPage = Math.max(1, Math.ceil(rows.length / pageSize));
  const link = (to: number) => apiPaths.recordSection(profile.uscc, section, { page: to, pageSize });
  return Response.json({
    section,
    company: { uscc: profile.uscc, nameZh: profile.nameZh, nameUg: profile.nameUg },
    total: rows.length,
    page,
    pageSize,
    items: rows.slice((page - 1) * pageSize, page * pageSize),
    links: {
      self: link(page),
      next: page < lastPage ? link(page + 1) : null,
      prev: page > 1 ? link(Math.min(page - 1, lastPage)) : null,
      company: apiPaths.company(profile.uscc),
    },
  });
});

export const OPTIONS = publicPreflight;
