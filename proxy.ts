import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { REQUESTED_URL_HEADER } from "./i18n/requested-url";
import { routing } from "./i18n/routing";

const handleLocale = createMiddleware(routing);

/**
 * Next 16 calls middleware "proxy". next-intl's middleware redirects `/` and unprefixed paths to
 * a locale (cookie, then Accept-Language, then zh) and keeps the locale cookie in sync. Before
 * that, the requested path and query go into a request header for the language switcher
 * (i18n/requested-url.ts); any value the client sent under that name is replaced.
 */
export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return handleLocale(new NextRequest(request, { headers }));
}

export const config = {
  // Everything except API routes, Next internals and files with an extension (favicon.ico, …).
  matcher: "/((?!api(?:/|$)|_next/|_vercel/|.*\\..*).*)",
};
