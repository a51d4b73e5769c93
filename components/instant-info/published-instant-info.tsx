import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { getRecordFormat, type RecordFormat } from "@/components/company/record-format";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { DataText } from "@/components/ui/data-text";
import type { InstantInfoTiming, PublishedInstantInfo } from "@/lib/records/instant-info";
import { INSTANT_INFO_KINDS, KIND_KEYS, type InstantInfoKind } from "@/lib/validation/instant-info";
import { instantFormPath } from "./instant-info-paths";

type Translate = Awaited<ReturnType<typeof getTranslations<"InstantInfo">>>;

/** The columns every kind shares: when it changed, the deadline, when it was published, and whether that was in time. */
function timingColumns<Row extends InstantInfoTiming>(t: Translate, f: RecordFormat): DataColumn<Row>[] {
  return [
    { key: "changed", header: t("list.changedOn"), cell: (row) => (row.changedOn === null ? t("list.unknown") : f.date(row.changedOn)) },
    {
      key: "deadline",
      header: t("list.deadline"),
      cell: (row) =>
        row.deadline === null ? (
          t("list.unknown")
        ) : (
          <>
            {f.date(row.deadline.date)}
            {row.deadline.isProvisional ? <span className="text-ink-secondary"> ({t("list.provisional")})</span> : null}
          </>
        ),
    },
    { key: "published", header: t("list.publishedOn"), cell: (row) => f.date(row.publishedOn) },
    {
      key: "timeliness",
      header: t("list.timeliness"),
      cell: (row) =>
        row.isOnTime === null ? (
          <Badge tone="neutral">{t("list.unknown")}</Badge>
        ) : row.isOnTime ? (
          <Badge tone="positive">{t("list.onTime")}</Badge>
        ) : (
          <Badge tone="negative">{t("list.late")}</Badge>
        ),
    },
  ];
}

/**
 * What the enterprise has published, one section per kind (newest first), each with a link to
 * publish another. On phones each table row becomes a card (components/ui/data-table.tsx).
 */
export async function PublishedInstantInfoSections({ locale, uscc, published }: { locale: AppLocale; uscc: string; published: PublishedInstantInfo }) {
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const company = await getTranslations({ locale, namespace: "Company" });
  const f = await getRecordFormat(locale);

  const table = (kind: InstantInfoKind) => {
    const caption = t(`kinds.${KIND_KEYS[kind]}.title`);
    switch (kind) {
      case "contribution":
        return (
          <DataTable
            caption={caption}
            rows={published.contribution}
            rowKey={(row) => String(row.id)}
            columns={[
              { key: "shareholder", header: company("contributions.shareholder"), cell: (row) => <DataText text={row.shareholderName} /> },
              { key: "subscribed", header: f.wanYuanColumn(company("contributions.subscribed")), cell: (row) => f.amount(row.subscribed), isNumeric: true },
              { key: "paid", header: f.wanYuanColumn(company("contributions.paid")), cell: (row) => f.amount(row.paid), isNumeric: true },
              ...timingColumns<(typeof published.contribution)[number]>(t, f),
            ]}
          />
        );
      case "equity-change":
        return (
          <DataTable
            caption={caption}
            rows={published["equity-change"]}
            rowKey={(row) => String(row.id)}
            columns={[
              { key: "shareholder", header: company("equityChanges.shareholder"), cell: (row) => <DataText text={row.shareholderName} /> },
              { key: "before", header: company("equityChanges.ratioBefore"), cell: (row) => <bdi>{f.percent(row.ratioBefore)}</bdi>, isNumeric: true },
              { key: "after", header: company("equityChanges.ratioAfter"), cell: (row) => <bdi>{f.percent(row.ratioAfter)}</bdi>, isNumeric: true },
              ...timingColumns<(typeof published)["equity-change"][number]>(t, f),
            ]}
          />
        );
      case "licence":
        return (
          <DataTable
            caption={caption}
            rows={published.licence}
            rowKey={(row) => String(row.id)}
            columns={[
              { key: "number", header: company("licences.number"), cell: (row) => <DataText text={row.documentNumber} /> },
              { key: "name", header: company("licences.name"), cell: (row) => f.term("licence-names", row.name) },
              ...timingColumns<(typeof published.licence)[number]>(t, f),
            ]}
          />
        );
      case "ip-pledge":
        return (
          <DataTable
            caption={caption}
            rows={published["ip-pledge"]}
            rowKey={(row) => String(row.id)}
            columns={[
              { key: "number", header: company("ipPledges.registrationNumber"), cell: (row) => <DataText text={row.registrationNumber} /> },
              { key: "name", header: company("ipPledges.name"), cell: (row) => <DataText text={row.name} /> },
              ...timingColumns<(typeof published)["ip-pledge"][number]>(t, f),
            ]}
          />
        );
      case "penalty":
        return (
          <DataTable
            caption={caption}
            rows={published.penalty}
            rowKey={(row) => String(row.id)}
            columns={[
              {
                key: "number",
                header: t("fields.penalty.decisionNumber.label"),
                cell: (row) => (
                  <>
                    <DataText text={row.decisionNumber} />
                    {row.isPublic ? null : <span className="block text-ink-secondary">{t("list.notPublic")}</span>}
                  </>
                ),
              },
              { key: "authority", header: company("penalties.authority"), cell: (row) => f.authority(row.authority) },
              ...timingColumns<(typeof published.penalty)[number]>(t, f),
            ]}
          />
        );
    }
  };

  return (
    <>
      {INSTANT_INFO_KINDS.map((kind) => {
        const key = KIND_KEYS[kind];
        return (
          <section key={kind} id={kind} aria-labelledby={`${kind}-heading`} className="mb-10 border-t-2 border-rule pt-4">
            <h2 id={`${kind}-heading`} className="mb-3 text-xl font-bold">
              {t(`kinds.${key}.title`)}
            </h2>
            {published[kind].length === 0 ? <p className="mb-3 text-ink-secondary">{t("list.none")}</p> : <div className="mb-3">{table(kind)}</div>}
            <p>
              <a href={instantFormPath(locale, uscc, kind)} className="button-secondary">
                {t(`kinds.${key}.publish`)}
              </a>
            </p>
          </section>
        );
      })}
    </>
  );
}
