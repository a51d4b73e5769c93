import { notFound } from "next/navigation";

/**
 * /{locale}/<anything no page matches>, e.g. /ug/no-such-page: the locale's own "page not found"
 * (./not-found.tsx in the locale's language and direction, HTTP 404). Without this route such an
 * address fell through to the root app/not-found.tsx, which is in Chinese.
 */
export default function UnknownPage(): never {
  notFound();
}
