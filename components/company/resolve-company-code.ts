import { cache } from "react";
import { classifyCodeInput } from "@/lib/codes/credit-code";
import { findUsccByRegistrationNumber, getCompanyProfile } from "@/lib/records/companies";
import { tagCompanyPages } from "@/lib/records/company-pages-cache";
import type { CompanyProfile } from "@/lib/records/company-profile";

/** Why a code in the URL cannot name a company, for the explanation page. */
export type CodeProblem =
  | { kind: "uscc-length"; code: string; length: number }
  | { kind: "uscc-character"; code: string }
  | { kind: "uscc-check-character"; code: string; expected: string; corrected: string }
  | { kind: "registration-number-check-digit"; code: string; expected: string };

export type CompanyCodeResolution =
  | { kind: "found"; profile: CompanyProfile }
  /** A legacy registration number or a loosely typed code: go to the canonical URL. */
  | { kind: "redirect"; uscc: string }
  | { kind: "invalid"; problem: CodeProblem }
  | { kind: "not-found" };

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * One profile read per request, shared by generateMetadata and the page. The page is tagged with
 * the code whether or not a company has it yet (lib/records/company-pages-cache.ts).
 */
export const loadCompanyProfile = cache(async (uscc: string) => {
  await tagCompanyPages(uscc);
  return getCompanyProfile(uscc);
});

/**
 * What the `[uscc]` segment names. Codes are normalised (spaces, lower case, full-width) and
 * checked; a code with a wrong check character is still looked up first, because some early
 * pilot-area codes are legal but fail the check (DOMAIN.md).
 */
export const resolveCompanyCode = cache(async (segment: string): Promise<CompanyCodeResolution> => {
  const raw = decodeSegment(segment);
  const input = classifyCodeInput(raw);

  if (input.kind === "registration-number") {
    const uscc = await findUsccByRegistrationNumber(input.check.code);
    if (uscc !== null) return { kind: "redirect", uscc: uscc.trim() };
    if (!input.check.ok && input.check.reason === "check-digit") {
      return { kind: "invalid", problem: { kind: "registration-number-check-digit", code: input.check.code, expected: input.check.expected } };
    }
    return { kind: "not-found" };
  }
  if (input.kind === "other") {
    const code = input.normalized;
    return {
      kind: "invalid",
      problem: code.length === 18 ? { kind: "uscc-character", code } : { kind: "uscc-length", code, length: [...code].length },
    };
  }

  const { check } = input;
  if (!check.ok && check.reason !== "check-character") {
    return {
      kind: "invalid",
      problem: check.reason === "character" ? { kind: "uscc-character", code: check.code } : { kind: "uscc-length", code: check.code, length: check.code.length },
    };
  }
  if (check.code !== raw) return { kind: "redirect", uscc: check.code };
  const profile = await loadCompanyProfile(check.code);
  if (profile !== null) return { kind: "found", profile };
  if (!check.ok) {
    return {
      kind: "invalid",
      problem: {
        kind: "uscc-check-character",
        code: check.code,
        expected: check.expected,
        corrected: check.code.slice(0, 17) + check.expected,
      },
    };
  }
  return { kind: "not-found" };
});
