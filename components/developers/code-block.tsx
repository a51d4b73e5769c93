type CodeBlockProps = {
  /** Names the block for screen readers (it is a scrollable region). */
  label: string;
  children: string;
};

/**
 * A command or a JSON sample: always left to right (also on Uyghur pages), scrolling inside its
 * own box on a narrow screen instead of widening the page; focusable so the keyboard can scroll it.
 */
export function CodeBlock({ label, children }: CodeBlockProps) {
  return (
    <pre dir="ltr" tabIndex={0} role="region" aria-label={label} className="mb-4 max-w-full overflow-x-auto border-s-4 border-rule bg-panel p-3 text-sm leading-relaxed">
      <code className="font-mono">{children}</code>
    </pre>
  );
}
