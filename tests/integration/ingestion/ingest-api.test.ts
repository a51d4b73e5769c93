import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeOrgCodeCheckChar, computeUsccCheckChar, generateOrgCode, generateUscc } from "@/lib/codes/credit-code";
import { residentIdCheckChar } from "@/lib/codes/resident-id";
import { insertSearchEntry } from "@/lib/search/postgres/search-entry";
import { refreshSearchFactsOf } from "@/lib/search/postgres/search-facts";
import { requireDatabaseUrl } from "../../support/database";
import { companyPagesTag } from "@/lib/records/company-pages-cache";

/**
 * The ingestion API through its route handler, on the shared test database: department keys,
 * every record kind, replays, supersessions with history, revocations, per-record answers in a
 * batch, and the audit, outbox and changes-feed rows written with each accepted record. Cached
 * pages are expired for every server process through page_cache_tag (lib/page-cache/shared-tags.js).
 */

const { POST: ingest } = await import("@/app/api/v1/ingest/[kind]/route");
const { GET: companyJson } = await import("@/app/api/v1/companies/[uscc]/route");
const { GET: search } = await import("@/app/api/v1/search/route");
const { createApiKey, revokeApiKey } = await import("@/lib/ingestion/api-keys");
const { registerToday } = await import("@/lib/rules/publicity");

const SITE = "http://localhost:3000";
const TODAY = registerToday();
const RUN = Date.now().toString(36).toUpperCase();

let client: Client;
let company: { id: number; uscc: string; region_code: string; authority_id: string };
let amrKey: string;
let taxKey: string;
let taxAuthority: string;

async function send(kind: string, body: unknown, { key = amrKey, language, contentType = "application/json" }: { key?: string | null; language?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = { "content-type": contentType };
  if (key) headers.authorization = `Bearer ${key}`;
  if (language) headers["accept-language"] = language;
  const response = await ingest(new Request(`${SITE}/api/v1/ingest/${kind}`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) }), {
    params: Promise.resolve({ kind }),
  });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

async function profile(uscc: string) {
  const response = await companyJson(new Request(`${SITE}/api/v1/companies/${uscc}`), { params: Promise.resolve({ uscc }) });
  return { status: response.status, body: await response.json() };
}

function penalty(overrides: Record<string, unknown> = {}) {
  return {
    documentNumber: `乌市监罚〔2026〕${RUN}-1号`,
    uscc: company.uscc,
    violationType: "false-advertising",
    kinds: ["warning", "fine"],
    content: "警告，罚款人民币5000元",
    fineYuan: "5000",
    decidedOn: "2026-11-02",
    documentText: "当事人发布虚假广告……",
    ...overrides,
  };
}

beforeAll(async () => {
  client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  const { rows } = await client.query(
    `SELECT id, uscc, region_code, authority_id FROM enterprise WHERE status = 'active' AND authority_id LIKE 'amr-%' ORDER BY id LIMIT 1`,
  );
  company = rows[0];
  taxAuthority = `tax-${company.region_code.slice(0, 4)}00`;
  amrKey = (await createApiKey({ authorityId: company.authority_id, kinds: ["registrations", "licences", "penalties", "spot-checks", "abnormal-listings", "serious-violations", "removals"], createdBy: "test" })).key;
  taxKey = (await createApiKey({ authorityId: taxAuthority, kinds: ["penalties"], createdBy: "test" })).key;
});

afterAll(async () => {
  await client.end();
});

describe("department keys", () => {
  it("answers 401 without a key, with a malformed or revoked key, and 403 for a kind the key may not send", async () => {
    expect((await send("penalties", penalty(), { key: null })).status).toBe(401);
    expect((await send("penalties", penalty(), { key: "xjk_nope" })).status).toBe(401);
    const spare = await createApiKey({ authorityId: taxAuthority, kinds: ["penalties"], createdBy: "test" });
    await revokeApiKey({ id: spare.summary.id, revokedBy: "test" });
    expect((await send("penalties", penalty(), { key: spare.key })).status).toBe(401);
    const forbidden = await send("licences", { documentNumber: "x" }, { key: taxKey });
    expect(forbidden.status).toBe(403);
    expect(forbidden.type).toContain("application/problem+json");
  });

  it("refuses registrations for a department other than market regulation", async () => {
    await expect(createApiKey({ authorityId: taxAuthority, kinds: ["registrations"], createdBy: "test" })).rejects.toThrow(/market regulation/);
  });

  it("keeps only the secret's hash", async () => {
    const { key, summary } = await createApiKey({ authorityId: taxAuthority, kinds: ["penalties"], createdBy: "test" });
    const secret = key.slice(`xjk_${summary.id}_`.length);
    expect(secret).toHaveLength(43);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM api_key WHERE id = $1 AND strpos(secret_sha256, $2) = 0`, [summary.id, secret]);
    expect(rows[0].n).toBe(1);
    const { rows: audit } = await client.query(`SELECT count(*)::int AS n FROM audit_log WHERE strpos(detail::text, $1) > 0`, [secret]);
    expect(audit[0].n).toBe(0);
  });
});

describe("request problems", () => {
  it("answers 404 for an unknown kind, 415 for a non-JSON body, 400 for malformed JSON, 413 above 1,000 records", async () => {
    expect((await send("fines", penalty())).status).toBe(404);
    expect((await send("penalties", "a=b", { contentType: "application/x-www-form-urlencoded" })).status).toBe(415);
    const malformed = await send("penalties", "{\"documentNumber\": ");
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toMatch(/JSON/);
    const tooMany = await send("penalties", { records: Array.from({ length: 1001 }, () => ({})) });
    expect(tooMany.status).toBe(413);
    expect((await send("penalties", { records: [] })).status).toBe(400);
    expect((await send("penalties", [penalty()])).status).toBe(400);
  });

  it("rejects a single bad record with 422 naming each field and reason, in the sender's language", async () => {
    const bad = penalty({ kinds: ["fine", "fine"], fineYuan: "12.345", decidedOn: "2026-02-30", extra: 1 });
    const answer = await send("penalties", bad, { language: "ug,en;q=0.5" });
    expect(answer.status).toBe(422);
    expect(answer.type).toContain("application/problem+json");
    const reasons = Object.fromEntries(answer.body.errors.map((error: { field: string; reason: string }) => [error.field, error.reason]));
    expect(reasons).toMatchObject({ kinds: "duplicate-value", fineYuan: "invalid-decimal", decidedOn: "invalid-date", extra: "unknown-field" });
    expect(answer.body.errors[0].detail).toMatch(/[\u0600-\u06FF]/);
    const english = await send("penalties", penalty({ uscc: company.uscc.slice(0, 17) + (company.uscc[17] === "0" ? "1" : "0") }), { language: "en" });
    expect(english.body.errors).toEqual([
      expect.objectContaining({ field: "uscc", reason: "check-character", expected: company.uscc[17], detail: expect.stringContaining(company.uscc[17]) }),
    ]);
  });
});

describe("penalties", () => {
  it("creates, replays, supersedes and revokes, keeping the history, the audit trail and the feed", async () => {
    const { rows: before } = await client.query(`SELECT coalesce(max(id), 0)::text AS id FROM public_change`);
    const sentAt = Date.now();
    const created = await send("penalties", penalty());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "accepted", outcome: "created", version: 1, uscc: company.uscc });
    // Before the answer, the company's cached pages were expired for every server process.
    const { rows: expired } = await client.query<{ expired_at: number }>(`SELECT expired_at FROM page_cache_tag WHERE tag = $1`, [companyPagesTag(company.uscc)]);
    expect(expired[0]?.expired_at).toBeGreaterThanOrEqual(sentAt);

    const shown = await profile(company.uscc);
    const published = shown.body.government.penalties.find((item: { decisionNumber: string }) => item.decisionNumber === penalty().documentNumber);
    expect(published).toMatchObject({ fineYuan: "5000", kinds: ["warning", "fine"], decidedOn: "2026-11-02", publishedOn: TODAY });

    const replay = await send("penalties", penalty());
    expect(replay).toMatchObject({ status: 200, body: { outcome: "unchanged", version: 1 } });

    const changed = await send("penalties", penalty({ fineYuan: 8000, content: "警告，罚款人民币8000元" }));
    expect(changed).toMatchObject({ status: 200, body: { outcome: "superseded", version: 2 } });
    const { rows: penalties } = await client.query(`SELECT fine_yuan::text, content FROM penalty WHERE decision_number = $1`, [penalty().documentNumber]);
    expect(penalties).toEqual([{ fine_yuan: "8000.00", content: "警告，罚款人民币8000元" }]);

    const revoked = await send("penalties", { documentNumber: penalty().documentNumber, uscc: company.uscc, revoked: { on: TODAY, reason: "行政复议撤销" } });
    expect(revoked).toMatchObject({ status: 200, body: { outcome: "revoked", version: 3 } });
    const after = await profile(company.uscc);
    expect(after.body.government.penalties.map((item: { decisionNumber: string }) => item.decisionNumber)).not.toContain(penalty().documentNumber);
    expect((await send("penalties", { documentNumber: penalty().documentNumber, uscc: company.uscc, revoked: { on: TODAY, reason: "x" } })).body.outcome).toBe("unchanged");

    const { rows: history } = await client.query(
      `SELECT v.version, v.action, v.payload->>'fineYuan' AS fine FROM ingested_record_version v JOIN ingested_record r ON r.id = v.ingested_record_id
       WHERE r.document_number = $1 ORDER BY v.version`,
      [penalty().documentNumber],
    );
    expect(history).toEqual([
      { version: 1, action: "create", fine: "5000" },
      { version: 2, action: "supersede", fine: "8000" },
      { version: 3, action: "revoke", fine: null },
    ]);
    const { rows: audit } = await client.query(`SELECT action, actor FROM audit_log WHERE detail->>'documentNumber' = $1 ORDER BY id`, [penalty().documentNumber]);
    expect(audit).toEqual(["create", "supersede", "revoke"].map((action) => ({ action: `penalty.${action}`, actor: `department:${company.authority_id}` })));
    const { rows: feed } = await client.query(`SELECT kind, action FROM public_change WHERE id > $1 AND enterprise_id = $2 ORDER BY id`, [before[0].id, company.id]);
    expect(feed).toEqual([
      { kind: "penalty", action: "created" },
      { kind: "penalty", action: "updated" },
      { kind: "penalty", action: "revoked" },
    ]);
    const { rows: outbox } = await client.query(`SELECT count(*)::int AS n FROM search_outbox WHERE enterprise_id = $1 AND processed_at IS NULL`, [company.id]);
    expect(outbox[0].n).toBeGreaterThanOrEqual(3);
  });

  it("answers a batch per record and stores only the accepted ones", async () => {
    const records = [
      penalty({ documentNumber: `B-${RUN}-1` }),
      penalty({ documentNumber: `B-${RUN}-2`, violationType: "no-such-violation" }),
      penalty({ documentNumber: `B-${RUN}-3`, uscc: generateUscc({ division: "650102", random: Math.random }) }),
      penalty({ documentNumber: `B-${RUN}-1`, content: "same number twice" }),
      penalty({ documentNumber: `B-${RUN}-4`, kinds: ["warning"], fineYuan: null, decidedOn: "2026-01-05", publishedOn: "2026-03-02" }),
    ];
    const answer = await send("penalties", { records });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ kind: "penalties", received: 5, accepted: 2, rejected: 3 });
    expect(answer.body.results.map((result: { status: string }) => result.status)).toEqual(["accepted", "rejected", "rejected", "rejected", "accepted"]);
    expect(answer.body.results[1].errors[0]).toMatchObject({ field: "violationType", reason: "unknown-code" });
    expect(answer.body.results[2].errors[0]).toMatchObject({ field: "uscc", reason: "unknown-enterprise" });
    expect(answer.body.results[3].errors[0]).toMatchObject({ field: "documentNumber", reason: "duplicate-in-batch" });
    expect(answer.body.results[4].warnings[0]).toMatchObject({ field: "publishedOn", reason: "published-late" });
    const { rows } = await client.query(`SELECT decision_number FROM penalty WHERE decision_number LIKE $1 ORDER BY decision_number`, [`B-${RUN}-%`]);
    expect(rows.map((row) => row.decision_number)).toEqual([`B-${RUN}-1`, `B-${RUN}-4`]);
  });

  it("keeps document numbers per authority: another department's same number is another record", async () => {
    const record = penalty({ documentNumber: `SHARED-${RUN}`, violationType: "tax-filing-late" });
    expect((await send("penalties", record)).status).toBe(201);
    expect((await send("penalties", record, { key: taxKey })).status).toBe(201);
    const { rows } = await client.query(`SELECT authority_id FROM penalty WHERE decision_number = $1 ORDER BY authority_id`, [`SHARED-${RUN}`]);
    expect(rows.map((row) => row.authority_id)).toEqual([company.authority_id, taxAuthority].sort());
  });

  it("creates each record once when the same batch arrives twice at the same time", async () => {
    const records = Array.from({ length: 50 }, (_, n) => penalty({ documentNumber: `RACE-${RUN}-${n}` }));
    const [a, b] = await Promise.all([send("penalties", { records }), send("penalties", { records })]);
    const outcomes = [...a.body.results, ...b.body.results].map((result: { outcome: string }) => result.outcome);
    expect(outcomes.filter((outcome) => outcome === "created")).toHaveLength(50);
    expect(outcomes.filter((outcome) => outcome === "unchanged")).toHaveLength(50);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM penalty WHERE decision_number LIKE $1`, [`RACE-${RUN}-%`]);
    expect(rows[0].n).toBe(50);
  });
});

describe("the other kinds", () => {
  it("registers a new enterprise, public and searchable at once, and records later changes", async () => {
    const uscc = generateUscc({ division: company.region_code, random: Math.random });
    const registration = {
      uscc,
      nameZh: `乌鲁木齐${RUN}天山数据服务有限公司`,
      nameUg: "ئۈرۈمچى تەڭرىتاغ سانلىق مەلۇمات مۇلازىمەت چەكلىك شىركىتى",
      type: "llc",
      status: "active",
      legalRepName: "艾力·买买提",
      legalRepIdNumber: `65010219800101001${residentIdCheckChar("65010219800101001")}`,
      capital: "500",
      establishedOn: "2026-10-08",
      regionCode: company.region_code,
      industryCode: "I65",
      address: "新疆乌鲁木齐市天山区解放南路1号",
      scope: "数据处理和存储支持服务。",
    };
    const invalidId = await send("registrations", { ...registration, legalRepIdNumber: `65010219800101001${residentIdCheckChar("65010219800101001") === "0" ? "1" : "0"}` });
    expect(invalidId.body.errors[0]).toMatchObject({ field: "legalRepIdNumber", reason: "invalid-resident-id" });
    const created = await send("registrations", registration);
    expect(created).toMatchObject({ status: 201, body: { outcome: "created" } });
    const shown = await profile(uscc);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ uscc, nameZh: registration.nameZh, status: "active" });
    expect(JSON.stringify(shown.body)).not.toContain(registration.legalRepIdNumber);
    const found = await search(new Request(`${SITE}/api/v1/search?q=${encodeURIComponent(`${RUN}天山数据`)}`), { params: Promise.resolve({}) });
    expect(JSON.stringify(await found.json())).toContain(uscc);

    const renamed = await send("registrations", { ...registration, nameZh: `新疆${RUN}天山云数据有限公司`, approvedOn: TODAY });
    expect(renamed.body.outcome).toBe("superseded");
    const after = await profile(uscc);
    expect(after.body.nameZh).toBe(`新疆${RUN}天山云数据有限公司`);
    expect(after.body.government.changes).toEqual([expect.objectContaining({ item: "name", before: registration.nameZh, after: `新疆${RUN}天山云数据有限公司` })]);
    const byFormerName = await search(new Request(`${SITE}/api/v1/search?q=${encodeURIComponent(registration.nameZh)}`), { params: Promise.resolve({}) });
    expect(JSON.stringify(await byFormerName.json())).toContain(uscc);

    // Its Uyghur name, typed in Latin script, ranks it first; a corrected Uyghur name is searchable at once.
    const searchFirst = async (q: string) =>
      ((await (await search(new Request(`${SITE}/api/v1/search?q=${encodeURIComponent(q)}`), { params: Promise.resolve({}) })).json()) as { hits: { uscc: string }[] }).hits[0]?.uscc;
    expect(await searchFirst("Ürümchi tengritagh sanliq melumat mulazimet cheklik shirkiti")).toBe(uscc);
    const nameUg = "ئۈرۈمچى تەڭرىتاغ بۇلۇت سانلىق مەلۇمات چەكلىك شىركىتى";
    expect((await send("registrations", { ...registration, nameZh: `新疆${RUN}天山云数据有限公司`, nameUg, approvedOn: TODAY })).body.outcome).toBe("superseded");
    expect(await searchFirst("urumchi tengritagh bulut sanliq melumat cheklik shirkiti")).toBe(uscc);
  });

  it("accepts a legal pilot-area code whose organisation-code part fails its check, with a warning", async () => {
    const body = generateOrgCode(Math.random).slice(0, 8);
    const wrongOrgCheck = computeOrgCodeCheckChar(body) === "1" ? "2" : "1";
    const first17 = `91${company.region_code}${body}${wrongOrgCheck}`;
    const uscc = first17 + computeUsccCheckChar(first17);
    const answer = await send("registrations", {
      uscc,
      nameZh: `新疆${RUN}试点商贸有限公司`,
      type: "llc",
      status: "active",
      legalRepName: "王芳",
      establishedOn: "1999-03-01",
      regionCode: company.region_code,
      industryCode: "F51",
      address: "新疆乌鲁木齐市新市区北京南路2号",
      scope: "日用百货销售。",
    });
    expect(answer.status).toBe(201);
    expect(answer.body.warnings).toEqual([expect.objectContaining({ field: "uscc", reason: "pilot-code" })]);
  });

  it("accepts a code with a wrong check character only when the register already holds it (a legal pilot code), with a warning", async () => {
    const first17 = `91${company.region_code}${generateOrgCode(Math.random)}`;
    const right = computeUsccCheckChar(first17);
    const legacy = first17 + (right === "0" ? "1" : "0");
    const unknown = await send("penalties", penalty({ documentNumber: `PILOT-${RUN}`, uscc: legacy }));
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: "uscc", reason: "check-character", expected: right })]);
    // Planted as the register would hold it, with its search entry (other tests search the register).
    const { rows: planted } = await client.query<{ id: number; name_zh: string; legal_rep_name: string }>(
      `INSERT INTO enterprise (uscc, name_zh, type, status, legal_rep_name, legal_rep_role, established_on, authority_id, region_code, industry_code, address, scope)
       SELECT $1, name_zh || '（试点）', type, status, legal_rep_name, legal_rep_role, established_on, authority_id, region_code, industry_code, address, scope FROM enterprise WHERE id = $2
       RETURNING id, name_zh, legal_rep_name`,
      [legacy, company.id],
    );
    await insertSearchEntry(client, planted[0].id, { nameZh: planted[0].name_zh, nameUg: null, formerNames: [], legalRepName: planted[0].legal_rep_name });
    await refreshSearchFactsOf(client, [planted[0].id]);
    const known = await send("penalties", penalty({ documentNumber: `PILOT-${RUN}`, uscc: legacy }));
    expect(known.status).toBe(201);
    expect(known.body.warnings).toEqual([expect.objectContaining({ field: "uscc", reason: "pilot-code" })]);
  });

  it("publishes licences, spot checks and list entries, and a removal takes the company off the list", async () => {
    const licence = await send("licences", { documentNumber: `JY${RUN}`, uscc: company.uscc, name: "food-business", content: "预包装食品销售", validFrom: "2026-11-01", validTo: "2031-10-31" });
    expect(licence.status).toBe(201);
    const spotCheck = await send("spot-checks", { documentNumber: `CC${RUN}`, uscc: company.uscc, kind: "random", checkedOn: "2026-11-10", result: "normal" });
    expect(spotCheck.status).toBe(201);
    const listing = await send("abnormal-listings", { documentNumber: `YC${RUN}`, uscc: company.uscc, reason: "unreachable", listedOn: "2026-11-12" });
    expect(listing.status).toBe(201);
    let shown = await profile(company.uscc);
    expect(shown.body.alerts.isOnAbnormalList).toBe(true);
    expect(shown.body.government.licences).toEqual(expect.arrayContaining([expect.objectContaining({ documentNumber: `JY${RUN}`, validTo: "2031-10-31" })]));
    expect(shown.body.government.spotChecks).toEqual(expect.arrayContaining([expect.objectContaining({ checkedOn: "2026-11-10", result: "normal" })]));
    const { rows: flags } = await client.query(`SELECT is_abnormal FROM search_entry WHERE enterprise_id = $1`, [company.id]);
    expect(flags[0].is_abnormal).toBe(true);

    const wrongReason = await send("removals", { documentNumber: `YC${RUN}-R`, uscc: company.uscc, list: "abnormal-listings", listingDocumentNumber: `YC${RUN}`, reason: "period-expired", removedOn: TODAY });
    expect(wrongReason.body.errors[0]).toMatchObject({ field: "reason", reason: "wrong-removal-reason" });
    const unknown = await send("removals", { documentNumber: `YC${RUN}-X`, uscc: company.uscc, list: "abnormal-listings", listingDocumentNumber: "NO-SUCH", reason: "reachable-again", removedOn: TODAY });
    expect(unknown.body.errors[0]).toMatchObject({ field: "listingDocumentNumber", reason: "not-found" });
    const removal = await send("removals", { documentNumber: `YC${RUN}-R`, uscc: company.uscc, list: "abnormal-listings", listingDocumentNumber: `YC${RUN}`, reason: "reachable-again", removedOn: TODAY });
    expect(removal.status).toBe(201);
    shown = await profile(company.uscc);
    const entry = shown.body.government.abnormalListings.find((item: { listedOn: string; reason: string }) => item.listedOn === "2026-11-12" && item.reason === "unreachable");
    expect(entry).toMatchObject({ removalReason: "reachable-again", removedOn: TODAY });

    const seriousBefore = (await profile(company.uscc)).body.alerts.isOnSeriousViolationList;
    const serious = await send("serious-violations", { documentNumber: `YZ${RUN}`, uscc: company.uscc, reason: "false-registration", listedOn: "2026-11-15" });
    expect(serious.status).toBe(201);
    expect((await profile(company.uscc)).body.alerts.isOnSeriousViolationList).toBe(true);
    const withdrawn = await send("serious-violations", { documentNumber: `YZ${RUN}`, uscc: company.uscc, revoked: { on: TODAY, reason: "列入决定被撤销" } });
    expect(withdrawn.body.outcome).toBe("revoked");
    const afterWithdrawal = await profile(company.uscc);
    expect(afterWithdrawal.body.alerts.isOnSeriousViolationList).toBe(seriousBefore);
    expect(afterWithdrawal.body.government.seriousViolations).not.toContainEqual(expect.objectContaining({ listedOn: "2026-11-15", reason: "false-registration" }));

    const revokedLicence = await send("licences", { documentNumber: `JY${RUN}`, uscc: company.uscc, revoked: { on: TODAY, reason: "吊销许可证" } });
    expect(revokedLicence.body.outcome).toBe("revoked");
    shown = await profile(company.uscc);
    expect(shown.body.government.licences).toEqual(expect.arrayContaining([expect.objectContaining({ documentNumber: `JY${RUN}`, status: "revoked" })]));
  });

  it("refuses to revoke a registration or a removal, and a record of another enterprise under a known number", async () => {
    const registration = await send("registrations", { documentNumber: "R", uscc: company.uscc, revoked: { on: TODAY, reason: "x" } });
    expect(registration.body.errors[0]).toMatchObject({ field: "revoked", reason: "not-revocable" });
    const { rows } = await client.query(`SELECT uscc FROM enterprise WHERE id <> $1 ORDER BY id LIMIT 1`, [company.id]);
    const moved = await send("penalties", penalty({ documentNumber: `B-${RUN}-1`, uscc: rows[0].uscc }));
    expect(moved.body.errors[0]).toMatchObject({ field: "documentNumber", reason: "enterprise-mismatch" });
  });
});
