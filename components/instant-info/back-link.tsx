/** GOV.UK back link: above the heading, to the previous page of the journey. The chevron mirrors itself on right-to-left pages. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-6">
      <a href={href} className="inline-flex items-center gap-1 text-ink visited:text-ink">
        <span aria-hidden="true">‹</span>
        {children}
      </a>
    </p>
  );
}
