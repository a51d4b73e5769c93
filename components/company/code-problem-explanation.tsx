import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { SearchBox } from "@/components/layout/search-box";
import { getSuggestionLabels } from "@/components/search/suggestion-labels";
import { LtrText } from "@/components/ui/bidi";
import { PageHeading } from "@/components/ui/page-heading";
import type { CodeProblem } from "./resolve-company-code";

type CodeProblemExplanationProps = { locale: AppLocale; problem: CodeProblem };

const code = (chunks: React.ReactNode) => <LtrText className="font-mono font-bold">{chunks}</LtrText>;

/** The page title (and h1) for a code problem. */
export async function getCodeProblemTitle(locale: AppLocale, problem: CodeProblem): Promise<string> {
  const t = await getTranslations({ locale, namespace: "CodeProblem" });
  switch (problem.kind) {
    case "uscc-length":
    case "uscc-character":
      return t("invalidTitle");
    case "uscc-check-character":
      return t("checkCharacterTitle");
    case "registration-number-check-digit":
      return t("registrationNumberTitle");
  }
}

/** Says what is wrong with a code in the address and how to find the company instead. */
export async function CodeProblemExplanation({ locale, problem }: CodeProblemExplanationProps) {
  const t = await getTranslations({ locale, namespace: "CodeProblem" });
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const title = await getCodeProblemTitle(locale, problem);

  let explanation: React.ReactNode;
  switch (problem.kind) {
    case "uscc-length":
      explanation = t.rich("length", { code, value: problem.code, length: problem.length });
      break;
    case "uscc-character":
      explanation = t.rich("character", { code, value: problem.code });
      break;
    case "uscc-check-character":
      explanation = t.rich("checkCharacter", { code, value: problem.code, expected: problem.expected });
      break;
    case "registration-number-check-digit":
      explanation = t.rich("registrationNumberCheckDigit", { code, value: problem.code, expected: problem.expected });
      break;
  }

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="mb-8 max-w-3xl space-y-4 text-lg">
        <p>{explanation}</p>
        {problem.kind === "uscc-check-character" ? (
          <p>
            {t.rich("didYouMean", {
              link: (chunks) => <a href={`/${locale}/companies/${problem.corrected}`}>{chunks}</a>,
              code,
              corrected: problem.corrected,
            })}
          </p>
        ) : null}
        <p>{t("rules")}</p>
      </div>
      <div className="max-w-xl">
        <SearchBox
          id="code-problem-search"
          locale={locale}
          label={t("searchLabel")}
          hint={t("searchHint")}
          buttonText={layout("searchButton")}
          defaultValue={problem.code}
          suggestions={await getSuggestionLabels(locale)}
        />
      </div>
    </>
  );
}
