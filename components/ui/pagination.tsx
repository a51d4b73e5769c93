type PaginationProps = {
  currentPage: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  labels: {
    nav: string;
    previous: string;
    next: string;
    /** Accessible name of a numbered link, e.g. "Page 3". */
    page: (page: number) => string;
  };
};

/** Page numbers to show: first, last, and the current one with its neighbours; null is a gap. */
export function visiblePages(currentPage: number, totalPages: number): (number | null)[] {
  const wanted = new Set([1, totalPages, currentPage - 1, currentPage, currentPage + 1]);
  const pages = [...wanted].filter((page) => page >= 1 && page <= totalPages).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const page of pages) {
    const previous = result[result.length - 1];
    if (typeof previous === "number" && page - previous > 1) result.push(null);
    result.push(page);
  }
  return result;
}

function Arrow({ direction }: { direction: "previous" | "next" }) {
  // Points towards the start or end of the line: mirrored on right-to-left pages.
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
      className="inline-block h-3 w-3.5 fill-current rtl:-scale-x-100"
    >
      {direction === "previous" ? (
        <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
      ) : (
        <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
      )}
    </svg>
  );
}

/** GOV.UK pagination: previous / numbered / next links, plain hrefs (works without JavaScript). */
export function Pagination({ currentPage, totalPages, hrefFor, labels }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-8 flex flex-wrap items-center gap-x-4 gap-y-2">
      {currentPage > 1 ? (
        <a href={hrefFor(currentPage - 1)} rel="prev" className="inline-flex items-center gap-2 py-1 font-bold">
          <Arrow direction="previous" />
          {labels.previous}
        </a>
      ) : null}
      <ul className="flex flex-wrap items-center gap-1">
        {visiblePages(currentPage, totalPages).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-2">
              …
            </li>
          ) : (
            <li key={page}>
              {page === currentPage ? (
                <span aria-current="page" className="inline-block min-w-9 bg-link px-2 py-1 text-center font-bold text-white">
                  <bdi>{page}</bdi>
                </span>
              ) : (
                <a href={hrefFor(page)} aria-label={labels.page(page)} className="inline-block min-w-9 px-2 py-1 text-center">
                  <bdi>{page}</bdi>
                </a>
              )}
            </li>
          ),
        )}
      </ul>
      {currentPage < totalPages ? (
        <a href={hrefFor(currentPage + 1)} rel="next" className="inline-flex items-center gap-2 py-1 font-bold">
          {labels.next}
          <Arrow direction="next" />
        </a>
      ) : null}
    </nav>
  );
}
