import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { INGEST_KINDS } from "@/lib/ingestion/kinds";
import { createOpenApiContract, openApiAnswerProblems, openApiDocumentProblems, type OpenApiDocument } from "../../e2e/support/openapi-contract";

const document = buildOpenApiDocument() as OpenApiDocument;

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

const READ_HEADERS = { etag: '"x"', "ratelimit-limit": "1", "ratelimit-remaining": "0", "ratelimit-reset": "1", "ratelimit-policy": "1;w=60" };

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document: official schema, every $ref resolves, every schema valid JSON Schema 2020-12", () => {
    expect(openApiDocumentProblems(document)).toEqual([]);
    expect(document.openapi).toBe("3.1.0");
  });

  it("the document check is not a rubber stamp", () => {
    const broken = structuredClone(document) as OpenApiDocument & { info?: unknown };
    delete broken.info;
    (broken.paths["/api/v1/changes"] as { get: { responses: Record<string, unknown> } }).get.responses["200"] = { $ref: "#/components/responses/Nowhere" };
    (broken.components as { schemas: Record<string, unknown> }).schemas.Bad = { type: "no-such-type" };
    const problems = openApiDocumentProblems(broken).join("\n");
    expect(problems).toMatch(/must have required property 'info'/);
    expect(problems).toMatch(/unresolved \$ref #\/components\/responses\/Nowhere/);
    expect(problems).toMatch(/components\/schemas\/Bad/);
  });

  it("describes an ingestion endpoint for every record kind, with the bearer scheme and its problem answers", () => {
    for (const kind of INGEST_KINDS) {
      const operation = (document.paths[`/api/v1/ingest/${kind}`] as { post: { security: unknown; responses: Record<string, unknown>; requestBody: unknown } }).post;
      expect(operation.security).toEqual([{ departmentKey: [] }]);
      expect(Object.keys(operation.responses).sort()).toEqual(["200", "201", "400", "401", "403", "404", "413", "415", "422", "429"]);
    }
    expect((document.components as { securitySchemes: Record<string, unknown> }).securitySchemes.departmentKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("lets a batch, a single record and a revocation through the penalty body schema, and rejects 1,001 records", () => {
    const contract = createOpenApiContract(document);
    const validate = contract.validatorFor("#/components/schemas/IngestPenaltiesBody");
    const penalty = {
      documentNumber: "乌市监罚〔2026〕1号",
      uscc: "91650100MA00000001",
      violationType: "false-advertising",
      kinds: ["warning"],
      content: "x",
      decidedOn: "2026-01-02",
      documentText: "y",
    };
    const revocation = { documentNumber: "乌市监罚〔2026〕1号", uscc: "91650100MA00000001", revoked: { on: "2026-02-01", reason: "annulled" } };
    expect(validate(penalty), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(revocation)).toBe(true);
    expect(validate({ records: [penalty, revocation] })).toBe(true);
    expect(validate({ records: Array(1001).fill(penalty) })).toBe(false);
    expect(validate({ ...penalty, unknownField: 1 })).toBe(false);
  });

  it("catches an answer that leaks a field the document does not name, or lacks a declared header", () => {
    const contract = createOpenApiContract(document);
    const page = { changes: [], next: "0", hasMore: false, links: { self: "/a", next: "/b" } };
    expect(openApiAnswerProblems(contract, answer(200, page, READ_HEADERS), page, { method: "get", path: "/api/v1/changes" })).toEqual([]);
    const leaky = { ...page, legalRepIdNumber: "650102199001011234" };
    expect(openApiAnswerProblems(contract, answer(200, leaky, READ_HEADERS), leaky, { method: "get", path: "/api/v1/changes" }).join()).toMatch(/additional properties/);
    expect(openApiAnswerProblems(contract, answer(200, page), page, { method: "get", path: "/api/v1/changes" }).join()).toMatch(/header ETag missing/);
    expect(openApiAnswerProblems(contract, answer(418, page), page, { method: "get", path: "/api/v1/changes" }).join()).toMatch(/does not declare status 418/);
  });

  it("matches literal paths before templates", () => {
    const contract = createOpenApiContract(document);
    expect(contract.templateOf("/api/v1/reports/verify")).toBe("/api/v1/reports/verify");
    expect(contract.templateOf("/api/v1/reports/K7M29QPA2D3X")).toBe("/api/v1/reports/{reportId}");
    expect(contract.templateOf("/api/v1/companies/X/records/penalties?page=2")).toBe("/api/v1/companies/{uscc}/records/{section}");
  });
});
