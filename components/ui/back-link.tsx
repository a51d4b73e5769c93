type BackLinkProps = { href: string; children: React.ReactNode };

/**
 * GOV.UK back link, above the page's content. The chevron ‹ is a bidi-mirrored character: on a
 * right-to-left page the browser draws it as ›, pointing to the start edge, so it needs no flip.
 */
export function BackLink({ href, children }: BackLinkProps) {
  return (
    <p className="mb-6">
      <a href={href} className="inline-flex items-center gap-1 text-ink underline visited:text-ink">
        <span aria-hidden="true">‹</span>
        {children}
      </a>
    </p>
  );
}
