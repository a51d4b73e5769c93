"use client";

import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";

type ErrorPageProps = {
  error: Error & { digest?: string };
  reset: () => void;
};

/**
 * Something failed while rendering a page (the database is unreachable, a bug). The reader sees
 * a translated apology and a reference they can quote, never the error's own text.
 */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  const t = useTranslations("Errors");
  const layout = useTranslations("Layout");
  const params = useParams<{ locale?: string }>();
  const home = `/${params?.locale ?? ""}`;
  return (
    <>
      <title>{`${t("title")} – ${layout("siteName")}`}</title>
      <h1 className="mb-6 text-2xl leading-tight font-bold sm:text-3xl">{t("title")}</h1>
      <div className="max-w-3xl space-y-4 text-lg">
        <p>{t("text")}</p>
        <p>{t("later")}</p>
        {error.digest ? (
          <p className="text-base text-ink-secondary">
            {t("reference")} <bdi dir="ltr" className="font-mono">{error.digest}</bdi>
          </p>
        ) : null}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <button type="button" onClick={reset} className="button-primary">
            {t("tryAgain")}
          </button>
          <a href={home} className="self-center">
            {t("home")}
          </a>
        </p>
      </div>
    </>
  );
}
