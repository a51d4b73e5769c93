type BackLinkProps = { href: string; children: React.ReactNode };

/**
 * GOV.UK back link, above the page's content: the arrow points to the start edge, so it is
 * mirrored on right-to-left pages.
 */
export function BackLink({ href, children }: BackLinkProps) {
  return (
    <a href={href} className="mb-6 inline-flex items-center gap-1 text-ink underline visited:text-ink">
      <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
        ‹
      </span>
      {children}
    </a>
  );
}
