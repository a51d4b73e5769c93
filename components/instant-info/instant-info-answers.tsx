import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { getRecordFormat } from "@/components/company/record-format";
import { DataText } from "@/components/ui/data-text";
import { SummaryList } from "@/components/ui/summary-list";
import { findAuthority } from "@/lib/dictionaries";
import { INSTANT_INFO_FIELDS, KIND_KEYS, toRawInstantInfo, type FieldSpec, type InstantInfoItem } from "@/lib/validation/instant-info";
import { instantFieldId } from "./instant-info-form";
import { instantFormPath } from "./instant-info-paths";

/** Check your answers (GOV.UK): each value as it will be published, with a link to change it. */
export async function InstantInfoAnswers({ locale, uscc, item }: { locale: AppLocale; uscc: string; item: InstantInfoItem }) {
  const t = await getTranslations({ locale, namespace: "InstantInfo" });
  const f = await getRecordFormat(locale);
  const kindKey = KIND_KEYS[item.kind];
  const values = item.values as Record<string, string | string[] | null>;
  const formPath = instantFormPath(locale, uscc, item.kind, toRawInstantInfo(item));

  const shown = (spec: FieldSpec): React.ReactNode => {
    const value = values[spec.name];
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return t("check.notGiven");
    if (Array.isArray(value)) return spec.type === "choices" ? value.map((code) => f.term(spec.group, code)).join(f.locale === "zh" ? "、" : ", ") : value.join(", ");
    switch (spec.type) {
      case "text":
      case "textarea":
        return <DataText text={value} className="whitespace-pre-line" />;
      case "amount":
        return <bdi className="whitespace-nowrap">{f.wanYuan(value)}</bdi>;
      case "yuan":
        return <bdi className="whitespace-nowrap">{f.yuan(value)}</bdi>;
      case "percent":
        return <bdi className="whitespace-nowrap">{f.percent(value)}</bdi>;
      case "date":
        return f.date(value);
      case "choice":
      case "choices":
        return f.term(spec.group, value);
      case "authority": {
        const authority = findAuthority(value);
        return authority ? authority.names[locale] || authority.names.zh : value;
      }
    }
  };

  return (
    <SummaryList
      className="mb-8"
      rows={INSTANT_INFO_FIELDS[item.kind].map((spec) => {
        const label = t(`fields.${kindKey}.${spec.name}.label` as Parameters<typeof t>[0]);
        return {
          key: spec.name,
          label,
          value: (
            <div className="flex flex-wrap items-start justify-between gap-x-4">
              <span className="min-w-0">{shown(spec)}</span>
              <a href={`${formPath}#${instantFieldId(spec.name)}`}>
                {t("check.change")}
                <span className="sr-only"> {label}</span>
              </a>
            </div>
          ),
        };
      })}
    />
  );
}
