type SkipLinkProps = {
  /** The id of the element to jump to, without `#`. */
  targetId: string;
  children: React.ReactNode;
};

/**
 * The first focusable element on every page: hidden until it receives keyboard focus,
 * then shown in the GOV.UK focus colours at the top of the page.
 */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  return (
    <a
      href={`#${targetId}`}
      className="sr-only block bg-focus px-4 py-2 text-ink focus:not-sr-only focus:outline-none"
    >
      {children}
    </a>
  );
}
