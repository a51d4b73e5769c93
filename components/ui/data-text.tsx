/**
 * Text as it was registered (names, addresses, business scope, decision documents) keeps its own
 * language whatever the page's locale. Its script decides `lang` (fonts, line breaking, screen
 * reader voice) and `dir` (an Arabic-script value reads right to left on every page, a Chinese
 * value left to right), and the element isolates it from the surrounding text.
 */
type DataTextProps = {
  text: string;
  as?: "span" | "p" | "div";
  className?: string;
};

const ARABIC_LETTERS = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const HAN_CHARACTERS = /\p{Script=Han}/gu;

/**
 * The language of a registered value by the script most of its letters are in: a Chinese decision
 * document that quotes a company's Uyghur name is still Chinese (and left to right), a Uyghur
 * name with a Chinese word in brackets still Uyghur.
 */
export function scriptAttributes(text: string): { lang?: string; dir: "ltr" | "rtl" | "auto" } {
  const arabic = text.match(ARABIC_LETTERS)?.length ?? 0;
  const han = text.match(HAN_CHARACTERS)?.length ?? 0;
  if (arabic === 0 && han === 0) return { dir: "auto" };
  return arabic > han ? { lang: "ug", dir: "rtl" } : { lang: "zh-CN", dir: "ltr" };
}

export function DataText({ text, as: Element = "span", className }: DataTextProps) {
  const { lang, dir } = scriptAttributes(text);
  return (
    // Only the attributes that are set: undefined props still take room in the RSC payload.
    <Element dir={dir} {...(lang ? { lang } : {})} {...(className ? { className } : {})}>
      {text}
    </Element>
  );
}
