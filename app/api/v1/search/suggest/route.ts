import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { suggestCompanies } from "@/lib/search";
import { SUGGESTION_LIMIT, parseSearchParams } from "@/lib/search/search-params";

/**
 * GET /api/v1/search/suggest?q= — `{ suggestions }`, at most 10 companies for the search box's
 * suggestions as you type. An empty q gives an empty list; q is read like the search page's.
 */
export const GET = publicGet(async (request) => {
  const url = new URL(request.url);
  const parsed = parseSearchParams(new URLSearchParams(url.searchParams.has("q") ? [["q", url.searchParams.get("q") ?? ""]] : []));
  if (!parsed.ok && parsed.fieldErrors.q) {
    const t = await getTranslations({ locale: "en", namespace: "Search.errors" });
    throw new AppError("unprocessable", "Check the search parameters: q.", [{ field: "q", reason: parsed.fieldErrors.q, detail: t(parsed.fieldErrors.q) }]);
  }
  const q = parsed.query.q;
  const suggestions = q.length < 1 ? [] : (await suggestCompanies(q, SUGGESTION_LIMIT)).slice(0, SUGGESTION_LIMIT);
  return Response.json({ suggestions }, { headers: { "cache-control": "public, max-age=60" } });
});

export const OPTIONS = publicPreflight;
