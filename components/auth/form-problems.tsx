import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { FormFlash } from "@/lib/forms/form-flash";
import { LtrText } from "@/components/ui/bidi";

/** Codes, phone numbers and times in messages (<ltr>…</ltr>) read left to right on Uyghur pages, on one line. */
export const ltr = (chunks: React.ReactNode) => <LtrText className="whitespace-nowrap">{chunks}</LtrText>;

export type FormProblems = {
  /** For the error summary, in the form's field order. */
  summary: { href: string; text: React.ReactNode }[];
  /** The same words, by field, for the message next to it. */
  byField: Record<string, React.ReactNode>;
};

/**
 * The problems a form's POST handler sent back (lib/forms/form-flash.ts), translated: keys under
 * `<namespace>.errors`, in the order of `fields`; the throttle message gets its time.
 */
export async function formProblems({
  locale,
  namespace,
  flash,
  fields,
  fieldId = (field) => field,
}: {
  locale: AppLocale;
  namespace: "FilerAuth" | "Regulator";
  flash: FormFlash | null;
  fields: readonly string[];
  fieldId?: (field: string) => string;
}): Promise<FormProblems> {
  if (!flash) return { summary: [], byField: {} };
  const t = await getTranslations({ locale, namespace });
  const format = await getFormatter({ locale });
  const retryAt = flash.facts.retryAt ? new Date(flash.facts.retryAt) : null;
  const minutes = retryAt && !Number.isNaN(retryAt.getTime()) ? Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000)) : 1;
  const time = retryAt && !Number.isNaN(retryAt.getTime()) ? format.dateTime(retryAt, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) : "";
  const byField: Record<string, React.ReactNode> = {};
  const summary: FormProblems["summary"] = [];
  for (const field of fields) {
    const key = flash.errors[field];
    if (!key || !t.has(`errors.${key}` as never)) continue;
    const text = t.rich(`errors.${key}` as never, { minutes, time, ltr } as never);
    byField[field] = text;
    summary.push({ href: `#${fieldId(field)}`, text });
  }
  return { summary, byField };
}
