export type SummaryRow = {
  key: string;
  label: React.ReactNode;
  value: React.ReactNode;
};

type SummaryListProps = {
  rows: SummaryRow[];
  className?: string;
};

/** Key–value pairs (GOV.UK summary list): stacked on phones, two columns from `sm` up. */
export function SummaryList({ rows, className = "" }: SummaryListProps) {
  return (
    <dl className={`border-t border-rule ${className}`}>
      {rows.map((row) => (
        <div key={row.key} className="border-b border-rule py-2 sm:flex sm:gap-4">
          <dt className="font-bold sm:w-1/3 sm:shrink-0">{row.label}</dt>
          <dd className="m-0 min-w-0 sm:flex-1">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
