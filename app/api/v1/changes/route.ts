import { getChangesPage } from "@/lib/api/changes-page";
import { AppError } from "@/lib/api/problem";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { integerParameter } from "@/lib/api/query-parameters";
import { CURSOR_PATTERN } from "@/lib/api/schemas/changes";
import { DEFAULT_CHANGES_LIMIT, MAX_CHANGES_LIMIT, MAX_CURSOR } from "@/lib/changes/changes-feed";

function cursorParameter(url: URL): bigint {
  const raw = (url.searchParams.get("after") ?? "").trim();
  if (raw === "") return 0n;
  if (!CURSOR_PATTERN.test(raw) || BigInt(raw) > MAX_CURSOR) {
    throw new AppError("unprocessable", "Check the parameter after.", [
      { field: "after", reason: "invalid-cursor", detail: "after is the id of a change (digits only), or 0 for the start of the feed." },
    ]);
  }
  return BigInt(raw);
}

/**
 * GET /api/v1/changes?after=<cursor>&limit=<n> — every public change in order, after the cursor
 * (lib/changes/changes-feed.ts): resume with `next` (or `links.next`) and nothing is missed or
 * repeated. limit: 1–1000, default 100. A full page is cached for a minute; the feed's end is
 * revalidated on every request (ETag, 304).
 */
export const GET = publicGet(async (request) => {
  const url = new URL(request.url);
  const after = cursorParameter(url);
  const limit = integerParameter(url, "limit", { min: 1, max: MAX_CHANGES_LIMIT, fallback: DEFAULT_CHANGES_LIMIT });
  const page = await getChangesPage({ after, limit });
  return Response.json(page, { headers: { "cache-control": page.hasMore ? "public, max-age=60" : "public, no-cache" } });
});

export const OPTIONS = publicPreflight;
