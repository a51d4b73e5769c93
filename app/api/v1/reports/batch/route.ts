import { after } from "next/server";
import { z } from "zod";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { AppError, problemResponse } from "@/lib/api/problem";
import { MAX_BATCH_CODES, MAX_BATCH_UPLOAD_BYTES, codesFromCsv, getBatchStatus, startBatch } from "@/lib/report/report-batch";
import { batchStatusJson } from "@/lib/report/report-batch-json";

const body = z.object({
  codes: z.array(z.string().max(64)).min(1).max(MAX_BATCH_CODES),
  locale: z.enum(routing.locales).default(routing.defaultLocale),
});

/**
 * POST /api/v1/reports/batch — up to 200 codes: JSON `{ "codes": [...], "locale": "zh" }`, or a
 * CSV file as the body (text/csv; codes in the first column; `?locale=`). 202 with the batch's
 * status and a Location to poll (GET /api/v1/reports/batch/{id}); when its state is "done", the
 * ZIP is at /api/v1/reports/batch/{id}/download. 422 names the field that is wrong.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  try {
    if (Number(request.headers.get("content-length") ?? "0") > MAX_BATCH_UPLOAD_BYTES) throw new AppError("payload-too-large", "A list of 200 codes is far smaller than 1 MB.");
    const type = request.headers.get("content-type") ?? "";
    let codes: string[];
    let locale: (typeof routing.locales)[number];
    if (type.includes("json")) {
      let json: unknown;
      try {
        json = await request.json();
      } catch {
        throw new AppError("bad-request", "The body is not valid JSON.");
      }
      const parsed = body.safeParse(json);
      if (!parsed.success) {
        throw new AppError(
          "unprocessable",
          "Check the batch request.",
          parsed.error.issues.map((issue) => ({
            field: issue.path.join(".") || "body",
            reason: issue.code,
            detail: issue.path[0] === "codes" && issue.code === "too_big" ? `Send at most ${MAX_BATCH_CODES} codes.` : issue.message,
          })),
        );
      }
      ({ codes, locale } = parsed.data);
    } else if (type.includes("csv") || type.includes("text/plain")) {
      codes = codesFromCsv(await request.text());
      const requested = url.searchParams.get("locale") ?? routing.defaultLocale;
      if (!hasLocale(routing.locales, requested)) throw new AppError("unprocessable", "Unknown locale.", [{ field: "locale", reason: "invalid_value", detail: `Use one of ${routing.locales.join(", ")}.` }]);
      locale = requested;
    } else {
      throw new AppError("unsupported-media-type", "Send JSON ({\"codes\": [...]}) or a CSV file (text/csv).");
    }
    const started = await startBatch(codes, locale);
    if (!started.ok) {
      throw new AppError("unprocessable", started.problem === "too-many" ? `Send at most ${MAX_BATCH_CODES} codes (${started.count} given).` : "Send at least one code.", [
        { field: "codes", reason: started.problem, detail: started.problem === "too-many" ? `At most ${MAX_BATCH_CODES} codes.` : "No codes found." },
      ]);
    }
    after(started.run);
    const status = await getBatchStatus(started.id);
    return Response.json(batchStatusJson(status!, url), {
      status: 202,
      headers: { location: `/api/v1/reports/batch/${started.id}`, "cache-control": "no-store" },
    });
  } catch (error) {
    return problemResponse(error, url.pathname);
  }
}
