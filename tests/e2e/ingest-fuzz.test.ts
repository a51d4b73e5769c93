import fc from "fast-check";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/ingestion/api-keys";
import { INGEST_KINDS, type IngestKind } from "@/lib/ingestion/kinds";
import { registerToday } from "@/lib/rules/publicity";
import { ingestRecordSchema, isRevocation, revocationSchema } from "@/lib/validation/ingest-records";
import { validIngestRecord } from "../support/ingest-records";
import { baseUrl } from "./support/browser";

/**
 * Robustness of the ingestion endpoints (issue 6 item 7), against the running site: fast-check
 * sends thousands of malformed and hostile payloads — wrong types, huge strings, odd Unicode
 * (lone surrogates, NUL, right-to-left marks), SQL and HTML fragments, deep nesting, broken JSON —
 * to every kind, single and in batches. Never a 5xx; every answer is JSON; nothing is stored that
 * the schema would refuse (each stored version is checked again); and HTML in accepted free text is
 * escaped on the public page.
 */
const RUN = `FZ${Date.now().toString(36).toUpperCase()}`;
const TODAY = registerToday();
const RUNS_PER_KIND = 300;

let client: Client;
let key: string;
let codes: string[];
let answered = 0;

const HOSTILE_TEXT = [
  "'; DROP TABLE penalty; --",
  "1 OR 1=1",
  "$1::text",
  "\\x00",
  "\u0000",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "]]></content><evil/>",
  "\uD800",
  "\uDFFF\uD800",
  "\u202Eگىرىش\u202C",
  "𠮷𠮷𠮷",
  "ئۈرۈمچى",
  "e\u0301",
  "\uFEFF",
  "9".repeat(400),
  "x".repeat(150_000),
  "{{7*7}}",
  "%s%n%x",
  "../../etc/passwd",
];

function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...HOSTILE_TEXT),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ maxLength: 3000 }),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.constantFrom(1e308, -0, 0.1 + 0.2, 2 ** 63, -1),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
    fc.constantFrom("2026-02-30", "0000-01-01", "9999-12-31", "2026-13-01", "2026-1-1", "1900-01-01", TODAY, "2099-01-01"),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

/** A valid record of each kind (the fuzzer mutates copies of these). */
function validRecord(kind: IngestKind, uscc: string, number: string): Record<string, unknown> {
  return validIngestRecord(kind, { documentNumber: `${RUN}-${number}`, uscc, listingDocumentNumber: `${RUN}-none` });
}

/** A payload: a valid record with some fields replaced, removed or added, or something else entirely. */
function payload(kind: IngestKind): fc.Arbitrary<unknown> {
  const mutated = fc
    .record({
      index: fc.nat(),
      number: fc.nat({ max: 1_000_000 }),
      edits: fc.array(fc.tuple(fc.constantFrom("replace", "delete", "add"), fc.nat(), hostileValue(), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 4 }),
      revoke: fc.boolean(),
    })
    .map(({ index, number, edits, revoke }) => {
      const record: Record<string, unknown> = validRecord(kind, codes[index % codes.length], String(number));
      if (revoke) record.revoked = { on: TODAY, reason: "撤销" };
      const fields = Object.keys(record);
      for (const [edit, at, value, name] of edits) {
        const field = fields[at % fields.length];
        if (edit === "replace") record[field] = value;
        else if (edit === "delete") delete record[field];
        else record[name || "extra"] = value;
      }
      return record;
    });
  return fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) }, { weight: 1, arbitrary: hostileValue() });
}

type Sent = { status: number; body: unknown };

async function sendRaw(kind: string, body: string | Uint8Array, contentType = "application/json"): Promise<Sent> {
  const response = await fetch(`${baseUrl()}/api/v1/ingest/${kind}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": contentType, "accept-language": "en" },
    body: typeof body === "string" ? body : new Blob([new Uint8Array(body)]),
  });
  const text = await response.text();
  answered++;
  if (response.status >= 500) throw new Error(`HTTP ${response.status} for ${String(body).slice(0, 300)}: ${text.slice(0, 500)}`);
  expect(response.headers.get("content-type")).toMatch(/^application\/(problem\+)?json/);
  return { status: response.status, body: JSON.parse(text) };
}

beforeAll(async () => {
  client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ uscc: string }>(`SELECT uscc FROM enterprise ORDER BY id LIMIT 50`);
  codes = rows.map((row) => row.uscc);
  key = (await createApiKey({ authorityId: "amr-650000", kinds: [...INGEST_KINDS], createdBy: "test:fuzz" })).key;
});

afterAll(async () => {
  await client.end();
});

describe("hostile payloads to every ingestion endpoint", () => {
  for (const kind of INGEST_KINDS) {
    it(`${kind}: never a 5xx, always a JSON answer`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: payload(kind) }, { weight: 1, arbitrary: fc.array(payload(kind), { minLength: 1, maxLength: 40 }) }), async (sent) => {
          const body = Array.isArray(sent) ? { records: sent } : sent;
          const answer = await sendRaw(kind, JSON.stringify(body) ?? "null");
          expect([200, 201, 400, 413, 422]).toContain(answer.status);
        }),
        { numRuns: RUNS_PER_KIND },
      );
    }, 300_000);
  }

  it("broken bodies: invalid JSON, invalid UTF-8, deep nesting, wrong media types, empty", async () => {
    const bodies: [string | Uint8Array, string, number][] = [
      ["{", "application/json", 400],
      ['{"records": [', "application/json", 400],
      [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "application/json", 400],
      ["[".repeat(100_000) + "]".repeat(100_000), "application/json", 400],
      // A batch whose one record is a deeply nested array: answered per record, rejected.
      [`{"records": ${"[".repeat(5000)}${"]".repeat(5000)}}`, "application/json", 200],
      ["", "application/json", 400],
      ["null", "application/json", 400],
      ['"text"', "application/json", 400],
      ["documentNumber=1", "application/x-www-form-urlencoded", 415],
      ["<xml/>", "text/xml", 415],
    ];
    for (const [body, type, status] of bodies) {
      const answer = await sendRaw("penalties", body, type);
      expect(answer.status, String(body).slice(0, 40)).toBe(status);
      if (status === 200) expect(answer.body).toMatchObject({ accepted: 0, rejected: 1 });
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (text) => {
        const answer = await sendRaw("licences", text);
        expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("stored nothing the schema refuses", async () => {
    expect(answered).toBeGreaterThan(2000);
    const { rows } = await client.query<{ kind: IngestKind; payload: unknown }>(
      `SELECT r.kind, v.payload FROM ingested_record_version v JOIN ingested_record r ON r.id = v.ingested_record_id WHERE r.document_number LIKE $1`,
      [`${RUN}-%`],
    );
    for (const row of rows) {
      const schema = isRevocation(row.payload) ? revocationSchema({ today: TODAY }) : ingestRecordSchema(row.kind, { today: TODAY });
      const parsed = schema.safeParse(row.payload);
      expect(parsed.success, JSON.stringify(row.payload).slice(0, 300)).toBe(true);
    }
    // Free text stored is exactly what was accepted: no NUL, no lone surrogate reached the tables.
    const { rows: bad } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1 AND (content ~ '[\\x01-\\x08]' OR document_text ~ '[\\x01-\\x08]' OR content LIKE '%' || chr(65533) || '%')`,
      [`${RUN}-%`],
    );
    expect(bad[0].n).toBe(0);
  });

  it("shows HTML sent in free text as text on the public page", async () => {
    // A company without penalties, so the record is on the first page of its penalties section.
    const { rows } = await client.query<{ uscc: string }>(
      `SELECT uscc FROM enterprise e WHERE NOT EXISTS (SELECT 1 FROM penalty p WHERE p.enterprise_id = e.id) ORDER BY id LIMIT 1`,
    );
    const uscc = rows[0].uscc;
    const marker = `<img src=x onerror=alert("${RUN}")>`;
    const answer = await sendRaw(
      "penalties",
      JSON.stringify({ documentNumber: `${RUN}-html`, uscc, violationType: "price-violation", kinds: ["warning"], content: marker, decidedOn: "2026-11-01", documentText: `<script>alert("${RUN}")</script>` }),
    );
    expect(answer.status).toBe(201);
    const page = await (await fetch(`${baseUrl()}/zh/companies/${uscc}/records/penalties`)).text();
    expect(page.includes(marker), "the raw <img> is not on the page").toBe(false);
    expect(page.includes(`<script>alert("${RUN}")`), "the raw <script> is not on the page").toBe(false);
    expect(new RegExp(`&lt;img src=x onerror=alert\\((&quot;|")${RUN}(&quot;|")\\)&gt;`).test(page), "the markup is shown escaped").toBe(true);
  });
});
