/**
 * The {uscc} segment of the company endpoints (/api/v1/companies/{uscc}[/…]): what it names, as
 * the company page reads it (components/company/resolve-company-code.ts).
 * - a legacy 15-digit registration number, or a loosely typed code (lower case, spaces,
 *   full-width): redirect (308) to the canonical address;
 * - a well-formed code: look it up. A code with a wrong check character is looked up too (some
 *   early pilot-area codes are legal but fail the check); if the register does not hold it, the
 *   answer is 422 saying which character is wrong, otherwise 404;
 * - anything else: 422 naming the field `uscc` and the reason.
 */
import { classifyCodeInput } from "@/lib/codes/credit-code";
import { findUsccByRegistrationNumber } from "@/lib/records/companies";
import { AppError } from "./problem";

export type CompanyCodeSegment =
  | { kind: "redirect"; uscc: string }
  /** Look `uscc` up; when the register does not hold it, answer with `ifMissing`. */
  | { kind: "code"; uscc: string; ifMissing: AppError };

const FORMAT = "A unified social credit code has 18 characters (digits and capital letters except I, O, S, V, Z).";

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function readCompanyCodeSegment(segment: string): Promise<CompanyCodeSegment> {
  const raw = decodeSegment(segment);
  const input = classifyCodeInput(raw);
  if (input.kind === "registration-number") {
    const uscc = input.check.ok ? await findUsccByRegistrationNumber(input.check.code) : null;
    if (uscc === null) throw new AppError("not-found", `No company with registration number ${input.check.code} is on the register.`);
    return { kind: "redirect", uscc };
  }
  if (input.kind === "other") {
    throw new AppError("unprocessable", "The code must be a unified social credit code of 18 characters.", [
      { field: "uscc", reason: input.normalized.length === 0 ? "empty" : "length", detail: FORMAT },
    ]);
  }
  const { check } = input;
  if (!check.ok && check.reason !== "check-character") {
    throw new AppError("unprocessable", "This is not a valid unified social credit code.", [{ field: "uscc", reason: check.reason, detail: FORMAT }]);
  }
  if (check.code !== raw) return { kind: "redirect", uscc: check.code };
  const ifMissing = check.ok
    ? new AppError("not-found", `No company with the code ${check.code} is on the register.`)
    : new AppError("unprocessable", "The check character (18th) of this code is wrong.", [
        {
          field: "uscc",
          reason: "check-character",
          detail: `The 18th character should be ${check.expected} for the first 17 characters given.`,
          expected: check.expected,
        },
      ]);
  return { kind: "code", uscc: check.code, ifMissing };
}

/** 308 to the same address with the canonical code in place of the segment (query kept). */
export function redirectToCanonicalCode(request: Request, uscc: string): Response {
  const url = new URL(request.url);
  const parts = url.pathname.split("/");
  // /api/v1/companies/{uscc}/…: the segment after "companies".
  parts[parts.indexOf("companies") + 1] = uscc;
  url.pathname = parts.join("/");
  return new Response(null, { status: 308, headers: { location: url.pathname + url.search } });
}
