import { unstable_cache } from "next/cache";
import { expireTags } from "@/lib/page-cache/shared-tags";

/**
 * Company pages (/{locale}/companies/{uscc}, its record sections and annual reports, in every
 * locale) are served from Next's cache. Each render of one carries the company's cache tag, so a
 * write that changes a company's public record expires all of its pages with one tag, at once
 * (the next request renders afresh). The tag is attached even when no company has the code yet:
 * a registration received later must replace a cached "not found" page.
 *
 * Why a tag rather than revalidatePath: that takes one call per address and locale (six for a
 * penalty: the page and its section in three languages), and Next searches its list of pending
 * revalidations on every call, so a batch of 1,000 companies spent 0.3 s in it. A per-company
 * layout path does not help: Next derives layout tags from the route pattern, not the address.
 */
export function companyPagesTag(uscc: string): string {
  return `company:${uscc}`;
}

/**
 * Marks the page being rendered as showing the company's record. Next attaches the tags of an
 * unstable_cache call to the page that made it; the cached value itself is the code (nothing
 * private, a few bytes per company).
 */
export async function tagCompanyPages(uscc: string): Promise<void> {
  await unstable_cache(async () => uscc, ["company-pages", uscc], { tags: [companyPagesTag(uscc)], revalidate: false })();
}

/**
 * Expires every cached page of these companies, in every server process, before it returns (call
 * after the commit, and answer after it: Next's own revalidateTag would expire them only after the
 * response has gone, and only in this process; see lib/page-cache/shared-tags.js).
 */
export async function revalidateCompanyPages(usccs: Iterable<string>): Promise<void> {
  await expireTags([...new Set(usccs)].map(companyPagesTag));
}
