type SectionProps = {
  id: string;
  title: string;
  /** h2 for a page's main parts, h3 inside them. */
  level?: 2 | 3;
  /** Shown instead of the children when there is nothing to show. */
  isEmpty?: boolean;
  emptyText?: string;
  /** A link back to the page's contents list, after the section. */
  backLink?: { href: string; text: string };
  children?: React.ReactNode;
};

/** One titled part of a long page, reachable by its id from a contents list. */
export function Section({ id, title, level = 3, isEmpty = false, emptyText, backLink, children }: SectionProps) {
  const Heading = level === 2 ? "h2" : "h3";
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mb-10 scroll-mt-4">
      <Heading id={headingId} className={level === 2 ? "mb-4 text-2xl font-bold" : "mb-3 text-xl font-bold"}>
        {title}
      </Heading>
      {isEmpty ? <p className="text-ink-secondary">{emptyText}</p> : children}
      {backLink ? (
        <p className="mt-3 text-sm">
          <a href={backLink.href}>{backLink.text}</a>
        </p>
      ) : null}
    </section>
  );
}
