type ErrorSummaryProps = {
  title: string;
  /** Each problem links to the field it is about (`href` is "#field-id"). */
  errors: { href: string; text: React.ReactNode }[];
};

/**
 * GOV.UK error summary: above the heading, lists every problem and links to its field. The
 * inline message next to the field uses the same words.
 */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="error-summary-title" tabIndex={-1} className="mb-6 border-4 border-error p-4">
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <ul className="space-y-1">
        {errors.map((error) => (
          <li key={error.href}>
            <a href={error.href} className="font-bold text-error visited:text-error hover:text-error">
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
