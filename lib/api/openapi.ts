/**
 * The OpenAPI 3.1 document of the public API (GET /api/v1/openapi.json), built from the same zod
 * schemas the endpoints' answers and the ingestion's validation are made of (lib/api/schemas/*,
 * lib/ingestion/results.ts, lib/validation/ingest-records.ts), as JSON Schema 2020-12. The
 * contract tests (tests/e2e/api-contract.test.ts) check every endpoint's answers against it.
 */
import { z } from "zod";
import { INGEST_KINDS, MAX_BATCH_RECORDS, type IngestKind } from "@/lib/ingestion/kinds";
import { RECORD_SECTIONS } from "@/lib/records/record-sections";
import { MAX_BATCH_CODES } from "@/lib/report/report-batch";
import { API_BASE, apiPaths } from "./api-paths";
import { changesParametersSchema } from "./schemas/changes";
import { INGEST_BODY_SCHEMAS, ingestRequestSchemas, kindSchemaName } from "./schemas/ingest";
import { recordSectionPageParametersSchema } from "./schemas/record-sections";
import { apiSchemas } from "./schemas/registry";
import { searchParametersSchema, suggestParametersSchema } from "./schemas/search";
// The modules that register the answers' schemas.
import "./schemas/company-profile";
import "./schemas/problem";
import "./schemas/reports";

type JsonObject = { [key: string]: unknown };

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Every named schema as JSON Schema 2020-12, without the per-document $schema/$id zod adds. */
function componentSchemas(): Record<string, JsonObject> {
  const uri = (id: string) => `#/components/schemas/${id}`;
  const answers = z.toJSONSchema(apiSchemas, { uri, target: "draft-2020-12", io: "output" }).schemas;
  const requests = z.toJSONSchema(ingestRequestSchemas, { uri, target: "draft-2020-12", io: "input" }).schemas;
  const all: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries({ ...answers, ...requests })) {
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonObject;
    all[id] = rest;
  }
  return all;
}

/** Query parameters from a zod object: one per property, repeatable when it is an array. */
function queryParameters(schema: z.ZodObject): JsonObject[] {
  return Object.entries(schema.shape).map(([name, property]) => {
    const { $schema: _schema, description, ...json } = z.toJSONSchema(property as z.ZodType, { io: "input", target: "draft-2020-12" }) as JsonObject;
    const isArray = json.type === "array";
    return {
      name,
      in: "query",
      required: !(property as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: json,
      ...(isArray ? { style: "form", explode: true } : {}),
    };
  });
}

function pathParameter(name: string, description: string, schema: JsonObject): JsonObject {
  return { name, in: "path", required: true, description, schema };
}

const USCC_PARAMETER = pathParameter(
  "uscc",
  "Unified social credit code (18 characters). A legacy 15-digit registration number, or a code typed in lower case or with spaces, redirects (308) to the canonical address.",
  { type: "string", minLength: 1, maxLength: 64 },
);

const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
  "RateLimit-Policy": { $ref: "#/components/headers/RateLimit-Policy" },
};

/** A JSON answer; the read endpoints' carry an ETag and the rate-limit headers. */
function jsonAnswer(description: string, schemaId: string, { isRead = true }: { isRead?: boolean } = {}): JsonObject {
  return {
    description,
    ...(isRead ? { headers: { ETag: { $ref: "#/components/headers/ETag" }, ...RATE_LIMIT_HEADERS } } : {}),
    content: { "application/json": { schema: ref(schemaId) } },
  };
}

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

/** The answers every public read endpoint can give besides its own. */
const READ_ANSWERS = {
  "304": { $ref: "#/components/responses/NotModified" },
  "429": { $ref: "#/components/responses/TooManyRequests" },
};

const REDIRECT = { "308": { $ref: "#/components/responses/CanonicalRedirect" } };

function readOperation({
  summary,
  description,
  tag,
  operationId,
  parameters = [],
  answers,
}: {
  summary: string;
  description?: string;
  tag: string;
  operationId: string;
  parameters?: JsonObject[];
  answers: Record<string, JsonObject>;
}): JsonObject {
  return { get: { operationId, summary, ...(description ? { description } : {}), tags: [tag], parameters, responses: { ...answers, ...READ_ANSWERS } } };
}

function ingestOperation(kind: IngestKind): JsonObject {
  const name = kindSchemaName(kind);
  return {
    post: {
      operationId: `ingest${name}`,
      summary: `Send ${kind} records`,
      description:
        `One record, or up to ${MAX_BATCH_RECORDS} as { "records": [...] }. Idempotent by (authority, document number): ` +
        "the same record again changes nothing (outcome unchanged); a changed one supersedes the earlier version, which stays in the history; " +
        "a record with `revoked` withdraws the one with its document number. The key must allow the kind and the department's own authority. " +
        "Every record is answered for (accepted or rejected with the field and the reason); a 2xx means the accepted records are committed.",
      tags: ["ingestion"],
      security: [{ departmentKey: [] }],
      requestBody: { required: true, content: { "application/json": { schema: ref(`Ingest${name}Body`) } } },
      responses: {
        "200": {
          description:
            "A batch: every record answered for (IngestBatchResponse), accepted ones committed. A single record: unchanged (a replay), superseded or revoked (IngestRecordResult).",
          headers: RATE_LIMIT_HEADERS,
          content: { "application/json": { schema: { oneOf: [ref("IngestBatchResponse"), ref("IngestRecordResult")] } } },
        },
        "201": { ...jsonAnswer("A single record, created.", "IngestRecordResult", { isRead: false }), headers: RATE_LIMIT_HEADERS },
        "400": problem("The body is not JSON, or not a record or { records: [...] }."),
        "401": problem("No key, or not a valid key: unknown or revoked (Authorization: Bearer xjk_…)."),
        "403": problem("The key does not allow this kind (a revoked or unknown key is 401)."),
        "404": problem("No such record kind."),
        "413": problem(`More than ${MAX_BATCH_RECORDS} records, or a body too large.`),
        "415": problem("The body is not application/json."),
        "422": problem("The record (a single record) is not valid: `errors` names each field and the reason."),
        "429": { $ref: "#/components/responses/TooManyRequests" },
      },
    },
  };
}

export type OpenApiDocument = JsonObject & { openapi: string; paths: Record<string, JsonObject>; components: JsonObject };

export function buildOpenApiDocument(): OpenApiDocument {
  const paths: Record<string, JsonObject> = {
    [apiPaths.search()]: readOperation({
      operationId: "searchCompanies",
      tag: "search",
      summary: "Search the register",
      description: "The same search as the site's search page: name (Chinese, Uyghur, pinyin), former name, legal representative, code; filters and facets. 20 results a page.",
      parameters: queryParameters(searchParametersSchema),
      answers: { "200": jsonAnswer("The results, with facet counts.", "SearchResult"), "422": problem("A parameter is wrong: `errors` names it.") },
    }),
    [apiPaths.suggest()]: readOperation({
      operationId: "suggestCompanies",
      tag: "search",
      summary: "Suggestions as you type",
      parameters: queryParameters(suggestParametersSchema),
      answers: { "200": jsonAnswer("At most 10 companies.", "Suggestions"), "422": problem("q is too long.") },
    }),
    [`${API_BASE}/companies/{uscc}`]: readOperation({
      operationId: "getCompany",
      tag: "companies",
      summary: "A company's public record",
      description: "Everything its page shows: registration, shareholders, licences, penalties, list entries, spot checks, and what the company published itself. Natural persons' ID numbers are never included.",
      parameters: [USCC_PARAMETER],
      answers: {
        "200": jsonAnswer("The public record.", "CompanyProfile"),
        ...REDIRECT,
        "404": problem("The register holds no company with this code."),
        "422": problem("Not a valid code (`errors[0].reason`: length, character, check-character with `expected`)."),
      },
    }),
    [`${API_BASE}/companies/{uscc}/records/{section}`]: readOperation({
      operationId: "getCompanyRecordSection",
      tag: "companies",
      summary: "One section of a company's record, by pages",
      description: "All rows of one list section (the company's page shows the first five), newest first. A page past the last is empty.",
      parameters: [
        USCC_PARAMETER,
        pathParameter("section", "The section.", { type: "string", enum: [...RECORD_SECTIONS] }),
        ...queryParameters(recordSectionPageParametersSchema),
      ],
      answers: {
        "200": jsonAnswer("A page of the section.", "RecordSectionPage"),
        ...REDIRECT,
        "404": problem("No such company or section."),
        "422": problem("Not a valid code, or a wrong page or pageSize."),
      },
    }),
    [`${API_BASE}/companies/{uscc}/annual-reports/{year}`]: readOperation({
      operationId: "getAnnualReport",
      tag: "companies",
      summary: "One annual report (published parts)",
      description: "A filed annual report as its page shows it. Blocks the company chose not to publish (assets, guarantees, social insurance) are `{ \"isPublished\": false }` with no values.",
      parameters: [USCC_PARAMETER, pathParameter("year", "The report year.", { type: "string", pattern: "^\\d{4}$" })],
      answers: {
        "200": jsonAnswer("The report.", "AnnualReport"),
        ...REDIRECT,
        "404": problem("No such company, or no report filed for that year."),
        "422": problem("Not a valid code or year."),
      },
    }),
    [`${API_BASE}/changes`]: readOperation({
      operationId: "listChanges",
      tag: "changes",
      summary: "The changes feed",
      description:
        "Every change to public data, in the order it became public. Start with after=0 (or without after), then pass `next` as after: " +
        "nothing is missed or repeated. While `hasMore` is true read on at once; when it is false you are at the end: poll `links.next` later (with If-None-Match, a 304 costs little).",
      parameters: queryParameters(changesParametersSchema),
      answers: { "200": jsonAnswer("A page of changes.", "ChangesPage"), "422": problem("after or limit is wrong.") },
    }),
    [`${API_BASE}/reports/{reportId}`]: readOperation({
      operationId: "getReport",
      tag: "reports",
      summary: "Check a credit report's number",
      parameters: [pathParameter("reportId", "The report number as printed, with or without dashes.", { type: "string" })],
      answers: {
        "200": jsonAnswer("What the register recorded for the number.", "ReportVerification"),
        "404": problem("The register never issued this number."),
        "422": problem("Not a report number."),
      },
    }),
    [`${API_BASE}/reports/verify`]: {
      post: {
        operationId: "verifyReportFile",
        tags: ["reports"],
        summary: "Check a credit report's PDF file",
        requestBody: { required: true, content: { "application/pdf": { schema: { type: "string", contentMediaType: "application/pdf" } } } },
        responses: {
          "200": { description: "genuine is true only for exactly the bytes the register issued.", content: { "application/json": { schema: ref("ReportVerification") } } },
          "400": problem("Empty body."),
          "413": problem("Larger than 10 MB."),
          "422": problem("Not a PDF file."),
        },
      },
    },
    [`${API_BASE}/reports/batch`]: {
      post: {
        operationId: "startReportBatch",
        tags: ["reports"],
        summary: `Generate up to ${MAX_BATCH_CODES} credit reports as a ZIP`,
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { codes: { type: "array", items: { type: "string", maxLength: 64 }, minItems: 1, maxItems: MAX_BATCH_CODES }, locale: { type: "string", enum: ["zh", "ug", "en"] } },
                required: ["codes"],
              },
            },
            "text/csv": { schema: { type: "string", description: "Codes in the first column; ?locale= chooses the language." } },
          },
        },
        responses: {
          "202": { description: "Started: poll the Location.", headers: { Location: { $ref: "#/components/headers/Location" } }, content: { "application/json": { schema: ref("ReportBatchStatus") } } },
          "413": problem("Body larger than 1 MB."),
          "415": problem("Neither JSON nor CSV."),
          "422": problem("No codes, too many, or an unknown locale."),
        },
      },
    },
    [`${API_BASE}/reports/batch/{batchId}`]: readOperation({
      operationId: "getReportBatch",
      tag: "reports",
      summary: "A report batch's progress",
      parameters: [pathParameter("batchId", "The batch id.", { type: "string" })],
      answers: { "200": jsonAnswer("The batch's state.", "ReportBatchStatus"), "404": problem("No such batch (kept 24 hours).") },
    }),
    [`${API_BASE}/reports/batch/{batchId}/download`]: readOperation({
      operationId: "downloadReportBatch",
      tag: "reports",
      summary: "A finished batch's ZIP",
      parameters: [pathParameter("batchId", "The batch id.", { type: "string" })],
      answers: {
        "200": { description: "The ZIP: the reports and manifest.csv.", content: { "application/zip": { schema: { type: "string", contentMediaType: "application/zip" } } } },
        "404": problem("No such batch."),
        "409": { description: "Not ready yet.", content: { "application/problem+json": { schema: ref("Problem") } } },
      },
    }),
    [apiPaths.openApi()]: readOperation({
      operationId: "getOpenApiDocument",
      tag: "documentation",
      summary: "This document",
      answers: { "200": { description: "OpenAPI 3.1.", headers: { ETag: { $ref: "#/components/headers/ETag" } }, content: { "application/json": { schema: { type: "object" } } } } },
    }),
  };
  for (const kind of INGEST_KINDS) paths[apiPaths.ingest(kind)] = ingestOperation(kind);

  // Every ingestion body must have been registered (a kind added to INGEST_KINDS without one fails here, not silently).
  for (const kind of INGEST_KINDS) if (!INGEST_BODY_SCHEMAS[kind]) throw new Error(`No request body schema for ${kind}`);

  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Xinjiang Enterprise Credit Information Publicity System — public API",
      version: "1.0.0",
      summary: "Search the register, read companies' public records and annual reports, follow every change, and (departments) send records in.",
      description:
        "Reading needs no key and no account. Answers are JSON; errors are RFC 9457 problem+json naming the field and the reason. " +
        "Reads are limited per client address (RateLimit-* headers; 429 with Retry-After past the limit), allowed from any web page (CORS), " +
        "and carry an ETag: send it back as If-None-Match to get 304 Not Modified. Departments send records with a key from the regulator.",
    },
    tags: [
      { name: "search", description: "Finding companies." },
      { name: "companies", description: "A company's public record, its sections and annual reports." },
      { name: "changes", description: "The feed of every public change, resumable." },
      { name: "reports", description: "Credit reports: checking and batch printing." },
      { name: "ingestion", description: "Departments send records (a key from the regulator)." },
      { name: "documentation", description: "This document." },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        departmentKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "xjk_…",
          description: "A department's key, issued by the regulator (npm run api-key:create), scoped to record kinds and to the department's own authority: Authorization: Bearer xjk_…",
        },
      },
      headers: {
        ETag: { description: "The answer's validator: send it as If-None-Match to get 304 when nothing changed.", required: true, schema: { type: "string" } },
        "RateLimit-Limit": { description: "Requests allowed per window.", required: true, schema: { type: "integer" } },
        "RateLimit-Remaining": { description: "Requests left in the sliding window.", required: true, schema: { type: "integer" } },
        "RateLimit-Reset": { description: "Seconds until the window ends (refused: until the next request is allowed).", required: true, schema: { type: "integer" } },
        "RateLimit-Policy": { description: "The limit and the window in seconds, e.g. 120;w=60.", required: true, schema: { type: "string" } },
        "Retry-After": { description: "Seconds to wait before the next request.", required: true, schema: { type: "integer" } },
        Location: { description: "Where the resource is.", required: true, schema: { type: "string" } },
      },
      responses: {
        NotModified: { description: "Not modified: the ETag sent in If-None-Match still matches.", headers: { ETag: { $ref: "#/components/headers/ETag" }, ...RATE_LIMIT_HEADERS } },
        TooManyRequests: {
          description: "Past the rate limit: wait Retry-After seconds.",
          headers: { "Retry-After": { $ref: "#/components/headers/Retry-After" }, ...RATE_LIMIT_HEADERS },
          content: { "application/problem+json": { schema: ref("Problem") } },
        },
        CanonicalRedirect: { description: "The canonical address of the company (a registration number or a loosely typed code was given).", headers: { Location: { $ref: "#/components/headers/Location" } } },
      },
    },
  };
}

let cached: OpenApiDocument | undefined;

/** The document, built once per process. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
