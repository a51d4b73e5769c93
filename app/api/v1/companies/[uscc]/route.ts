import { readCompanyCodeSegment, redirectToCanonicalCode } from "@/lib/api/company-code";
import { publicGet, publicPreflight } from "@/lib/api/public-endpoint";
import { getCompanyProfile } from "@/lib/records/companies";

/**
 * GET /api/v1/companies/{uscc} — the company's public record, exactly as its page shows it
 * (lib/api/schemas/company-profile.ts). 404 for a well-formed code the register does not hold;
 * 422 for a malformed code or a wrong check character; a legacy registration number or a loosely
 * typed code redirects (308) to the canonical address (lib/api/company-code.ts).
 */
export const GET = publicGet<{ uscc: string }>(async (request, { params }) => {
  const segment = await readCompanyCodeSegment((await params).uscc);
  if (segment.kind === "redirect") return redirectToCanonicalCode(request, segment.uscc);
  const profile = await getCompanyProfile(segment.uscc);
  if (profile === null) throw segment.ifMissing;
  return Response.json(profile);
});

export const OPTIONS = publicPreflight;
