import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { requireDatabaseUrl } from "../../support/database";
import { INSTANT_ENTERPRISES, INSTANT_MARKERS, plantInstantEnterprise, startInstantFilerSession } from "../../support/instant-filer";
import { companyPagesTag } from "@/lib/records/company-pages-cache";

/**
 * Publishing instant information through the route handlers, as the browser posts the forms:
 * the session cookie is read through next/headers (stubbed here with the test's cookie), cached
 * pages are expired for every server process through page_cache_tag. Runs on the shared test database with the
 * two enterprises of tests/support/instant-filer.ts.
 */
const cookie = vi.hoisted(() => ({ token: null as string | null }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "xj_session" && cookie.token ? { name, value: cookie.token } : undefined),
    set: () => {},
    delete: () => {},
  }),
}));

const { POST: submit } = await import("@/app/[locale]/filing/[uscc]/instant/[kind]/submit/route");
const { POST: publish } = await import("@/app/[locale]/filing/[uscc]/instant/[kind]/publish/route");
const { GET: companyJson } = await import("@/app/api/v1/companies/[uscc]/route");
const { listPublishedInstantInfo } = await import("@/lib/records/instant-info");
const { parseInstantInfo } = await import("@/lib/validation/instant-info");
const { registerToday } = await import("@/lib/rules/publicity");
const { addWorkingDays, workingDaysBetween } = await import("@/lib/rules/working-days");

const SITE = "http://localhost:3000";
const A = INSTANT_ENTERPRISES.a.uscc;
const B = INSTANT_ENTERPRISES.b.uscc;

type Form = Record<string, string | string[]>;

function body(form: Form): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  return params;
}

async function post(
  handler: typeof submit,
  { locale = "zh", uscc = A, kind, form, token, origin = SITE }: { locale?: string; uscc?: string; kind: string; form: Form; token: string | null; origin?: string | null },
): Promise<Response> {
  cookie.token = token;
  const action = handler === submit ? "submit" : "publish";
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (origin) headers.origin = origin;
  const request = new Request(`${SITE}/${locale}/filing/${uscc}/instant/${kind}/${action}`, { method: "POST", headers, body: body(form) });
  return handler(request, { params: Promise.resolve({ locale, uscc, kind }) });
}

function location(response: Response): URL {
  return new URL(response.headers.get("location") ?? "", SITE);
}

const today = registerToday();
/** The day `n` working days before today (an item changed then is on time when n < 20). */
function workingDaysAgo(n: number): string {
  let day = today;
  while (workingDaysBetween(day, today).count < n) day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return day;
}
const recent = workingDaysAgo(5);
/** Makes this run's items differ from earlier runs' on a reused database (an identical item posted again is not published twice). */
const RUN = Date.now().toString(36).toUpperCase();

const FORMS: Record<string, Form> = {
  contribution: {
    shareholderName: `阿依古丽·买买提 ${RUN}`,
    subscribed: "150.123456",
    subscribedVia: "currency",
    subscribedOn: "2031-12-31",
    paid: "50",
    paidVia: "currency",
    paidOn: recent,
    changedOn: recent,
  },
  "equity-change": { shareholderName: `新疆天池投资有限公司 ${RUN}`, ratioBefore: "40", ratioAfter: "25.5", changedOn: recent },
  licence: {
    documentNumber: `JY165010400${RUN}`,
    name: "food-business",
    validFrom: recent,
    validTo: "2031-12-31",
    authorityName: "乌鲁木齐市新市区市场监督管理局",
    content: "预包装食品（含冷藏冷冻食品）销售",
  },
  "ip-pledge": {
    registrationNumber: `第${RUN}号`,
    kind: "trademark",
    name: "即时雪莲",
    pledgor: INSTANT_ENTERPRISES.a.nameZh,
    pledgee: "中国工商银行乌鲁木齐分行",
    termFrom: recent,
    termTo: "",
  },
  penalty: {
    decisionNumber: `乌新市监罚〔2026〕${RUN}号`,
    authorityId: "amr-650104",
    decidedOn: recent,
    violationType: "price-violation",
    kinds: ["warning", "fine"],
    fineYuan: "2500",
    content: "警告，并处罚款2500元",
  },
};

let client: Client;
let tokenA: string;
let tokenB: string;
let enterpriseA: number;

async function count(sql: string, parameters: unknown[]): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql, parameters);
  return Number(rows[0].n);
}

beforeAll(async () => {
  const url = requireDatabaseUrl();
  enterpriseA = (await plantInstantEnterprise(url, "a")).id;
  await plantInstantEnterprise(url, "b");
  tokenA = await startInstantFilerSession(url, "a");
  tokenB = await startInstantFilerSession(url, "b");
  client = new Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
});

describe("publishing instant information", () => {
  it.each(Object.keys(FORMS))("publishes a %s at once, with its audit-log and outbox entries, on the public page and in the JSON", async (kind) => {
    const outboxBefore = await count("SELECT count(*) AS n FROM search_outbox WHERE enterprise_id = $1", [enterpriseA]);
    const sentAt = Date.now();

    const checked = await post(submit, { kind, form: FORMS[kind], token: tokenA });
    expect(checked.status).toBe(303);
    expect(location(checked).pathname).toBe(`/zh/filing/${A}/instant/${kind}/check`);

    // The check page's hidden fields: the values as checked, in the address it was sent to.
    const hidden: Form = {};
    for (const [name, value] of location(checked).searchParams) hidden[name] = [...((hidden[name] as string[] | undefined) ?? []), value];
    const published = await post(publish, { kind, form: hidden, token: tokenA });
    expect(published.status).toBe(303);
    const target = location(published);
    expect(target.pathname).toBe(`/zh/filing/${A}/instant`);
    const [, id] = /^[a-z-]+-(\d+)$/.exec(target.searchParams.get("published") ?? "") ?? [];
    expect(Number(id)).toBeGreaterThan(0);

    const entity = { contribution: "contribution", "equity-change": "equity_change", licence: "licence", "ip-pledge": "ip_pledge", penalty: "penalty" }[kind]!;
    const audit = await client.query<{ actor: string; action: string; enterprise_id: number; detail: { deadline: string; isOnTime: boolean; changedOn: string } }>(
      "SELECT actor, action, enterprise_id, detail FROM audit_log WHERE entity_type = $1 AND entity_id = $2",
      [entity, id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actor: `filer:${A}`, action: `${entity}.publish`, enterprise_id: enterpriseA });
    expect(audit.rows[0].detail).toMatchObject({ changedOn: recent, deadline: addWorkingDays(recent, 20).date, isOnTime: true });
    expect(await count("SELECT count(*) AS n FROM search_outbox WHERE enterprise_id = $1 AND op = 'upsert'", [enterpriseA])).toBe(outboxBefore + 1);
    const { rows: expired } = await client.query<{ expired_at: number }>(`SELECT expired_at FROM page_cache_tag WHERE tag = $1`, [companyPagesTag(A)]);
    expect(expired[0]?.expired_at).toBeGreaterThanOrEqual(sentAt);

    const response = await companyJson(new Request(`${SITE}/api/v1/companies/${A}`), { params: Promise.resolve({ uscc: A }) });
    const text = await response.text();
    for (const marker of Object.values(INSTANT_MARKERS)) expect(text).not.toContain(marker);
    const profile = JSON.parse(text);
    const self = profile.selfPublished;
    switch (kind) {
      case "contribution":
        expect(self.contributions).toContainEqual({
          shareholderName: `阿依古丽·买买提 ${RUN}`,
          subscribed: "150.123456",
          subscribedOn: "2031-12-31",
          subscribedVia: "currency",
          paid: "50",
          paidOn: recent,
          paidVia: "currency",
        });
        break;
      case "equity-change":
        expect(self.equityChanges).toContainEqual({ shareholderName: `新疆天池投资有限公司 ${RUN}`, ratioBefore: "40", ratioAfter: "25.5", changedOn: recent });
        break;
      case "licence":
        expect(self.licences).toContainEqual(
          expect.objectContaining({ documentNumber: `JY165010400${RUN}`, name: "food-business", authority: null, authorityName: "乌鲁木齐市新市区市场监督管理局", publishedOn: today }),
        );
        expect(profile.government.licences.map((row: { documentNumber: string }) => row.documentNumber)).not.toContain(`JY165010400${RUN}`);
        break;
      case "ip-pledge":
        expect(self.ipPledges).toContainEqual(expect.objectContaining({ registrationNumber: `第${RUN}号`, kind: "trademark", termTo: null, status: "valid" }));
        break;
      case "penalty":
        expect(self.penalties).toContainEqual(
          expect.objectContaining({ decisionNumber: `乌新市监罚〔2026〕${RUN}号`, kinds: ["warning", "fine"], fineYuan: "2500", decidedOn: recent, documentText: "" }),
        );
        expect(profile.government.penalties.map((row: { decisionNumber: string }) => row.decisionNumber)).not.toContain(`乌新市监罚〔2026〕${RUN}号`);
        expect(profile.alerts.penaltiesInPublicity).toBeGreaterThan(0);
        // Penalties in publicity is a search filter: the search facts were refreshed with the write.
        expect(await count("SELECT count(*) AS n FROM search_entry WHERE enterprise_id = $1 AND penalty_public_until >= $2::date", [enterpriseA, today])).toBe(1);
        break;
    }

    const listed = await listPublishedInstantInfo({ enterpriseId: enterpriseA, today });
    const item = listed[kind as keyof typeof listed].find((row) => row.id === Number(id));
    expect(item).toMatchObject({ changedOn: recent, publishedOn: today, isOnTime: true, deadline: { date: addWorkingDays(recent, 20).date } });
  });

  it("counts the deadline on the holiday calendar and records a late publication as late", async () => {
    // Friday 26 September 2025: the National Day holiday (1–8 October) does not count, Sunday
    // 28 September and Saturday 11 October do: due on Thursday 30 October 2025.
    const form = { ...FORMS["equity-change"], shareholderName: `国庆测试股东 ${RUN}`, changedOn: "2025-09-26" };
    const response = await post(publish, { kind: "equity-change", form, token: tokenA });
    expect(response.status).toBe(303);
    const id = Number(location(response).searchParams.get("published")?.split("-").pop());
    const listed = await listPublishedInstantInfo({ enterpriseId: enterpriseA, today });
    expect(listed["equity-change"].find((row) => row.id === id)).toMatchObject({
      changedOn: "2025-09-26",
      deadline: { date: "2025-10-30", isProvisional: false },
      isOnTime: false,
    });
    const { rows } = await client.query<{ detail: { deadline: string; isOnTime: boolean } }>(
      "SELECT detail FROM audit_log WHERE entity_type = 'equity_change' AND entity_id = $1",
      [String(id)],
    );
    expect(rows[0].detail).toMatchObject({ deadline: "2025-10-30", isOnTime: false });
  });

  it("publishes an item posted twice (a double click, the back button) once", async () => {
    const form = { ...FORMS["ip-pledge"], registrationNumber: `第${RUN}-2号` };
    const first = await post(publish, { kind: "ip-pledge", form, token: tokenA });
    const again = await post(publish, { kind: "ip-pledge", form, token: tokenA });
    expect(location(again).searchParams.get("published")).toBe(location(first).searchParams.get("published"));
    expect(await count("SELECT count(*) AS n FROM ip_pledge WHERE registration_number = $1", [form.registrationNumber])).toBe(1);
    const id = location(first).searchParams.get("published")?.split("-").pop();
    expect(await count("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'ip_pledge' AND entity_id = $1", [id])).toBe(1);
    // Another item is published, of course.
    const other = await post(publish, { kind: "ip-pledge", form: { ...form, registrationNumber: `第${RUN}-3号` }, token: tokenA });
    expect(location(other).searchParams.get("published")).not.toBe(location(first).searchParams.get("published"));
  });

  it("sends a form with problems back with the values typed, naming each field, and writes nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM contribution WHERE enterprise_id = $1", [enterpriseA]);
    const form = { ...FORMS.contribution, subscribed: "100", paid: "120", changedOn: "2099-01-01", shareholderName: "" };
    for (const handler of [submit, publish]) {
      const response = await post(handler, { kind: "contribution", form, token: tokenA });
      expect(response.status).toBe(303);
      const target = location(response);
      expect(target.pathname).toBe(`/zh/filing/${A}/instant/contribution`);
      expect(target.searchParams.get("invalid")).toBe("1");
      expect(target.searchParams.get("paid")).toBe("120");
      // The form page works the problems out again from these values, with the same schema.
      const raw: Record<string, string[]> = {};
      for (const [name, value] of target.searchParams) if (name !== "invalid") (raw[name] ??= []).push(value);
      const parsed = parseInstantInfo("contribution", raw, { today });
      expect(parsed.ok ? {} : parsed.fieldErrors).toEqual({
        shareholderName: "contribution.shareholderName.required",
        changedOn: "contribution.changedOn.future",
      });
    }
    // Once the fields are right, the cross-field check names the paid-in amount.
    const crossField = await post(submit, { kind: "contribution", form: { ...FORMS.contribution, subscribed: "100", paid: "120" }, token: tokenA });
    const raw: Record<string, string[]> = {};
    for (const [name, value] of location(crossField).searchParams) if (name !== "invalid") (raw[name] ??= []).push(value);
    const parsed = parseInstantInfo("contribution", raw, { today });
    expect(parsed.ok ? {} : parsed.fieldErrors).toEqual({ paid: "contribution.paid.moreThanSubscribed" });
    expect(await count("SELECT count(*) AS n FROM contribution WHERE enterprise_id = $1", [enterpriseA])).toBe(before);
  });
});

describe("who may post", () => {
  it("answers 404 for another enterprise's code, an unknown code or an unknown kind, and writes nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM equity_change", []);
    for (const handler of [submit, publish]) {
      expect((await post(handler, { uscc: B, kind: "equity-change", form: FORMS["equity-change"], token: tokenA })).status).toBe(404);
      expect((await post(handler, { uscc: A, kind: "equity-change", form: FORMS["equity-change"], token: tokenB })).status).toBe(404);
      expect((await post(handler, { uscc: "91650100MA00000000", kind: "equity-change", form: FORMS["equity-change"], token: tokenA })).status).toBe(404);
      expect((await post(handler, { kind: "mortgage", form: FORMS["equity-change"], token: tokenA })).status).toBe(404);
      expect((await post(handler, { locale: "fr", kind: "equity-change", form: FORMS["equity-change"], token: tokenA })).status).toBe(404);
    }
    expect(await count("SELECT count(*) AS n FROM equity_change", [])).toBe(before);
  });

  it("refuses another site's post (403), with or without a session, and writes nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM licence WHERE enterprise_id = $1", [enterpriseA]);
    for (const handler of [submit, publish]) {
      expect((await post(handler, { kind: "licence", form: FORMS.licence, token: tokenA, origin: "https://evil.example" })).status).toBe(403);
      expect((await post(handler, { kind: "licence", form: FORMS.licence, token: tokenA, origin: null })).status).toBe(403);
      expect((await post(handler, { kind: "licence", form: FORMS.licence, token: null, origin: "https://evil.example" })).status).toBe(403);
    }
    expect(await count("SELECT count(*) AS n FROM licence WHERE enterprise_id = $1", [enterpriseA])).toBe(before);
  });

  it("sends a signed-out post (or an expired session) to sign in, then back to the form", async () => {
    for (const token of [null, "not-a-session", await expiredSession()]) {
      const response = await post(publish, { locale: "ug", kind: "licence", form: FORMS.licence, token });
      expect(response.status).toBe(303);
      const target = location(response);
      expect(target.pathname).toBe("/ug/filing/login");
      expect(target.searchParams.get("next")).toBe(`/ug/filing/${A}/instant/licence`);
    }
  });
});

/** A session of enterprise A's liaison that expired a minute ago. */
async function expiredSession(): Promise<string> {
  const token = await startInstantFilerSession(requireDatabaseUrl(), "a");
  const { createHash } = await import("node:crypto");
  await client.query("UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE id = $1", [createHash("sha256").update(token).digest("hex")]);
  return token;
}
