import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PageNotFound } from "@/components/layout/page-not-found";
import { routing } from "@/i18n/routing";

/*
 * Rendered on every request: caching each address someone mistyped would grow the page cache
 * without bound.
 */
export const dynamic = "force-dynamic";

/**
 * /{locale}/<anything no page matches>, e.g. /ug/no-such-page: "page not found" in the language
 * and direction of the locale, readable without JavaScript, noindex.
 *
 * It answers 200, not 404, deliberately, as the company page does for a code the register does
 * not hold: notFound() from a dynamic route makes Next 16 send an empty error shell that only
 * JavaScript fills in (vercel/next.js#57583, #97514), and a locale-less 404 would be Chinese
 * (app/not-found.tsx, which must stay static). Addresses without a locale still get that 404.
 */
export async function generateMetadata({ params }: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("title"), robots: { index: false } };
}

export default function UnknownPage() {
  return <PageNotFound hasHead={false} />;
}
