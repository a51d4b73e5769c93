import { classifyCodeInput } from "@/lib/codes/credit-code";
import { AppError, problemResponse } from "@/lib/api/problem";
import { findUsccByRegistrationNumber, getCompanyProfile } from "@/lib/records/companies";

/**
 * GET /api/v1/companies/{uscc} — the company's public record, exactly as its page shows it.
 * 404 for a well-formed code the register does not hold; 422 for a malformed code or a wrong
 * check character; a legacy registration number or a loosely typed code redirects (308) to
 * the canonical URL.
 */
export async function GET(request: Request, { params }: { params: Promise<{ uscc: string }> }): Promise<Response> {
  const { uscc: raw } = await params;
  const path = new URL(request.url).pathname;
  try {
    const input = classifyCodeInput(decodeURIComponent(raw));
    if (input.kind === "registration-number") {
      const uscc = input.check.ok ? await findUsccByRegistrationNumber(input.check.code) : null;
      if (uscc === null) throw new AppError("not-found", `No company with registration number ${input.check.code} is on the register.`);
      return Response.redirect(new URL(`/api/v1/companies/${uscc}`, request.url), 308);
    }
    if (input.kind === "other") {
      throw new AppError("unprocessable", "The code must be a unified social credit code of 18 characters.", [
        { field: "uscc", reason: input.normalized.length === 0 ? "empty" : "length", detail: "A unified social credit code has 18 characters (digits and capital letters except I, O, S, V, Z)." },
      ]);
    }
    const { check } = input;
    if (!check.ok) {
      throw new AppError(
        "unprocessable",
        check.reason === "check-character" ? "The check character (18th) of this code is wrong." : "This is not a valid unified social credit code.",
        [
          {
            field: "uscc",
            reason: check.reason,
            detail:
              check.reason === "check-character"
                ? `The 18th character should be ${check.expected} for the first 17 characters given.`
                : "A unified social credit code has 18 characters (digits and capital letters except I, O, S, V, Z).",
            ...(check.reason === "check-character" ? { expected: check.expected } : {}),
          },
        ],
      );
    }
    if (check.code !== raw) return Response.redirect(new URL(`/api/v1/companies/${check.code}`, request.url), 308);
    const profile = await getCompanyProfile(check.code);
    if (profile === null) throw new AppError("not-found", `No company with the code ${check.code} is on the register.`);
    return Response.json(profile, { headers: { "cache-control": "public, max-age=60" } });
  } catch (error) {
    return problemResponse(error, path);
  }
}
