import { hasLocale } from "next-intl";
import { z } from "zod";
import { routing, type AppLocale } from "@/i18n/routing";
import { AppError, problemResponse } from "@/lib/api/problem";
import { classifyCodeInput } from "@/lib/codes/credit-code";
import { etagOf, isEtagMatch } from "@/lib/open-data/http-caching";
import { ATOM_CONTENT_TYPE } from "./atom-document";
import type { FeedKind } from "./feed-paths";
import { PREFECTURE_CODES, renderCompanyFeed, renderKindFeed, type RenderedFeed } from "./public-feeds";

/**
 * The Atom feed routes' answers: the feed with an ETag (its SHA-256) and a 5-minute public cache
 * (304 for a matching If-None-Match), or problem+json naming what is wrong (an unknown locale,
 * prefecture or company is 404).
 */

const FEED_CACHE = "public, max-age=300";

const kindQuerySchema = z.object({
  prefecture: z
    .enum(PREFECTURE_CODES as [string, ...string[]], { error: `A prefecture is one of ${PREFECTURE_CODES.join(", ")}.` })
    .optional(),
});

function requireLocale(locale: string): AppLocale {
  if (!hasLocale(routing.locales, locale)) throw new AppError("not-found", `There is no feed in the language ${locale}.`);
  return locale;
}

function atomResponse(feed: RenderedFeed, request: Request): Response {
  const etag = etagOf(feed.xml);
  const headers = {
    etag,
    "cache-control": FEED_CACHE,
    "last-modified": new Date(feed.updated).toUTCString(),
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
  };
  if (isEtagMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const body = new TextEncoder().encode(feed.xml);
  return new Response(body, { headers: { "content-type": ATOM_CONTENT_TYPE, "content-length": String(body.length), ...headers } });
}

/** GET /{locale}/feeds/{kind}.atom[?prefecture=650100] */
export async function answerKindFeed(request: Request, locale: string, kind: FeedKind): Promise<Response> {
  const url = new URL(request.url);
  try {
    const appLocale = requireLocale(locale);
    const query = kindQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) {
      throw new AppError(
        "not-found",
        "There is no such feed.",
        query.error.issues.map((issue) => ({ field: issue.path.join(".") || "query", reason: issue.code, detail: issue.message })),
      );
    }
    return atomResponse(await renderKindFeed({ locale: appLocale, kind, prefectureCode: query.data.prefecture }), request);
  } catch (error) {
    return problemResponse(error, url.pathname);
  }
}

/** GET /{locale}/companies/{uscc}/feed.atom */
export async function answerCompanyFeed(request: Request, locale: string, rawCode: string): Promise<Response> {
  const url = new URL(request.url);
  try {
    const appLocale = requireLocale(locale);
    let segment = rawCode;
    try {
      segment = decodeURIComponent(rawCode);
    } catch {}
    const input = classifyCodeInput(segment);
    if (input.kind === "uscc" && input.check.ok && input.check.code !== segment) {
      return Response.redirect(new URL(`/${appLocale}/companies/${input.check.code}/feed.atom`, request.url), 308);
    }
    const uscc = input.kind === "uscc" && (input.check.ok || input.check.reason === "check-character") ? input.check.code : null;
    const feed = uscc === null ? null : await renderCompanyFeed({ locale: appLocale, uscc });
    if (feed === null) {
      throw new AppError("not-found", "No company with this code is on the register.", [
        { field: "uscc", reason: "not-found", detail: "Use the company's 18-character unified social credit code." },
      ]);
    }
    return atomResponse(feed, request);
  } catch (error) {
    return problemResponse(error, url.pathname);
  }
}
