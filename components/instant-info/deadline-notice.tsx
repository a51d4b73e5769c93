import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { getRecordFormat } from "@/components/company/record-format";
import type { WorkingDayDeadline } from "@/lib/rules/working-days";

/** "The holiday calendar for 2027 has not been published yet…": said wherever a provisional deadline is shown. */
export async function ProvisionalNote({ locale, deadline }: { locale: AppLocale; deadline: WorkingDayDeadline }) {
  if (!deadline.isProvisional) return null;
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  return <p className="text-ink-secondary">{t("common.provisional", { years: deadline.yearsWithoutCalendar.join(locale === "zh" ? "、" : ", ") })}</p>;
}

/**
 * The deadline before publishing (the check page): when the change was, the last day to publish
 * it (20 working days later on the holiday calendar), and whether publishing today is on time.
 */
export async function DeadlineNotice({
  locale,
  changedOn,
  deadline,
  today,
}: {
  locale: AppLocale;
  changedOn: string;
  deadline: WorkingDayDeadline;
  today: string;
}) {
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const f = await getRecordFormat(locale);
  const isOnTime = today <= deadline.date;
  return (
    <section aria-labelledby="deadline-heading" className={`mb-8 border-s-8 bg-panel px-4 py-3 ${isOnTime ? "border-brand" : "border-error"}`}>
      <h2 id="deadline-heading" className="mb-1 text-lg font-bold">
        {t("check.deadlineTitle")}
      </h2>
      <div className="space-y-1">
        <p>{t.rich("check.deadline", { changedOn: f.day(changedOn), deadline: f.day(deadline.date), date: f.dateTag })}</p>
        <p className="font-bold">{isOnTime ? t.rich("check.onTime", { today: f.day(today), date: f.dateTag }) : t("check.late")}</p>
        <ProvisionalNote locale={locale} deadline={deadline} />
      </div>
    </section>
  );
}
