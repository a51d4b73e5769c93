import { getTranslations } from "next-intl/server";
import { AppError, type FieldProblem } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { searchCompanies } from "@/lib/search";
import { SEARCH_PARAM_NAMES, parseSearchParams, type SearchParamName } from "@/lib/search/search-params";

/**
 * GET /api/v1/search?q=&status=&…&page= — the same parameters and results as the search page
 * (lib/search/search-params.ts), as the SearchResult of lib/search/contract.ts. A wrong parameter
 * is a 422 problem naming it; the page instead shows an error summary.
 */
export const GET = publicGet(async (request) => {
  const url = new URL(request.url);
  const parsed = parseSearchParams(url.searchParams);
  if (!parsed.ok) {
    const t = await getTranslations({ locale: "en", namespace: "Search.errors" });
    const errors: FieldProblem[] = (Object.keys(parsed.fieldErrors) as SearchParamName[])
      .sort((a, b) => SEARCH_PARAM_NAMES.indexOf(a) - SEARCH_PARAM_NAMES.indexOf(b))
      .flatMap((field) => {
        const reason = parsed.fieldErrors[field];
        return reason ? [{ field, reason, detail: t(reason) }] : [];
      });
    throw new AppError("unprocessable", `Check the search parameters: ${errors.map((error) => error.field).join(", ")}.`, errors);
  }
  const result = await searchCompanies(parsed.query);
  return Response.json(result, { headers: { "cache-control": "public, max-age=60" } });
});

export const OPTIONS = publicPreflight;
