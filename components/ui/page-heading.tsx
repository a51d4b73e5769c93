type PageHeadingProps = {
  caption?: React.ReactNode;
  children: React.ReactNode;
};

/** The page's one h1, with an optional caption above it (GOV.UK caption-l). */
export function PageHeading({ caption, children }: PageHeadingProps) {
  return (
    <div className="mb-6">
      {caption ? <p className="mb-1 text-lg text-ink-secondary">{caption}</p> : null}
      <h1 className="text-2xl leading-tight font-bold sm:text-3xl">{children}</h1>
    </div>
  );
}
