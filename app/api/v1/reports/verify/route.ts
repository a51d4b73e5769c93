import { AppError, problemResponse } from "@/lib/api/problem";
import { MAX_UPLOAD_BYTES, looksLikePdf, verifyReportBytes } from "@/lib/report/credit-reports";
import { reportVerificationJson } from "@/lib/report/report-verification-json";

/**
 * POST /api/v1/reports/verify — the body is a report's PDF file, as is (any content type).
 * 200 with `{ genuine, reportId, generatedAt, changedSince, company, locale }`: genuine only when
 * the bytes are exactly those of a report the register issued; for a changed file `genuine` is
 * false and `reportId` is the id the file claims (null when it claims none). 400 for an empty
 * body, 413 above 10 MB, 422 when the body is not a PDF.
 */
export async function POST(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  try {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_UPLOAD_BYTES) throw new AppError("payload-too-large", "A report's PDF is far smaller than 10 MB; this body is larger.");
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength === 0) throw new AppError("bad-request", "Send the report's PDF file as the request body.", [{ field: "body", reason: "empty", detail: "The request body is empty." }]);
    if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new AppError("payload-too-large", "A report's PDF is far smaller than 10 MB; this body is larger.");
    if (!looksLikePdf(bytes)) throw new AppError("unprocessable", "The body is not a PDF file.", [{ field: "body", reason: "not-pdf", detail: "A PDF file starts with %PDF-." }]);
    return Response.json(reportVerificationJson(await verifyReportBytes(bytes)), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return problemResponse(error, path);
  }
}
