import type { Metadata } from "next";
import { companyTitle } from "@/components/company/company-name";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Banner } from "@/components/ui/banner";
import { PageHeading } from "@/components/ui/page-heading";
import { routing } from "@/i18n/routing";
import { termLabel } from "@/lib/dictionaries";
import { requireFilerPage } from "@/lib/auth/guards";
import { filingPaths, parseYear } from "@/lib/filing/filing-paths";
import { getFilingOverview, type FilingYear } from "@/lib/records/annual-report-filing";
import { formatDay } from "@/lib/i18n/format-values";

type Props = PageProps<"/[locale]/filing/[uscc]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Filing" });
  return { title: t("dashboard.title"), robots: { index: false } };
}

const PROBLEMS = new Set(["file-oldest-first", "already-filed", "amend-closed", "not-due", "no-report-form"]);

/** /{locale}/filing/{uscc} — the filer's dashboard: the years to file, drafts, amendments, listings. */
export default async function FilerDashboardPage({ params, searchParams }: Props) {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const paths = filingPaths(locale, uscc);
  const session = await requireFilerPage({ locale, uscc, path: paths.dashboard });
  const overview = await getFilingOverview({ enterpriseId: session.enterpriseId });
  if (overview === null) notFound();
  const t = await getTranslations({ locale, namespace: "Filing" });
  const query = await searchParams;
  const saved = typeof query.saved === "string" ? parseYear(query.saved) : null;
  const problem = typeof query.problem === "string" && PROBLEMS.has(query.problem) ? query.problem : null;
  const name = companyTitle(locale, overview);
  const next = overview.years.find((year) => year.year === overview.nextYear) ?? null;

  return (
    <>
      <PageHeading caption={t("dashboard.caption")}>
        <bdi>{name}</bdi>
      </PageHeading>
      <p className="mb-6">
        {t("dashboard.code")} <bdi dir="ltr" className="font-mono">{overview.uscc}</bdi>
      </p>
      {saved !== null ? (
        <Banner tone="success" title={t("dashboard.savedTitle")}>
          <p>{t("dashboard.saved", { year: String(saved) })}</p>
        </Banner>
      ) : null}
      {problem ? (
        <Banner tone="important" title={t("dashboard.problemTitle")}>
          <p>{t(`dashboard.problems.${problem as "not-due"}`, { year: String(query.year ?? overview.nextYear ?? "") })}</p>
        </Banner>
      ) : null}
      {overview.openListings > 0 ? (
        <Banner tone="warning" title={t("dashboard.listedTitle")}>
          <p>{t("dashboard.listed")}</p>
          <p>
            <a href={paths.removal}>{t("dashboard.removalLink")}</a>
          </p>
        </Banner>
      ) : null}

      <section aria-labelledby="reports-heading" className="mb-10">
        <h2 id="reports-heading" className="mb-4 text-2xl font-bold">
          {t("dashboard.reportsHeading")}
        </h2>
        {overview.form === null ? (
          <p>{t("dashboard.noReportForm")}</p>
        ) : next ? (
          <div className="mb-6 border-s-8 border-brand bg-panel p-4">
            <p className="mb-3 text-lg font-bold">{t("dashboard.due", { year: String(next.year), deadline: formatDay(locale, next.deadline) })}</p>
            {next.draft ? (
              <form method="post" action={paths.resume(next.year)}>
                <button type="submit" className="button-primary">
                  {t("dashboard.continue", { year: String(next.year) })}
                </button>
              </form>
            ) : (
              <a href={paths.chooseYear} className="button-primary">
                {t("dashboard.start", { year: String(next.year) })}
              </a>
            )}
          </div>
        ) : (
          <p className="mb-6">{t("dashboard.allFiled")}</p>
        )}
        <ul className="divide-y divide-rule border-y border-rule">
          {overview.years.map((year) => (
            <YearRow key={year.year} t={t} locale={locale} year={year} paths={paths} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="instant-heading" className="mb-10">
        <h2 id="instant-heading" className="mb-2 text-2xl font-bold">
          {t("dashboard.instantHeading")}
        </h2>
        <p className="mb-2 max-w-prose">{t("dashboard.instant")}</p>
        <a href={paths.instant}>{t("dashboard.instantLink")}</a>
      </section>
    </>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<"Filing">>>;

function YearRow({ t, locale, year, paths }: { t: Translator; locale: "zh" | "ug" | "en"; year: FilingYear; paths: ReturnType<typeof filingPaths> }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
      <div>
        <p className="font-bold">{t("dashboard.yearReport", { year: String(year.year) })}</p>
        <p className="text-ink-secondary">
          {termLabel("annual-report-states", year.state, locale)}
          {year.submittedOn ? (
            <>
              {" · "}
              {t("dashboard.submittedOn", { date: formatDay(locale, year.submittedOn) })}
            </>
          ) : (
            <>
              {" · "}
              {t("dashboard.deadline", { date: formatDay(locale, year.deadline) })}
            </>
          )}
          {year.referenceNumber ? (
            <>
              {" · "}
              <bdi dir="ltr" className="font-mono">{year.referenceNumber}</bdi>
            </>
          ) : null}
        </p>
      </div>
      <div className="flex flex-wrap gap-4">
        {year.state !== "not-filed" ? <a href={paths.publicReport(year.year)}>{t("dashboard.viewPublic", { year: String(year.year) })}</a> : null}
        {year.draft?.isAmendment ? (
          <a href={paths.check(year.year)}>{t("dashboard.continueAmendment", { year: String(year.year) })}</a>
        ) : year.canAmend ? (
          <form method="post" action={paths.amend(year.year)}>
            <button type="submit" className="cursor-pointer text-link underline">
              {t("dashboard.amend", { year: String(year.year) })}
            </button>
          </form>
        ) : null}
      </div>
    </li>
  );
}
