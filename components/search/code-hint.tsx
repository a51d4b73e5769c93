import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import { Banner } from "@/components/ui/banner";

type CodeHintProps = { locale: AppLocale; typed: string; expected: string };

const code = (chunks: React.ReactNode) => <LtrText className="font-mono font-bold">{chunks}</LtrText>;

/** "The check character of this code is wrong; did you mean …": a search for the corrected code. */
export async function CodeHint({ locale, typed, expected }: CodeHintProps) {
  const t = await getTranslations({ locale, namespace: "Search.codeHint" });
  const corrected = typed.slice(0, 17) + expected;
  return (
    <Banner tone="warning" title={t("title")}>
      <p>{t.rich("text", { code, value: typed, expected })}</p>
      <p>
        {t.rich("didYouMean", {
          link: (chunks) => <a href={`/${locale}/search?q=${encodeURIComponent(corrected)}`}>{chunks}</a>,
          code,
          corrected,
        })}
      </p>
    </Banner>
  );
}
