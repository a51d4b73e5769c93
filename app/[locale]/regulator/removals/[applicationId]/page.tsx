import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireRegulator } from "@/components/auth/regulator-access";
import { RegulatorSignedInBar } from "@/components/auth/signed-in-bar";
import { CompanyNames } from "@/components/company/company-name";
import { getRecordFormat } from "@/components/company/record-format";
import { firstValue, regulatorRemovalsPath } from "@/components/removal/access";
import { YearsFiledCell } from "@/components/removal/regulator-removal";
import { BackLink } from "@/components/ui/back-link";
import { LtrText } from "@/components/ui/bidi";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { routing } from "@/i18n/routing";
import { formatTimestamp } from "@/lib/i18n/format-values";
import { getPendingRemovalApplication } from "@/lib/records/removal-applications";
import { MAX_REJECTION_NOTE } from "@/lib/validation/removal-decision";

type RawParams = Record<string, string | string[] | undefined>;

const DECISION_ERRORS = ["choose-decision", "listing-removed", "report-not-filed"] as const;
const NOTE_ERRORS = ["enter-note", "note-too-long"] as const;
type DecisionError = (typeof DECISION_ERRORS)[number];
type NoteError = (typeof NOTE_ERRORS)[number];

function isOneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

const DECISION_FIELD_ID = "decision-approve";
const NOTE_FIELD_ID = "rejection-note";

function errorsOf(raw: RawParams): { decision?: DecisionError; note?: NoteError } {
  const decision = firstValue(raw.decisionError);
  const note = firstValue(raw.noteError);
  return {
    ...(isOneOf(DECISION_ERRORS, decision) ? { decision } : {}),
    ...(isOneOf(NOTE_ERRORS, note) ? { note } : {}),
  };
}

function applicationIdOf(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/regulator/removals/[applicationId]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "AnnualCycle.regulatorRemovals" });
  const errors = errorsOf((await searchParams) as RawParams);
  const title = t("decisionTitle");
  return { title: Object.keys(errors).length > 0 ? t("errorTitle", { title }) : title, robots: { index: false } };
}

/**
 * /{locale}/regulator/removals/{id} — one pending application: the enterprise, the listing, the
 * years it filed; the decision (approve, or reject with a reason the filer reads) posts to
 * …/{id}/decide. An application decided already, or of an enterprise outside the regulator's
 * area, is not found. Errors come back as ?decisionError= / ?noteError= with the note typed (&note=).
 */
export default async function RemovalDecisionPage({ params, searchParams }: PageProps<"/[locale]/regulator/removals/[applicationId]">) {
  const { locale, applicationId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const path = `${regulatorRemovalsPath(locale)}/${applicationId}`;
  const session = await requireRegulator(locale, "decide-removals");
  const id = applicationIdOf(applicationId);
  const application = id === null ? null : await getPendingRemovalApplication({ applicationId: id, authorityId: session.authorityId });
  if (application === null) notFound();

  const raw = (await searchParams) as RawParams;
  const t = await getTranslations({ locale, namespace: "AnnualCycle.regulatorRemovals" });
  const f = await getRecordFormat(locale);
  const errors = errorsOf(raw);
  const typedNote = (firstValue(raw.note) ?? "").slice(0, MAX_REJECTION_NOTE * 2);
  const chosen = firstValue(raw.decision);
  const summaryErrors = [
    ...(errors.decision ? [{ href: `#${DECISION_FIELD_ID}`, text: t(`errors.${errors.decision}`) }] : []),
    ...(errors.note ? [{ href: `#${NOTE_FIELD_ID}`, text: t(`errors.${errors.note}`, { max: MAX_REJECTION_NOTE }) }] : []),
  ];
  const { listing } = application;

  return (
    <>
      <RegulatorSignedInBar locale={locale} session={session} current="removals" />
      <BackLink href={regulatorRemovalsPath(locale)}>{t("back")}</BackLink>
      <ErrorSummary title={t("errors.summaryTitle")} errors={summaryErrors} />
      <PageHeading caption={<CompanyNames locale={locale} names={application.enterprise} />}>{t("decisionTitle")}</PageHeading>
      <SummaryList
        className="mb-8"
        rows={[
          {
            key: "code",
            label: t("code"),
            value: (
              <a href={`/${locale}/companies/${application.enterprise.uscc}`}>
                <LtrText>{application.enterprise.uscc}</LtrText>
              </a>
            ),
          },
          { key: "reason", label: t("reason"), value: f.term("abnormal-reasons", listing.reason) },
          ...(listing.reportYear === null ? [] : [{ key: "year", label: t("reportYear"), value: <bdi>{String(listing.reportYear)}</bdi> }]),
          { key: "listed-on", label: t("listedOn"), value: f.date(listing.listedOn) },
          { key: "listed-by", label: t("listedBy"), value: f.authority(listing.listedBy) },
          { key: "applied-on", label: t("columns.appliedOn"), value: <bdi>{formatTimestamp(locale, application.appliedAt)}</bdi> },
          {
            key: "report",
            label: t("reportState"),
            value: <span className={application.isCured ? "" : "font-bold text-error"}>{application.isCured ? t("cured") : t("notCured")}</span>,
          },
          {
            key: "years-filed",
            label: t("columns.yearsFiled"),
            value: <YearsFiledCell locale={locale} yearsFiled={application.yearsFiled} yearsStillListed={application.yearsStillListed} />,
          },
        ]}
      />
      <form method="post" action={`${path}/decide`} noValidate className="max-w-2xl space-y-6">
        <fieldset className={errors.decision ? "border-s-4 border-error ps-4" : ""} aria-describedby={errors.decision ? "decision-error" : undefined}>
          <legend className="mb-2 text-xl font-bold">{t("decisionLegend")}</legend>
          {errors.decision ? (
            <p id="decision-error" className="mb-2 font-bold text-error">
              {t(`errors.${errors.decision}`)}
            </p>
          ) : null}
          <div className="space-y-3">
            <label className="flex items-start gap-3">
              <input id={DECISION_FIELD_ID} type="radio" name="decision" value="approve" defaultChecked={chosen === "approve"} className="mt-1 size-6 shrink-0" />
              <span>
                <span className="block font-bold">{t("approve")}</span>
                <span className="block text-ink-secondary">{t("approveHint")}</span>
              </span>
            </label>
            <label className="flex items-start gap-3">
              <input id="decision-reject" type="radio" name="decision" value="reject" defaultChecked={chosen === "reject"} className="mt-1 size-6 shrink-0" />
              <span>
                <span className="block font-bold">{t("reject")}</span>
                <span className="block text-ink-secondary">{t("rejectHint")}</span>
              </span>
            </label>
          </div>
        </fieldset>
        <FormField
          id={NOTE_FIELD_ID}
          label={t("noteLabel")}
          hint={t("noteHint", { max: MAX_REJECTION_NOTE })}
          error={errors.note ? t(`errors.${errors.note}`, { max: MAX_REJECTION_NOTE }) : null}
        >
          {(control) => <textarea {...control} name="note" rows={5} defaultValue={typedNote} className="input-text" />}
        </FormField>
        <button type="submit" className="button-primary">
          {t("submit")}
        </button>
      </form>
    </>
  );
}
