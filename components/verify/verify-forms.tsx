import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { ltr } from "@/components/auth/form-problems";
import { FormField } from "@/components/ui/form-field";
import { MAX_UPLOAD_BYTES } from "@/lib/report/credit-reports";

export type VerifyFormError = "code-format" | "missing-file" | "too-large" | "not-pdf";

export const CODE_FIELD_ID = "report-code";
export const FILE_FIELD_ID = "report-file";

/** The field an error belongs to (for the error summary's links). */
export function verifyErrorField(error: VerifyFormError): string {
  return error === "code-format" ? CODE_FIELD_ID : FILE_FIELD_ID;
}

type VerifyFormsProps = { locale: AppLocale; code?: string; error?: VerifyFormError };

/**
 * The two ways to check a report: its number (GET, so the result has an address) or its file
 * (a multipart POST to /{locale}/verify/upload, which redirects to the result). Both work without
 * JavaScript.
 */
export async function VerifyForms({ locale, code = "", error }: VerifyFormsProps) {
  const t = await getTranslations({ locale, namespace: "Verify" });
  const codeError = error === "code-format" ? t(`errors.${error}`) : null;
  const fileError = error && error !== "code-format" ? t(`errors.${error}`) : null;
  return (
    <div className="space-y-8">
      <form method="get" action={`/${locale}/verify`} noValidate>
        <fieldset>
          <legend className="mb-3 text-xl font-bold">{t("codeLegend")}</legend>
          <FormField id={CODE_FIELD_ID} label={t("codeLabel")} hint={t.rich("codeHint", { ltr })} error={codeError}>
            {(control) => (
              <input
                {...control}
                name="code"
                type="text"
                dir="ltr"
                defaultValue={code}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="characters"
                className="input-text mb-4 max-w-xs font-mono tracking-wide"
              />
            )}
          </FormField>
          <button type="submit" className="button-primary">
            {t("codeButton")}
          </button>
        </fieldset>
      </form>

      <form method="post" action={`/${locale}/verify/upload`} encType="multipart/form-data" noValidate>
        <fieldset>
          <legend className="mb-3 text-xl font-bold">{t("fileLegend")}</legend>
          <FormField id={FILE_FIELD_ID} label={t("fileLabel")} hint={t("fileHint")} error={fileError}>
            {(control) => (
              <input {...control} name="file" type="file" accept="application/pdf,.pdf" data-max-bytes={MAX_UPLOAD_BYTES} className="mb-4 block max-w-full" />
            )}
          </FormField>
          <button type="submit" className="button-primary">
            {t("fileButton")}
          </button>
        </fieldset>
      </form>
    </div>
  );
}
