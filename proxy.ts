import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Next 16 calls middleware "proxy". next-intl's middleware redirects `/` and unprefixed paths to
// a locale (cookie, then Accept-Language, then zh) and keeps the locale cookie in sync.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next internals and files with an extension (favicon.ico, …).
  matcher: "/((?!api(?:/|$)|_next/|_vercel/|.*\\..*).*)",
};
