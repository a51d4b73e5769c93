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
