import type { AppLocale } from "@/i18n/routing";

type Names = { nameZh: string; nameUg: string | null };

/** On Uyghur pages a company's Uyghur name comes first when it has one; elsewhere the Chinese name. */
export function orderedNames(locale: AppLocale, { nameZh, nameUg }: Names): { primary: NameText; secondary: NameText | null } {
  const zh: NameText = { text: nameZh, lang: "zh-CN", dir: "ltr" };
  if (!nameUg) return { primary: zh, secondary: null };
  const ug: NameText = { text: nameUg, lang: "ug", dir: "rtl" };
  return locale === "ug" ? { primary: ug, secondary: zh } : { primary: zh, secondary: ug };
}

export type NameText = { text: string; lang: "zh-CN" | "ug"; dir: "ltr" | "rtl" };

/** A name in its own language and direction, isolated from the text around it. */
export function NameSpan({ name, className }: { name: NameText; className?: string }) {
  return (
    <span lang={name.lang} dir={name.dir} className={className}>
      {name.text}
    </span>
  );
}

/** The primary name, then the other one in smaller type (for lists and links). */
export function CompanyNames({ locale, names, className }: { locale: AppLocale; names: Names; className?: string }) {
  const { primary, secondary } = orderedNames(locale, names);
  return (
    <span className={className}>
      <NameSpan name={primary} />
      {secondary ? (
        <>
          {" "}
          <span className="block text-base font-normal text-ink-secondary">
            <NameSpan name={secondary} />
          </span>
        </>
      ) : null}
    </span>
  );
}

/** The primary name as plain text (page titles, names inside sentences). */
export function companyTitle(locale: AppLocale, names: Names): string {
  return orderedNames(locale, names).primary.text;
}
