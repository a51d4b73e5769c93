import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { recordPublicChanges } from "@/lib/changes/public-changes";
import { computeUsccCheckChar } from "@/lib/codes/credit-code";
import { RECORD_SECTIONS } from "@/lib/records/record-sections";
import { requireDatabaseUrl } from "../support/database";
import { leakedMarkers, MARKER_USCC, plantMarkerCompany, VISIBLE } from "../support/marker-company";
import { baseUrl } from "./support/browser";
import { expectMatchesOpenApi, openApiDocumentProblems, readBody } from "./support/openapi-contract";

/**
 * The public read API against its OpenAPI document, on the running site: the document is a valid
 * OpenAPI 3.1 document, and every read endpoint's answers — successes and errors — have a status
 * the document declares and a body its schema accepts (no field it does not name: the schemas say
 * additionalProperties: false). Also ETag/304, CORS, the changes feed end to end, and no leaks.
 */
const UNKNOWN_USCC = "91650100MA0000000" + computeUsccCheckChar("91650100MA0000000");
const WRONG_CHECK = MARKER_USCC.slice(0, 17) + (MARKER_USCC[17] === "0" ? "1" : "0");

type Fetched = { response: Response; body: unknown; text: string };

async function get(path: string, init: RequestInit = {}): Promise<Fetched> {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: "manual", ...init });
  const text = await response.clone().text();
  return { response, body: await readBody(response), text };
}

/** GET `path`, expect `status`, and check the answer against the document. */
async function expectContract(path: string, status: number): Promise<Fetched> {
  const fetched = await get(path);
  expect(fetched.response.status, `${path}: ${fetched.text.slice(0, 300)}`).toBe(status);
  await expectMatchesOpenApi(fetched.response, fetched.body, { method: "get", path });
  return fetched;
}

let database: Client;
/** The feed's cursor just before this file's changes. */
let before: string;

beforeAll(async () => {
  await plantMarkerCompany(requireDatabaseUrl());
  database = new Client({ connectionString: requireDatabaseUrl() });
  await database.connect();
  // A few changes as the writers record them, for the feed to list (the marker company's among them).
  const { rows } = await database.query<{ id: number; uscc: string }>(
    "(SELECT id, uscc FROM enterprise WHERE uscc = $1) UNION ALL (SELECT id, uscc FROM enterprise WHERE uscc <> $1 ORDER BY id LIMIT 3)",
    [MARKER_USCC],
  );
  before = (await database.query<{ max: string | null }>("SELECT max(id)::text AS max FROM public_change")).rows[0].max ?? "0";
  await database.query("BEGIN");
  await recordPublicChanges(database, [
    { enterpriseId: rows[0].id, kind: "penalty", action: "created", recordId: 1 },
    { enterpriseId: rows[0].id, kind: "annual-report", action: "updated", recordId: VISIBLE.year },
    { enterpriseId: rows[1].id, kind: "abnormal-listing", action: "created", recordId: 7 },
    { enterpriseId: rows[2].id, kind: "registration", action: "updated", recordId: null },
    { enterpriseId: rows[3].id, kind: "licence", action: "revoked", recordId: 9 },
  ]);
  await database.query("COMMIT");
});

afterAll(async () => {
  await database.end();
});

describe("the OpenAPI document", () => {
  it("is served at /api/v1/openapi.json and is a valid OpenAPI 3.1 document", async () => {
    const { response, body } = await get("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeTruthy();
    expect(openApiDocumentProblems(body)).toEqual([]);
  });
});

describe("every read endpoint answers as the document says", () => {
  it("search: results, and 422 for wrong parameters", async () => {
    const { body } = await expectContract(`/api/v1/search?q=${encodeURIComponent("有限")}`, 200);
    expect((body as { hits: unknown[] }).hits.length).toBeGreaterThan(0);
    await expectContract("/api/v1/search?status=active&prefecture=650100&sort=name&page=2", 200);
    await expectContract("/api/v1/search?page=0", 422);
    await expectContract("/api/v1/search?status=no-such-status&from=2020&to=2010", 422);
  });

  it("suggestions: a list, empty without q, and 422 for a q too long", async () => {
    await expectContract(`/api/v1/search/suggest?q=${encodeURIComponent(VISIBLE.name.slice(0, 4))}`, 200);
    const { body } = await expectContract("/api/v1/search/suggest", 200);
    expect(body).toEqual({ suggestions: [] });
    await expectContract(`/api/v1/search/suggest?q=${"x".repeat(101)}`, 422);
  });

  it("company: the record, a redirect for a loosely typed code, 404 and 422", async () => {
    const { text } = await expectContract(`/api/v1/companies/${MARKER_USCC}`, 200);
    expect(text).toContain(VISIBLE.name);
    expect(leakedMarkers(text)).toEqual([]);
    const redirect = await expectContract(`/api/v1/companies/${MARKER_USCC.toLowerCase()}`, 308);
    expect(redirect.response.headers.get("location")).toContain(`/api/v1/companies/${MARKER_USCC}`);
    await expectContract(`/api/v1/companies/${UNKNOWN_USCC}`, 404);
    const wrong = await expectContract(`/api/v1/companies/${WRONG_CHECK}`, 422);
    expect((wrong.body as { errors: unknown[] }).errors[0]).toMatchObject({ field: "uscc", reason: "check-character", expected: MARKER_USCC[17] });
    await expectContract("/api/v1/companies/not-a-code", 422);
  });

  it("record sections: every section of the marker company, pages, and the errors", async () => {
    for (const section of RECORD_SECTIONS) {
      const { text, body } = await expectContract(`/api/v1/companies/${MARKER_USCC}/records/${section}`, 200);
      expect(leakedMarkers(text), section).toEqual([]);
      expect(body).toMatchObject({ section, company: { uscc: MARKER_USCC } });
    }
    const penalties = await expectContract(`/api/v1/companies/${MARKER_USCC}/records/penalties?pageSize=1`, 200);
    expect(penalties.text).toContain(VISIBLE.penalty);
    expect((penalties.body as { items: unknown[] }).items).toHaveLength(1);
    const past = await expectContract(`/api/v1/companies/${MARKER_USCC}/records/penalties?page=999`, 200);
    expect((past.body as { items: unknown[]; links: { next: unknown } }).items).toEqual([]);
    const moved = await expectContract(`/api/v1/companies/${MARKER_USCC.toLowerCase()}/records/penalties?page=2`, 308);
    expect(moved.response.headers.get("location")).toBe(`/api/v1/companies/${MARKER_USCC}/records/penalties?page=2`);
    await expectContract(`/api/v1/companies/${MARKER_USCC}/records/no-such-section`, 404);
    await expectContract(`/api/v1/companies/${MARKER_USCC}/records/penalties?pageSize=0`, 422);
    await expectContract(`/api/v1/companies/${MARKER_USCC}/records/penalties?page=abc`, 422);
    await expectContract(`/api/v1/companies/${UNKNOWN_USCC}/records/penalties`, 404);
    await expectContract(`/api/v1/companies/${WRONG_CHECK}/records/penalties`, 422);
  });

  it("annual report: published parts only, withheld blocks carry no values; 404 and 422", async () => {
    const { text, body } = await expectContract(`/api/v1/companies/${MARKER_USCC}/annual-reports/${VISIBLE.year}`, 200);
    expect(leakedMarkers(text)).toEqual([]);
    const report = body as { year: number; assets: object; guarantees: object; socialInsurance: object };
    expect(report.year).toBe(VISIBLE.year);
    // The marker company withholds its assets, guarantees and social insurance (tests/support/marker-company.ts).
    expect(report.assets).toEqual({ isPublished: false });
    expect(report.guarantees).toEqual({ isPublished: false });
    expect(report.socialInsurance).toEqual({ isPublished: false });
    await expectContract(`/api/v1/companies/${MARKER_USCC}/annual-reports/1999`, 404);
    await expectContract(`/api/v1/companies/${UNKNOWN_USCC}/annual-reports/${VISIBLE.year}`, 404);
    await expectContract(`/api/v1/companies/${MARKER_USCC}/annual-reports/20x5`, 422);
  });

  it("changes: a page, an empty page past the end, and 422 for a wrong cursor or limit", async () => {
    await expectContract("/api/v1/changes", 200);
    await expectContract("/api/v1/changes?after=0&limit=2", 200);
    const end = await expectContract("/api/v1/changes?after=9223372036854775807", 200);
    expect(end.body).toMatchObject({ changes: [], hasMore: false, next: "9223372036854775807" });
    await expectContract("/api/v1/changes?after=abc", 422);
    await expectContract("/api/v1/changes?after=9223372036854775808", 422);
    await expectContract("/api/v1/changes?limit=0", 422);
    await expectContract("/api/v1/changes?limit=1001", 422);
  });

  it("reports: 422 for a malformed number, 404 for one never issued, 404 for an unknown batch", async () => {
    await expectContract("/api/v1/reports/XYZ", 422);
    await expectContract("/api/v1/reports/K7M2-9QPA-2D3X", 404);
    await expectContract("/api/v1/reports/batch/000000000000", 404);
  });
});

describe("the changes feed end to end", () => {
  it("lists every change once and in order, and resuming through links.next reads exactly what follows the cursor", async () => {
    const { rows } = await database.query<{ n: string }>("SELECT count(*)::text AS n FROM public_change");
    const seen: string[] = [];
    let path = "/api/v1/changes?after=0&limit=1000";
    for (;;) {
      const { body } = await expectContract(path, 200);
      const page = body as { changes: { id: string }[]; hasMore: boolean; links: { next: string } };
      seen.push(...page.changes.map((change) => change.id));
      if (!page.hasMore) break;
      path = page.links.next;
    }
    expect(seen).toHaveLength(Number(rows[0].n));
    const ids = seen.map(BigInt);
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);

    // This file's five changes, two at a time: three pages, then the end.
    const ours: { kind: string; links: { record: string; company: string } }[] = [];
    path = `/api/v1/changes?after=${before}&limit=2`;
    let pages = 0;
    for (;;) {
      const { body } = await expectContract(path, 200);
      const page = body as { changes: typeof ours; hasMore: boolean; next: string; links: { next: string } };
      ours.push(...page.changes);
      pages += 1;
      if (!page.hasMore) break;
      path = page.links.next;
    }
    expect(pages).toBe(3);
    expect(ours.map((change) => change.kind)).toEqual(["penalty", "annual-report", "abnormal-listing", "registration", "licence"]);
    expect(ours[0].links.record).toBe(`/api/v1/companies/${MARKER_USCC}/records/penalties`);
    expect(ours[1].links.record).toBe(`/api/v1/companies/${MARKER_USCC}/annual-reports/${VISIBLE.year}`);
    for (const change of ours) {
      expect((await get(change.links.record)).response.status, change.links.record).toBe(200);
      expect((await get(change.links.company)).response.status).toBe(200);
    }
  });
});

describe("caching and CORS", () => {
  it("answers 304 to a matching If-None-Match, 200 to another, with the same ETag", async () => {
    const path = `/api/v1/companies/${MARKER_USCC}/records/penalties`;
    const first = await get(path);
    const etag = first.response.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.response.headers.get("cache-control")).toContain("max-age=60");
    const again = await get(path, { headers: { "if-none-match": etag as string } });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe("");
    expect(again.response.headers.get("etag")).toBe(etag);
    await expectMatchesOpenApi(again.response, again.body, { method: "get", path });
    const weak = await get(path, { headers: { "if-none-match": `"other", W/${etag}` } });
    expect(weak.response.status).toBe(304);
    const other = await get(path, { headers: { "if-none-match": '"something-else"' } });
    expect(other.response.status).toBe(200);
  });

  it("the end of the changes feed is revalidated every time, a full page cached for a minute", async () => {
    const end = await get("/api/v1/changes?after=9223372036854775807");
    expect(end.response.headers.get("cache-control")).toContain("no-cache");
    const full = await get("/api/v1/changes?after=0&limit=1");
    expect((full.body as { hasMore: boolean }).hasMore).toBe(true);
    expect(full.response.headers.get("cache-control")).toContain("max-age=60");
  });

  it("answers the CORS preflight and lets any origin read answers and their headers", async () => {
    const preflight = await fetch(`${baseUrl()}/api/v1/changes`, {
      method: "OPTIONS",
      headers: { origin: "https://bank.example", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");

    const answer = await get(`/api/v1/companies/${MARKER_USCC}`, { headers: { origin: "https://bank.example" } });
    expect(answer.response.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = answer.response.headers.get("access-control-expose-headers") ?? "";
    for (const header of ["ETag", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]) expect(exposed).toContain(header);
    const problem = await get(`/api/v1/companies/${UNKNOWN_USCC}`, { headers: { origin: "https://bank.example" } });
    expect(problem.response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("every read answer carries the rate-limit headers", async () => {
    const { response } = await get("/api/v1/search/suggest?q=abc");
    expect(Number(response.headers.get("ratelimit-limit"))).toBeGreaterThan(0);
    expect(response.headers.get("ratelimit-remaining")).toMatch(/^\d+$/);
    expect(response.headers.get("ratelimit-policy")).toMatch(/^\d+;w=60$/);
  });
});
