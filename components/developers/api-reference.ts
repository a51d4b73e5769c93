/**
 * What the developers page documents: the public read endpoints with their parameters and a curl
 * example each, and the samples of the other sections. Texts are message keys (Developers.*);
 * examples are commands, the same in every language. The OpenAPI document (lib/api/openapi.ts)
 * is the complete, machine-checked description; this page is the readable one.
 */
import { MAX_CHANGES_LIMIT, DEFAULT_CHANGES_LIMIT } from "@/lib/changes/changes-feed";
import { DEFAULT_SECTION_PAGE_SIZE, MAX_SECTION_PAGE_SIZE } from "@/lib/api/schemas/record-sections";
import { computeUsccCheckChar } from "@/lib/codes/credit-code";

export type ParamKey =
  | "q"
  | "page"
  | "sort"
  | "prefecture"
  | "type"
  | "status"
  | "section"
  | "fromTo"
  | "capital"
  | "flags"
  | "suggestQ"
  | "uscc"
  | "recordSection"
  | "sectionPage"
  | "pageSize"
  | "year"
  | "after"
  | "limit"
  | "reportId";

export type ParamDoc = {
  /** As written in the address: one name, or several sharing a description ("from, to"). */
  names: string[];
  key: ParamKey;
  isRepeatable?: boolean;
  values?: Record<string, number>;
};

export type EndpointId = "search" | "suggest" | "company" | "records" | "annualReport" | "changes" | "report";

export type EndpointDoc = {
  id: EndpointId;
  /** The method and path, as the OpenAPI document names them. */
  request: string;
  params: ParamDoc[];
  /** A curl command; BASE stands for the site's address. */
  example: string;
};

/** A well-formed example code (valid check character), not a real company. */
const first17 = "91650100MA7A1B2C3";
export const EXAMPLE_USCC = `${first17}${computeUsccCheckChar(first17)}`;

export const ENDPOINTS: EndpointDoc[] = [
  {
    id: "search",
    request: "GET /api/v1/search",
    params: [
      { names: ["q"], key: "q" },
      { names: ["page"], key: "page" },
      { names: ["sort"], key: "sort" },
      { names: ["prefecture"], key: "prefecture", isRepeatable: true },
      { names: ["type"], key: "type", isRepeatable: true },
      { names: ["status"], key: "status", isRepeatable: true },
      { names: ["section"], key: "section", isRepeatable: true },
      { names: ["from", "to"], key: "fromTo" },
      { names: ["capitalMin", "capitalMax"], key: "capital" },
      { names: ["penalties", "abnormal", "serious"], key: "flags" },
    ],
    example: 'curl -G "BASE/api/v1/search" --data-urlencode "q=天山" -d status=active -d prefecture=650100',
  },
  {
    id: "suggest",
    request: "GET /api/v1/search/suggest",
    params: [{ names: ["q"], key: "suggestQ" }],
    example: 'curl -G "BASE/api/v1/search/suggest" --data-urlencode "q=天山"',
  },
  {
    id: "company",
    request: "GET /api/v1/companies/{uscc}",
    params: [{ names: ["uscc"], key: "uscc" }],
    example: `curl "BASE/api/v1/companies/${EXAMPLE_USCC}"`,
  },
  {
    id: "records",
    request: "GET /api/v1/companies/{uscc}/records/{section}",
    params: [
      { names: ["uscc"], key: "uscc" },
      { names: ["section"], key: "recordSection" },
      { names: ["page"], key: "sectionPage" },
      { names: ["pageSize"], key: "pageSize", values: { max: MAX_SECTION_PAGE_SIZE, default: DEFAULT_SECTION_PAGE_SIZE } },
    ],
    example: `curl "BASE/api/v1/companies/${EXAMPLE_USCC}/records/penalties?page=1&pageSize=${DEFAULT_SECTION_PAGE_SIZE}"`,
  },
  {
    id: "annualReport",
    request: "GET /api/v1/companies/{uscc}/annual-reports/{year}",
    params: [
      { names: ["uscc"], key: "uscc" },
      { names: ["year"], key: "year" },
    ],
    example: `curl "BASE/api/v1/companies/${EXAMPLE_USCC}/annual-reports/2025"`,
  },
  {
    id: "changes",
    request: "GET /api/v1/changes",
    params: [
      { names: ["after"], key: "after" },
      { names: ["limit"], key: "limit", values: { max: MAX_CHANGES_LIMIT, default: DEFAULT_CHANGES_LIMIT } },
    ],
    example: `curl "BASE/api/v1/changes?after=0&limit=${DEFAULT_CHANGES_LIMIT}"`,
  },
  {
    id: "report",
    request: "GET /api/v1/reports/{reportId}",
    params: [{ names: ["reportId"], key: "reportId" }],
    example: 'curl "BASE/api/v1/reports/K7M2-9QPA-2D3X"',
  },
];

/** Reading the whole feed and then following it, resuming from a saved cursor (needs curl and jq). */
export const CHANGES_LOOP = `cursor=$(cat cursor.txt 2>/dev/null || echo 0)
while true; do
  page=$(curl -sf "BASE/api/v1/changes?after=$cursor&limit=1000") || { sleep 60; continue; }
  echo "$page" | jq -c '.changes[]' >> changes.jsonl
  cursor=$(echo "$page" | jq -r .next)
  echo "$cursor" > cursor.txt
  [ "$(echo "$page" | jq -r .hasMore)" = true ] || sleep 60
done`;

export const PROBLEM_EXAMPLE = `HTTP/1.1 422 Unprocessable Content
Content-Type: application/problem+json; charset=utf-8

{
  "type": "about:blank#unprocessable",
  "title": "Unprocessable content",
  "status": 422,
  "detail": "The check character (18th) of this code is wrong.",
  "instance": "/api/v1/companies/${first17}0",
  "errors": [
    {
      "field": "uscc",
      "reason": "check-character",
      "detail": "The 18th character should be ${computeUsccCheckChar(first17)} for the first 17 characters given.",
      "expected": "${computeUsccCheckChar(first17)}"
    }
  ]
}`;

export const API_KEY_COMMAND = "npm run api-key:create -- --authority <id> --kinds penalties,licences";

export const INGEST_EXAMPLE = `curl -X POST "BASE/api/v1/ingest/penalties" \\
  -H "Authorization: Bearer xjk_…" \\
  -H "Content-Type: application/json" \\
  -d '{
    "documentNumber": "乌市监罚〔2026〕12号",
    "uscc": "${EXAMPLE_USCC}",
    "violationType": "false-advertising",
    "kinds": ["warning"],
    "content": "…",
    "decidedOn": "2026-11-20",
    "documentText": "…"
  }'`;

/** The headers every read answer carries (Developers.limits.*). */
export const RATE_LIMIT_HEADER_DOCS = [
  { header: "RateLimit-Limit", key: "limit" },
  { header: "RateLimit-Remaining", key: "remaining" },
  { header: "RateLimit-Reset", key: "reset" },
  { header: "Retry-After", key: "retryAfter" },
] as const;

export const PROBLEM_STATUSES = ["400", "404", "422", "429", "500"] as const;
