/**
 * The pages a reviewer looks at (npm run screenshots) and Lighthouse scores (npm run lighthouse),
 * as paths after the locale prefix. The company is found over the site's own JSON API: a live
 * company with a Uyghur name and a published annual report, so its page is a full one.
 * `signedIn` pages need a filer's or a regulator's session (screenshots signs in with the demo
 * and test registers' logins, README).
 */
export type ReviewPage = {
  name: string;
  path: string;
  /**
   * Scored by npm run lighthouse (issue 7: home, search, company page, annual report). "noindex":
   * a page kept out of search engines on purpose (search results: robots meta and robots.txt), so
   * Lighthouse's "page is blocked from indexing" is expected and left out of its SEO score.
   */
  lighthouse?: true | "noindex";
  signedIn?: "filer" | "regulator";
};

type SearchAnswer = { hits: { uscc: string; nameUg: string | null }[] };
type CompanyAnswer = { selfPublished: { annualReports: { year: number }[] } };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A company with a Uyghur name and a published annual report, and the year of its latest one. */
export async function findReviewCompany(base: string): Promise<{ uscc: string; year: number | null }> {
  let fallback: { uscc: string; year: number | null } | null = null;
  for (let page = 1; page <= 5; page++) {
    const { hits } = await getJson<SearchAnswer>(`${base}/api/v1/search?q=${encodeURIComponent("有限公司")}&status=active&page=${page}`);
    for (const hit of hits) {
      if (hit.nameUg === null) continue;
      const company = await getJson<CompanyAnswer>(`${base}/api/v1/companies/${hit.uscc}`);
      const years = company.selfPublished.annualReports.map((report) => report.year);
      if (years.length > 0) return { uscc: hit.uscc, year: Math.max(...years) };
      fallback ??= { uscc: hit.uscc, year: null };
    }
  }
  if (fallback) return fallback;
  throw new Error("No live company with a Uyghur name found over the search API: is the register seeded?");
}

/**
 * Every kind of page. `company` (with its latest annual report's year) is found over the API when
 * not given; `reportId` adds the verification page of an issued credit report; `filerUscc` adds the
 * filer's pages (its 2025 report must have been started for the question pages to open).
 */
export async function reviewPages(
  base: string,
  { filerUscc, company, reportId }: { filerUscc?: string; company?: { uscc: string; year: number | null }; reportId?: string | null } = {},
): Promise<ReviewPage[]> {
  const { uscc, year } = company ?? (await findReviewCompany(base));
  const filing = filerUscc ? `/filing/${filerUscc}` : null;
  return [
    { name: "home", path: "", lighthouse: true },
    { name: "search", path: "/search", lighthouse: true },
    { name: "search-results", path: `/search?q=${encodeURIComponent("乌鲁木齐")}`, lighthouse: "noindex" },
    { name: "search-filtered", path: `/search?q=${encodeURIComponent("有限公司")}&status=active&sort=established-desc&page=2` },
    { name: "search-empty", path: "/search?q=zzzqqq" },
    { name: "company", path: `/companies/${uscc}`, lighthouse: true },
    { name: "company-penalties", path: `/companies/${uscc}/records/penalties` },
    { name: "company-shareholders", path: `/companies/${uscc}/records/shareholders` },
    ...(year ? [{ name: "annual-report", path: `/companies/${uscc}/annual-reports/${year}`, lighthouse: true } satisfies ReviewPage] : []),
    { name: "company-code-problem", path: `/companies/${uscc.slice(0, 17)}${uscc[17] === "0" ? "1" : "0"}` },
    { name: "company-code-length", path: "/companies/12345" },
    { name: "verify", path: "/verify" },
    ...(reportId ? [{ name: "verify-report", path: `/verify/${reportId}` } satisfies ReviewPage] : []),
    { name: "reports-batch", path: "/reports/batch" },
    { name: "data", path: "/data" },
    { name: "developers", path: "/developers" },
    { name: "filing", path: "/filing" },
    { name: "filing-login", path: "/filing/login" },
    { name: "filing-activate", path: "/filing/activate" },
    { name: "filing-reset", path: "/filing/reset" },
    { name: "regulator-login", path: "/regulator/login" },
    { name: "not-found", path: "/no-such-page" },
    ...(filing
      ? ([
          { name: "filing-dashboard", path: filing, signedIn: "filer" },
          { name: "filing-choose-year", path: `${filing}/reports/new`, signedIn: "filer" },
          { name: "filing-step-basic", path: `${filing}/reports/2025/basic`, signedIn: "filer" },
          { name: "filing-step-shareholders", path: `${filing}/reports/2025/shareholders`, signedIn: "filer" },
          { name: "filing-step-assets", path: `${filing}/reports/2025/assets`, signedIn: "filer" },
          { name: "filing-check", path: `${filing}/reports/2025/check`, signedIn: "filer" },
          { name: "filing-instant", path: `${filing}/instant`, signedIn: "filer" },
          { name: "filing-instant-licence", path: `${filing}/instant/licence`, signedIn: "filer" },
          { name: "filing-removal", path: `${filing}/removal`, signedIn: "filer" },
        ] satisfies ReviewPage[])
      : []),
    { name: "regulator-home", path: "/regulator", signedIn: "regulator" },
    { name: "regulator-filing-codes", path: "/regulator/filing-codes", signedIn: "regulator" },
    { name: "regulator-removals", path: "/regulator/removals", signedIn: "regulator" },
    { name: "regulator-api-keys", path: "/regulator/api-keys", signedIn: "regulator" },
  ];
}
