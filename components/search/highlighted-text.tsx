import { scriptAttributes } from "@/components/ui/data-text";
import type { TextSegment } from "@/lib/search/contract";

type HighlightedTextProps = {
  segments: TextSegment[];
  className?: string;
  /** Language and direction of the whole value; by default taken from its script. */
  lang?: string;
  dir?: "ltr" | "rtl" | "auto";
};

/**
 * A registered value with the parts that matched the search in <mark> (announced as
 * "highlighted" by screen readers). The value keeps its own language and direction.
 */
export function HighlightedText({ segments, className, lang, dir }: HighlightedTextProps) {
  const text = segments.map((segment) => segment.text).join("");
  const attributes = lang || dir ? { lang, dir: dir ?? "auto" } : scriptAttributes(text);
  return (
    <span dir={attributes.dir} {...(attributes.lang ? { lang: attributes.lang } : {})} {...(className ? { className } : {})}>
      {segments.map((segment, index) =>
        segment.isMatch ? (
          <mark key={index} className="bg-[#fff2a8] px-px text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </span>
  );
}

/** A value without highlight data, as a single unmarked segment. */
export function plainSegments(text: string): TextSegment[] {
  return [{ text, isMatch: false }];
}
