import type { Metadata } from "next";
import { companyTitle } from "@/components/company/company-name";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getRecordFormat } from "@/components/company/record-format";
import { BackLink } from "@/components/ui/back-link";
import { requireFilerPage } from "@/components/instant-info/instant-access";
import { InstantInfoForm, instantFieldId } from "@/components/instant-info/instant-info-form";
import { instantFormPath, instantListPath, rawFromSearchParams } from "@/components/instant-info/instant-info-paths";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { instantInfoDeadline } from "@/lib/rules/annual-reporting";
import { registerToday } from "@/lib/rules/publicity";
import { INSTANT_INFO_FIELDS, isInstantInfoKind, KIND_KEYS, parseInstantInfo, type FieldErrors, type InstantInfoKind } from "@/lib/validation/instant-info";

type Props = PageProps<"/[locale]/filing/[uscc]/instant/[kind]">;

/** The problems with the values typed, when the form came back from its post (?invalid=1). */
function fieldErrorsOf(kind: InstantInfoKind, searchParams: Record<string, string | string[] | undefined>): FieldErrors {
  if (searchParams.invalid !== "1") return {};
  const parsed = parseInstantInfo(kind, rawFromSearchParams(searchParams), { today: registerToday() });
  return parsed.ok ? {} : parsed.fieldErrors;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  if (!hasLocale(routing.locales, locale) || !isInstantInfoKind(kind)) return {};
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const title = t(`kinds.${KIND_KEYS[kind]}.publish`);
  const hasErrors = Object.keys(fieldErrorsOf(kind, await searchParams)).length > 0;
  return { title: hasErrors ? t("common.titlePrefix", { title }) : title, robots: { index: false } };
}

/**
 * /{locale}/filing/{uscc}/instant/{kind} — the form of one kind of instant information. Posts to
 * ./submit, which comes back here with the values and ?invalid=1 when something is wrong (the
 * problems are worked out again here from the values, with the same schema), or goes on to ./check.
 */
export default async function InstantInfoFormPage({ params, searchParams }: Props) {
  const { locale: rawLocale, uscc, kind: rawKind } = await params;
  const { locale, session, kind } = await requireFilerPage({
    locale: rawLocale,
    uscc,
    kind: rawKind,
    path: isInstantInfoKind(rawKind) ? instantFormPath(rawLocale, uscc, rawKind) : instantListPath(rawLocale, uscc),
  });
  if (kind === undefined) return null;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const f = await getRecordFormat(locale);
  const query = await searchParams;
  const today = registerToday();
  const values = rawFromSearchParams(query);
  const fieldErrors = fieldErrorsOf(kind, query);
  const errors = INSTANT_INFO_FIELDS[kind]
    .filter((spec) => fieldErrors[spec.name])
    .map((spec) => ({ href: `#${instantFieldId(spec.name)}`, text: t(`errors.${fieldErrors[spec.name]}` as Parameters<typeof t>[0]) }));
  const kindKey = KIND_KEYS[kind];
  const name = companyTitle(locale, session);

  return (
    <>
      <BackLink href={instantListPath(locale, uscc)}>{t("common.back")}</BackLink>
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={errors} />
      <PageHeading caption={name}>{t(`kinds.${kindKey}.publish`)}</PageHeading>
      <div className="mb-8 max-w-prose space-y-3 text-lg">
        <p>{t(`kinds.${kindKey}.formIntro`)}</p>
        <p>{t.rich("form.deadlineHint", { deadline: f.day(instantInfoDeadline(today).date), date: f.dateTag })}</p>
      </div>
      <InstantInfoForm locale={locale} kind={kind} action={`${instantListPath(locale, uscc)}/${kind}/submit`} values={values} fieldErrors={fieldErrors} />
    </>
  );
}
