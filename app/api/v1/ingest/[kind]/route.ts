import { AppError, problemResponse } from "@/lib/api/problem";
import { checkRateLimit, rateLimitHeaders, tooManyRequestsResponse } from "@/lib/api/rate-limit";
import { apiKeyFromHeaders, authenticateApiKey } from "@/lib/ingestion/api-keys";
import { ingestRecords } from "@/lib/ingestion/ingest-records";
import { INGEST_KINDS, MAX_BATCH_RECORDS, isIngestKind } from "@/lib/ingestion/kinds";
import { describeProblems, describeRequestProblem, localeFromAcceptLanguage } from "@/lib/ingestion/record-problems";
import { readJsonBody, MAX_INGEST_BODY_BYTES } from "@/lib/ingestion/request-body";
import type { IngestBatchResponse, IngestRecordResult } from "@/lib/ingestion/results";
import { revalidateCompanyPages } from "@/lib/records/company-pages-cache";

/**
 * POST /api/v1/ingest/{kind} — a department sends records of one kind: one record (a JSON
 * object) or a batch (`{"records": [...]}`, at most 1,000). Authenticated by the department's key
 * (`Authorization: Bearer xjk_…`), which must allow the kind.
 *
 * One record: 201 when created, 200 when unchanged, superseded or revoked, 422 problem+json when
 * rejected (each problem names the field and the reason). A batch: 200 with a result per record
 * (accepted or rejected with reasons); the accepted ones are committed together. Problems are in
 * the language of Accept-Language (zh, ug, en). Each key has its own rate limit
 * (API_KEY_RATE_LIMIT_PER_MINUTE requests a minute): 429 with Retry-After beyond it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }): Promise<Response> {
  const { kind } = await params;
  const path = new URL(request.url).pathname;
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  try {
    if (!isIngestKind(kind)) throw new AppError("not-found", describeRequestProblem("unknown-kind", locale, { kind, kinds: INGEST_KINDS.join(", ") }));
    const key = apiKeyFromHeaders(request.headers);
    const principal = key === null ? null : await authenticateApiKey(key);
    if (principal === null) return withAuthenticate(problemResponse(new AppError("unauthorized", describeRequestProblem("unauthorized", locale)), path));
    const limit = await checkRateLimit({ bucket: "key", id: principal.keyId });
    if (!limit.allowed) return tooManyRequestsResponse(limit, { instance: path });
    if (!principal.kinds.includes(kind)) throw new AppError("forbidden", describeRequestProblem("forbidden-kind", locale, { kind }));
    const mediaType = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
    if (mediaType !== "application/json") throw new AppError("unsupported-media-type", describeRequestProblem("media-type", locale));

    const body = await readJsonBody(request, MAX_INGEST_BODY_BYTES);
    if (body.kind === "too-large") throw new AppError("payload-too-large", describeRequestProblem("too-large", locale, { max: MAX_INGEST_BODY_BYTES / 1024 / 1024 }));
    if (body.kind === "malformed") throw new AppError("bad-request", describeRequestProblem("malformed-json", locale, { reason: body.reason }));
    const value = body.value;
    const isBatch = value !== null && typeof value === "object" && !Array.isArray(value) && "records" in value;
    if (value === null || typeof value !== "object" || Array.isArray(value) || (isBatch && !Array.isArray((value as { records: unknown }).records))) {
      throw new AppError("bad-request", describeRequestProblem("body-shape", locale));
    }
    const payloads: unknown[] = isBatch ? (value as { records: unknown[] }).records : [value];
    if (payloads.length === 0) throw new AppError("bad-request", describeRequestProblem("empty-batch", locale));
    if (payloads.length > MAX_BATCH_RECORDS) {
      throw new AppError("payload-too-large", describeRequestProblem("too-many-records", locale, { max: MAX_BATCH_RECORDS, count: payloads.length }));
    }

    const { results, touched } = await ingestRecords({ kind, authorityId: principal.authorityId, payloads, source: `api-key:${principal.keyId}` });
    // Every cached page of each company whose record changed, in every locale: one tag each.
    await revalidateCompanyPages(touched);
    const answers: IngestRecordResult[] = results.map((result) => ({
      index: result.index,
      documentNumber: result.documentNumber,
      status: result.status,
      ...(result.outcome ? { outcome: result.outcome } : {}),
      ...(result.uscc ? { uscc: result.uscc } : {}),
      ...(result.version ? { version: result.version } : {}),
      ...(result.status === "accepted" && result.uscc ? { companyUrl: `/api/v1/companies/${result.uscc}` } : {}),
      warnings: describeProblems(result.warnings, locale),
      errors: describeProblems(result.errors, locale),
    }));

    if (!isBatch) {
      const [answer] = answers;
      if (answer.status === "rejected") {
        throw new AppError("unprocessable", describeRequestProblem("rejected", locale, { count: answer.errors.length }), answer.errors);
      }
      return Response.json(answer, { status: answer.outcome === "created" ? 201 : 200, headers: { "cache-control": "no-store", ...rateLimitHeaders(limit) } });
    }
    const response: IngestBatchResponse = {
      kind,
      received: answers.length,
      accepted: answers.filter((answer) => answer.status === "accepted").length,
      rejected: answers.filter((answer) => answer.status === "rejected").length,
      results: answers,
    };
    return Response.json(response, { headers: { "cache-control": "no-store", ...rateLimitHeaders(limit) } });
  } catch (error) {
    return problemResponse(error, path);
  }
}

function withAuthenticate(response: Response): Response {
  response.headers.set("www-authenticate", 'Bearer realm="ingest"');
  return response;
}
