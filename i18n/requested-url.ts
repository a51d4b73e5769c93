import { headers } from "next/headers";

/**
 * The address the reader asked for, as the proxy saw it (path and query string). Server
 * components cannot read the URL otherwise, and the language switcher needs it to keep the
 * current page and its query when switching locale — rendered on the server, so it works
 * without JavaScript. Reading it makes the page render per request.
 */
export const REQUESTED_URL_HEADER = "x-requested-url";

export type RequestedUrl = { pathname: string; search: string };

export async function getRequestedUrl(fallbackPathname: string): Promise<RequestedUrl> {
  const value = (await headers()).get(REQUESTED_URL_HEADER);
  if (!value || !value.startsWith("/") || value.startsWith("//")) return { pathname: fallbackPathname, search: "" };
  const url = new URL(value, "http://localhost");
  return { pathname: url.pathname, search: url.search };
}
