import { PageNotFound } from "@/components/layout/page-not-found";

/** notFound() from a page under a locale without a closer not-found.tsx. HTTP 404. */
export default function LocaleNotFound() {
  return <PageNotFound />;
}
