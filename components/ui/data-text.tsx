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

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const HAN_SCRIPT = /\p{Script=Han}/u;

export function scriptAttributes(text: string): { lang?: string; dir: "ltr" | "rtl" | "auto" } {
  if (ARABIC_SCRIPT.test(text)) return { lang: "ug", dir: "rtl" };
  if (HAN_SCRIPT.test(text)) return { lang: "zh-CN", dir: "ltr" };
  return { dir: "auto" };
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
