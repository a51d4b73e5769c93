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

/** `text` with a line-break opportunity after each "/" (and only there, unless a part is longer than the line). */
function breakAfterSlashes(text: string): React.ReactNode[] {
  return text.split(/(?<=\/)/).flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

/**
 * An address or path on the site ("/api/v1/companies/{uscc}"): left to right on every page, in
 * the code font, and broken across lines only after a "/", so that no segment is torn in two.
 */
export function UrlPath({ children, className }: TextProps) {
  const parts = (Array.isArray(children) ? children : [children]).flatMap((child) => (typeof child === "string" ? breakAfterSlashes(child) : [child]));
  return (
    <bdi dir="ltr" className={`font-mono wrap-anywhere ${className ?? ""}`.trim()}>
      {parts}
    </bdi>
  );
}
