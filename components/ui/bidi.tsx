type TextProps = { children: React.ReactNode; className?: string };

/**
 * A code, number or other Latin-script token that must read left to right even on a
 * right-to-left page (credit codes, registration numbers, phone numbers, URLs).
 */
export function LtrText({ children, className }: TextProps) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/**
 * Isolates a formatted value (a date, an amount with its unit) so that its own direction,
 * decided by its first strong character, does not mix with the text around it.
 */
export function Isolate({ children, className }: TextProps) {
  return <bdi className={className}>{children}</bdi>;
}

/** `children` with each of its strings replaced by `split(text)`'s parts, keyed by position. */
function splitStrings(children: React.ReactNode, split: (text: string, key: string) => React.ReactNode[]): React.ReactNode[] {
  return (Array.isArray(children) ? children : [children]).flatMap((child, index) => (typeof child === "string" ? split(child, String(index)) : [child]));
}

/** `text` with a line-break opportunity after each "/" (and only there, unless a part is longer than the line). */
function breakAfterSlashes(text: string, key: string): React.ReactNode[] {
  return text.split(/(?<=\/)/).flatMap((part, index) => (index === 0 ? [part] : [<wbr key={`${key}-${index}`} />, part]));
}

/** `text` with each word kept whole: lines break only at its spaces. */
function wholeWords(text: string, key: string): React.ReactNode[] {
  return text.split(/(\s+)/).map((word, index) =>
    /^\s*$/.test(word) ? word : (
      <span key={`${key}-${index}`} className="whitespace-nowrap">
        {word}
      </span>
    ),
  );
}

/**
 * An address or path on the site ("/api/v1/companies/{uscc}"): left to right on every page, in
 * the code font, and broken across lines only after a "/", so that no segment is torn in two.
 */
export function UrlPath({ children, className }: TextProps) {
  return (
    <bdi dir="ltr" className={`font-mono wrap-anywhere ${className ?? ""}`.trim()}>
      {splitStrings(children, breakAfterSlashes)}
    </bdi>
  );
}

/**
 * A command in running text ("npm run api-key:create -- --authority <id>"): left to right, in the
 * code font, wrapping between its words where the line is too short, never inside one.
 */
export function CommandText({ children }: { children: React.ReactNode }) {
  return <bdi dir="ltr" className="font-mono">{splitStrings(children, wholeWords)}</bdi>;
}
