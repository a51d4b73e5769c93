import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { DeadlineNotice } from "@/components/instant-info/deadline-notice";
import { requireFilerPage } from "@/components/instant-info/instant-access";
import { InstantInfoAnswers } from "@/components/instant-info/instant-info-answers";
import { instantCheckPath, instantFormPath, instantListPath, rawFromSearchParams } from "@/components/instant-info/instant-info-paths";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { instantInfoDeadline } from "@/lib/rules/annual-reporting";
import { registerToday } from "@/lib/rules/publicity";
import { isInstantInfoKind, KIND_KEYS, parseInstantInfo, toRawInstantInfo } from "@/lib/validation/instant-info";

type Props = PageProps<"/[locale]/filing/[uscc]/instant/[kind]/check">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  return { title: t("check.title"), robots: { index: false } };
}

/**
 * /{locale}/filing/{uscc}/instant/{kind}/check?… — the values as they will be published, each
 * with a link back to change it, and the deadline: the change's date, the 20th working day after
 * it, and whether publishing today is in time. "Publish" posts the values to ../publish, which
 * checks them again. Values that do not pass (a hand-made address) go back to the form.
 */
export default async function InstantInfoCheckPage({ params, searchParams }: Props) {
  const { locale: rawLocale, uscc, kind: rawKind } = await params;
  const query = await searchParams;
  const raw = rawFromSearchParams(query);
  const { locale, kind } = await requireFilerPage({
    locale: rawLocale,
    uscc,
    kind: rawKind,
    path: isInstantInfoKind(rawKind) ? instantCheckPath(rawLocale, uscc, rawKind, raw) : instantListPath(rawLocale, uscc),
  });
  if (kind === undefined) return null;
  setRequestLocale(locale);
  const today = registerToday();
  const parsed = parseInstantInfo(kind, raw, { today });
  if (!parsed.ok) redirect(instantFormPath(locale, uscc, kind, raw, { isInvalid: true }));
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const checked = toRawInstantInfo(parsed.item);

  return (
    <>
      <BackLink href={instantFormPath(locale, uscc, kind, checked)}>{t("common.back")}</BackLink>
      <PageHeading caption={t(`kinds.${KIND_KEYS[kind]}.publish`)}>{t("check.title")}</PageHeading>
      <InstantInfoAnswers locale={locale} uscc={uscc} item={parsed.item} />
      <DeadlineNotice locale={locale} changedOn={parsed.changedOn} deadline={instantInfoDeadline(parsed.changedOn)} today={today} />
      <form method="post" action={`${instantListPath(locale, uscc)}/${kind}/publish`} className="max-w-prose">
        {Object.entries(checked).flatMap(([name, values]) => values.map((value, index) => <input key={`${name}-${index}`} type="hidden" name={name} value={value} />))}
        <p className="mb-6">{t("check.declaration")}</p>
        <button type="submit" className="button-primary">
          {t("check.publish")}
        </button>
      </form>
    </>
  );
}
