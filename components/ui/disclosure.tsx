type DisclosureProps = {
  summary: React.ReactNode;
  children: React.ReactNode;
};

/** Native <details>: opens without JavaScript, keyboard and screen-reader friendly. */
export function Disclosure({ summary, children }: DisclosureProps) {
  return (
    <details className="group mt-2">
      <summary className="cursor-pointer text-link underline underline-offset-2 hover:text-link-hover">
        {summary}
      </summary>
      <div className="mt-2 border-s-4 border-rule ps-4">{children}</div>
    </details>
  );
}
