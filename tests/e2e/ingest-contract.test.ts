import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateUscc } from "@/lib/codes/credit-code";
import { createApiKey } from "@/lib/ingestion/api-keys";
import { INGEST_KINDS, type IngestKind } from "@/lib/ingestion/kinds";
import { validIngestRecord } from "../support/ingest-records";
import { baseUrl } from "./support/browser";
import { expectMatchesOpenApi, readBody } from "./support/openapi-contract";

/**
 * The ingestion endpoints answer as the OpenAPI document (/api/v1/openapi.json) says: for every
 * kind a created record (201), a replay (200), a rejected record (422 problem+json), a batch with
 * accepted and rejected records (200), and the request problems (400, 401, 403, 404, 413, 415),
 * each validated against the document with Ajv.
 */
const RUN = `IC${Date.now().toString(36).toUpperCase()}`;

let client: Client;
let key: string;
let taxKey: string;
let company: { uscc: string; region_code: string };

function record(kind: IngestKind, n: number): Record<string, unknown> {
  return validIngestRecord(kind, {
    documentNumber: `${RUN}-${kind}-${n}`,
    uscc: company.uscc,
    listingDocumentNumber: `${RUN}-abnormal-listings-${n}`,
    registration: {
      uscc: generateUscc({ division: company.region_code, random: Math.random }),
      nameZh: `新疆${RUN}${n}号合约商贸有限公司`,
      legalRepName: "李娜",
      establishedOn: "2020-05-01",
      regionCode: company.region_code,
      address: "新疆乌鲁木齐市天山区中山路1号",
      scope: "日用百货销售。",
    },
  });
}

async function post(kind: string, body: string, { authorization = `Bearer ${key}`, contentType = "application/json", inDocument = true } = {}) {
  const path = `/api/v1/ingest/${kind}`;
  const response = await fetch(`${baseUrl()}${path}`, { method: "POST", headers: { authorization, "content-type": contentType }, body });
  const answer = await readBody(response);
  if (inDocument) await expectMatchesOpenApi(response, answer, { method: "post", path });
  return { status: response.status, body: answer as Record<string, unknown> };
}

beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(`SELECT uscc, region_code FROM enterprise WHERE status = 'active' ORDER BY id DESC LIMIT 1 OFFSET 3`);
  company = rows[0];
  key = (await createApiKey({ authorityId: "amr-650000", kinds: [...INGEST_KINDS], createdBy: "test:contract" })).key;
  taxKey = (await createApiKey({ authorityId: "tax-650100", kinds: ["penalties"], createdBy: "test:contract" })).key;
});

afterAll(async () => {
  await client.end();
});

describe("the ingestion endpoints against the OpenAPI document", () => {
  // Removals lift the listings sent just before them, so the kinds run in this order.
  for (const kind of INGEST_KINDS) {
    it(`${kind}: created, replayed, rejected, a mixed batch`, async () => {
      const first = record(kind, 1);
      expect((await post(kind, JSON.stringify(first))).status).toBe(201);
      expect((await post(kind, JSON.stringify(first))).body).toMatchObject({ outcome: "unchanged" });
      const rejected = await post(kind, JSON.stringify({ ...first, documentNumber: `${RUN}-${kind}-bad`, unexpected: true }));
      expect(rejected.status).toBe(422);
      const batch = await post(kind, JSON.stringify({ records: [record(kind, 2), { ...record(kind, 3), documentNumber: "" }] }));
      expect(batch).toMatchObject({ status: 200, body: { accepted: 1, rejected: 1 } });
    });
  }

  it("request problems: 400, 401, 403, 404, 413, 415", async () => {
    expect((await post("penalties", "{")).status).toBe(400);
    expect((await post("penalties", "{}", { authorization: "Bearer xjk_wrong" })).status).toBe(401);
    expect((await post("licences", "{}", { authorization: `Bearer ${taxKey}` })).status).toBe(403);
    // An unknown kind has no path in the document: its answer is still a problem document.
    const unknown = await post("fines", "{}", { inDocument: false });
    expect(unknown).toMatchObject({ status: 404, body: { status: 404, title: "Not found" } });
    expect((await post("penalties", JSON.stringify({ records: Array.from({ length: 1001 }, () => ({})) }))).status).toBe(413);
    expect((await post("penalties", "a=1", { contentType: "text/plain" })).status).toBe(415);
  });
});
