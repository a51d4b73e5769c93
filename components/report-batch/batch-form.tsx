import { getTranslations } from "next-intl/server";
import { routing, type AppLocale } from "@/i18n/routing";
import { FormField } from "@/components/ui/form-field";
import { htmlLang, localeNativeName } from "@/lib/locales";
import { MAX_BATCH_UPLOAD_BYTES } from "@/lib/report/report-batch";

export type BatchFormError = "no-codes" | "too-many" | "file-too-large" | "file-not-text";

export const CODES_FIELD_ID = "batch-codes";
export const FILE_FIELD_ID = "batch-file";

export function batchErrorField(error: BatchFormError): string {
  return error.startsWith("file-") ? FILE_FIELD_ID : CODES_FIELD_ID;
}

/** Codes pasted or a CSV file, and the language of the reports; posts to /{locale}/reports/batch/start. Works without JavaScript. */
export async function BatchForm({ locale, error, count }: { locale: AppLocale; error?: BatchFormError; count?: number }) {
  const t = await getTranslations({ locale, namespace: "ReportBatch" });
  const message = error ? t(`errors.${error}`, { count: count ?? 0 }) : null;
  const codesError = error && batchErrorField(error) === CODES_FIELD_ID ? message : null;
  const fileError = error && batchErrorField(error) === FILE_FIELD_ID ? message : null;
  return (
    <form method="post" action={`/${locale}/reports/batch/start`} encType="multipart/form-data" noValidate className="max-w-2xl space-y-6">
      <FormField id={CODES_FIELD_ID} label={t("codesLabel")} hint={t("codesHint")} error={codesError}>
        {(control) => <textarea {...control} name="codes" rows={8} dir="ltr" spellCheck={false} autoComplete="off" className="input-text font-mono" />}
      </FormField>
      <FormField id={FILE_FIELD_ID} label={t("fileLabel")} hint={t("fileHint")} error={fileError}>
        {(control) => (
          <input {...control} name="file" type="file" accept=".csv,text/csv,text/plain" data-max-bytes={MAX_BATCH_UPLOAD_BYTES} className="block max-w-full" />
        )}
      </FormField>
      <FormField id="batch-locale" label={t("localeLabel")}>
        {(control) => (
          <select {...control} name="locale" defaultValue={locale} className="input-text mt-2 max-w-xs">
            {routing.locales.map((option) => (
              <option key={option} value={option} lang={htmlLang(option)}>
                {localeNativeName(option)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button-primary">
        {t("submit")}
      </button>
    </form>
  );
}
