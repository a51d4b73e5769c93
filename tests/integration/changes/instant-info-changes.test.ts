import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishInstantInfo } from "@/lib/records/instant-info";
import { registerToday } from "@/lib/rules/publicity";
import { INSTANT_INFO_KINDS, parseInstantInfo, type InstantInfoItem, type InstantInfoKind } from "@/lib/validation/instant-info";
import { createFilingCompany } from "@/prisma/seed/filing-fixtures";
import { requireDatabaseUrl } from "../../support/database";
import { failWritesOf, feedLines, feedRowsOf } from "../../support/public-changes";

/**
 * The changes feed's rows for instant information (lib/records/instant-info.ts): each published
 * item is "<kind> created <row id>", in the publication's transaction; an item posted again is
 * not a new change. Each test publishes for an enterprise of its own on the shared test database.
 */
const url = requireDatabaseUrl();
let client: Client;
const today = registerToday();

beforeAll(async () => {
  client = new Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

const RAW: Record<InstantInfoKind, Record<string, string[]>> = {
  contribution: {
    shareholderName: ["变更股东甲"],
    subscribed: ["150"],
    subscribedVia: ["currency"],
    subscribedOn: ["2031-12-31"],
    paid: ["50"],
    paidVia: ["currency"],
    paidOn: [today],
    changedOn: [today],
  },
  "equity-change": { shareholderName: ["变更股东乙"], ratioBefore: ["40"], ratioAfter: ["25"], changedOn: [today] },
  licence: { documentNumber: ["JY16501020000001"], name: ["food-business"], validFrom: [today], validTo: ["2031-12-31"], authorityName: ["乌鲁木齐市天山区市场监督管理局"], content: ["预包装食品销售"] },
  "ip-pledge": { registrationNumber: ["第20260001号"], kind: ["trademark"], name: ["变更雪莲"], pledgor: ["变更测试公司"], pledgee: ["中国工商银行乌鲁木齐分行"], termFrom: [today], termTo: [""] },
  penalty: {
    decisionNumber: ["乌天市监罚〔2026〕9001号"],
    authorityId: ["amr-650102"],
    decidedOn: [today],
    violationType: ["price-violation"],
    kinds: ["warning"],
    fineYuan: [""],
    content: ["警告"],
  },
};

function item(kind: InstantInfoKind): { item: InstantInfoItem; changedOn: string } {
  const parsed = parseInstantInfo(kind, RAW[kind], { today });
  if (!parsed.ok) throw new Error(`${kind}: ${JSON.stringify(parsed.fieldErrors)}`);
  return parsed;
}

describe("instant information in the changes feed", () => {
  it("lists each published item as created, with its row's id, in the order published", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2020-02-01", label: "即时变更" });
    const ids: number[] = [];
    for (const kind of INSTANT_INFO_KINDS) {
      const published = await publishInstantInfo({ enterpriseId: company.id, actor: `filer:${company.uscc}`, ...item(kind), today });
      ids.push(published.id);
    }
    const rows = await feedRowsOf(client, company.id);
    expect(feedLines(rows)).toEqual(INSTANT_INFO_KINDS.map((kind, index) => `${kind} created ${ids[index]}`));
    expect(rows.map((row) => BigInt(row.id))).toEqual(rows.map((row) => BigInt(row.id)).sort((a, b) => (a < b ? -1 : 1)));

    // Posted again (a double click): the item already published, and no second change.
    const again = await publishInstantInfo({ enterpriseId: company.id, actor: `filer:${company.uscc}`, ...item("penalty"), today });
    expect(again.id).toBe(ids.at(-1));
    expect(await feedRowsOf(client, company.id)).toHaveLength(INSTANT_INFO_KINDS.length);
  });

  it("writes no feed row when the publication fails, and publishes nothing when the feed row fails", async () => {
    const company = await createFilingCompany(url, { establishedOn: "2020-02-01", label: "即时失败" });
    const publish = () => publishInstantInfo({ enterpriseId: company.id, actor: `filer:${company.uscc}`, ...item("licence"), today });
    const licences = async () => Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM licence WHERE enterprise_id = $1", [company.id])).rows[0].n);

    for (const table of ["search_outbox", "public_change"]) {
      const restore = await failWritesOf(client, { table, enterpriseId: company.id });
      try {
        await expect(publish()).rejects.toThrow(/planted failure/);
      } finally {
        await restore();
      }
      expect(await licences()).toBe(0);
      expect(await feedRowsOf(client, company.id)).toEqual([]);
    }
    const published = await publish();
    expect(feedLines(await feedRowsOf(client, company.id))).toEqual([`licence created ${published.id}`]);
  });
});
