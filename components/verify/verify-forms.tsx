import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
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
          <div className={codeError ? "border-s-4 border-error ps-4" : ""}>
            <label htmlFor={CODE_FIELD_ID} className="block font-bold">
              {t("codeLabel")}
            </label>
            <p id={`${CODE_FIELD_ID}-hint`} className="mb-2 text-ink-secondary">
              {t("codeHint")}
            </p>
            {codeError ? (
              <p id={`${CODE_FIELD_ID}-error`} className="mb-2 font-bold text-error">
                {codeError}
              </p>
            ) : null}
            <input
              id={CODE_FIELD_ID}
              name="code"
              type="text"
              dir="ltr"
              defaultValue={code}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              className="input-text mb-4 max-w-xs font-mono tracking-wide"
              aria-describedby={`${CODE_FIELD_ID}-hint${codeError ? ` ${CODE_FIELD_ID}-error` : ""}`}
              {...(codeError ? { "aria-invalid": true } : {})}
            />
          </div>
          <button type="submit" className="button-primary">
            {t("codeButton")}
          </button>
        </fieldset>
      </form>

      <form method="post" action={`/${locale}/verify/upload`} encType="multipart/form-data" noValidate>
        <fieldset>
          <legend className="mb-3 text-xl font-bold">{t("fileLegend")}</legend>
          <div className={fileError ? "border-s-4 border-error ps-4" : ""}>
            <label htmlFor={FILE_FIELD_ID} className="block font-bold">
              {t("fileLabel")}
            </label>
            <p id={`${FILE_FIELD_ID}-hint`} className="mb-2 text-ink-secondary">
              {t("fileHint")}
            </p>
            {fileError ? (
              <p id={`${FILE_FIELD_ID}-error`} className="mb-2 font-bold text-error">
                {fileError}
              </p>
            ) : null}
            <input
              id={FILE_FIELD_ID}
              name="file"
              type="file"
              accept="application/pdf,.pdf"
              data-max-bytes={MAX_UPLOAD_BYTES}
              className="mb-4 block max-w-full"
              aria-describedby={`${FILE_FIELD_ID}-hint${fileError ? ` ${FILE_FIELD_ID}-error` : ""}`}
              {...(fileError ? { "aria-invalid": true } : {})}
            />
          </div>
          <button type="submit" className="button-primary">
            {t("fileButton")}
          </button>
        </fieldset>
      </form>
    </div>
  );
}
