import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ug from "@/messages/ug.json";
import zh from "@/messages/zh.json";
import {
  INSTANT_INFO_FIELDS,
  INSTANT_INFO_KINDS,
  INSTANT_INFO_SCHEMAS,
  KIND_KEYS,
  normaliseDate,
  parseInstantInfo,
  toRawInstantInfo,
  valuesForForm,
  type InstantInfoKind,
  type RawInstantInfo,
} from "@/lib/validation/instant-info";

const today = "2026-11-23";

const VALID: Record<InstantInfoKind, RawInstantInfo> = {
  contribution: {
    shareholderName: ["阿依古丽·买买提"],
    subscribed: ["100"],
    subscribedVia: ["currency"],
    subscribedOn: ["2030-12-31"],
    paid: ["20.5"],
    paidVia: ["currency"],
    paidOn: ["2026-11-02"],
    changedOn: ["2026-11-02"],
  },
  "equity-change": { shareholderName: ["新疆某某投资有限公司"], ratioBefore: ["30"], ratioAfter: ["12.5"], changedOn: ["2026-10-09"] },
  licence: {
    documentNumber: ["JY16501020012345"],
    name: ["food-business"],
    validFrom: ["2026-09-01"],
    validTo: ["2031-08-31"],
    authorityName: ["乌鲁木齐市天山区市场监督管理局"],
    content: ["预包装食品销售"],
  },
  "ip-pledge": {
    registrationNumber: ["第12345678号"],
    kind: ["trademark"],
    name: ["天山雪"],
    pledgor: ["新疆即时信息测试商贸有限公司"],
    pledgee: ["中国银行乌鲁木齐分行"],
    termFrom: ["2026-08-01"],
    termTo: [""],
  },
  penalty: {
    decisionNumber: ["乌市监罚〔2026〕12号"],
    authorityId: ["amr-650100"],
    decidedOn: ["2026-11-10"],
    violationType: ["price-violation"],
    kinds: ["fine", "warning"],
    fineYuan: ["2000"],
    content: ["警告，罚款2000元"],
  },
};

function parse(kind: InstantInfoKind, changes: RawInstantInfo) {
  return parseInstantInfo(kind, { ...VALID[kind], ...changes }, { today });
}

function errorsOf(kind: InstantInfoKind, changes: RawInstantInfo): Record<string, string> {
  const result = parse(kind, changes);
  if (result.ok) throw new Error(`expected ${kind} to be refused`);
  return result.fieldErrors;
}

/** The message a key names under InstantInfo.errors, in one catalogue (undefined when missing). */
function message(catalogue: typeof en, key: string): string | undefined {
  let node: unknown = catalogue.InstantInfo.errors;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

describe("the instant-information schemas", () => {
  it("have one field list per kind with the schema's own fields, each with a label in every language", () => {
    for (const kind of INSTANT_INFO_KINDS) {
      const shape = Object.keys(INSTANT_INFO_SCHEMAS[kind]({ today }).shape);
      expect(INSTANT_INFO_FIELDS[kind].map((field) => field.name).sort()).toEqual(shape.sort());
      for (const field of INSTANT_INFO_FIELDS[kind]) {
        for (const catalogue of [zh, ug, en]) {
          const fields = catalogue.InstantInfo.fields[KIND_KEYS[kind]] as Record<string, { label: string }>;
          expect(fields[field.name]?.label, `${kind}.${field.name}`).toBeTruthy();
        }
      }
    }
  });

  it("accept a valid item of each kind and normalise it", () => {
    for (const kind of INSTANT_INFO_KINDS) expect(parse(kind, {}).ok, kind).toBe(true);
    const contribution = parse("contribution", { subscribed: ["１００.０"], paid: [" 20,000.50 "], subscribed_extra: ["x"] } as RawInstantInfo);
    expect(contribution.ok).toBe(false); // 20,000.5 paid > 100 subscribed
    const ok = parse("contribution", { subscribed: ["１２，３４５.６７８９"], paid: ["0"], paidVia: [""], paidOn: [""], changedOn: ["2026年11月2日"] });
    expect(ok.ok && ok.item.values).toMatchObject({ subscribed: "12345.6789", paid: "0", paidVia: null, paidOn: null, changedOn: "2026-11-02" });
    expect(ok.ok && ok.changedOn).toBe("2026-11-02");
    const penalty = parse("penalty", {});
    expect(penalty.ok && penalty.item.kind === "penalty" && penalty.item.values.kinds).toEqual(["warning", "fine"]); // the dictionary's order
    const ratio = parse("equity-change", { ratioBefore: ["30%"], ratioAfter: ["０"] });
    expect(ratio.ok && ratio.item.values).toMatchObject({ ratioBefore: "30", ratioAfter: "0" });
  });

  it("take the right date as the day of the change", () => {
    const changed = (kind: InstantInfoKind) => {
      const result = parse(kind, {});
      return result.ok ? result.changedOn : null;
    };
    expect(changed("contribution")).toBe("2026-11-02");
    expect(changed("equity-change")).toBe("2026-10-09");
    expect(changed("licence")).toBe("2026-09-01");
    expect(changed("ip-pledge")).toBe("2026-08-01");
    expect(changed("penalty")).toBe("2026-11-10");
  });

  it("name the field of every problem, and say what to do in every language", () => {
    const cases: [InstantInfoKind, RawInstantInfo, Record<string, string>][] = [
      ["contribution", { shareholderName: [""] }, { shareholderName: "contribution.shareholderName.required" }],
      ["contribution", { shareholderName: ["甲".repeat(101)] }, { shareholderName: "contribution.shareholderName.tooLong" }],
      ["contribution", { subscribed: ["12.1234567"] }, { subscribed: "contribution.subscribed.format" }],
      ["contribution", { subscribed: ["abc"] }, { subscribed: "contribution.subscribed.format" }],
      ["contribution", { subscribed: ["0"], paid: ["0"], paidVia: [""], paidOn: [""] }, { subscribed: "contribution.subscribed.zero" }],
      ["contribution", { subscribedVia: ["gold"] }, { subscribedVia: "contribution.subscribedVia.required" }],
      ["contribution", { subscribedOn: ["2030-02-30"] }, { subscribedOn: "contribution.subscribedOn.format" }],
      ["contribution", { paid: ["100.000001"] }, { paid: "contribution.paid.moreThanSubscribed" }],
      ["contribution", { paid: ["0"] }, { paid: "contribution.paid.zeroWithPayment" }],
      ["contribution", { paidVia: [""], paidOn: [""] }, { paidVia: "contribution.paidVia.required", paidOn: "contribution.paidOn.required" }],
      ["contribution", { paidOn: ["2026-11-24"] }, { paidOn: "contribution.paidOn.future" }],
      ["contribution", { changedOn: ["2027-01-01"] }, { changedOn: "contribution.changedOn.future" }],
      ["contribution", { changedOn: [""] }, { changedOn: "contribution.changedOn.required" }],
      ["equity-change", { ratioBefore: ["100.5"] }, { ratioBefore: "equityChange.ratioBefore.range" }],
      ["equity-change", { ratioAfter: ["-5"] }, { ratioAfter: "equityChange.ratioAfter.format" }],
      ["equity-change", { ratioAfter: ["30.0000"] }, { ratioAfter: "equityChange.ratioAfter.same" }],
      ["equity-change", { changedOn: ["yesterday"] }, { changedOn: "equityChange.changedOn.format" }],
      ["licence", { validTo: ["2026-09-01"] }, { validTo: "licence.validTo.notAfterFrom" }],
      ["licence", { validFrom: ["2026-12-01"] }, { validFrom: "licence.validFrom.future" }],
      ["licence", { name: ["driving"] }, { name: "licence.name.required" }],
      ["licence", { content: ["内".repeat(501)] }, { content: "licence.content.tooLong" }],
      ["ip-pledge", { termTo: ["2020-01-01"] }, { termTo: "ipPledge.termTo.notAfterFrom" }],
      ["ip-pledge", { kind: [""], pledgee: [""] }, { kind: "ipPledge.kind.required", pledgee: "ipPledge.pledgee.required" }],
      ["penalty", { kinds: [] }, { kinds: "penalty.kinds.required" }],
      ["penalty", { kinds: ["warning", "jail"] }, { kinds: "penalty.kinds.required" }],
      ["penalty", { kinds: ["warning"] }, { fineYuan: "penalty.fineYuan.withoutFine" }],
      ["penalty", { fineYuan: [""] }, { fineYuan: "penalty.fineYuan.required" }],
      ["penalty", { fineYuan: ["0"] }, { fineYuan: "penalty.fineYuan.zero" }],
      ["penalty", { fineYuan: ["12.345"] }, { fineYuan: "penalty.fineYuan.format" }],
      ["penalty", { authorityId: ["amr-999999"] }, { authorityId: "penalty.authorityId.required" }],
      ["penalty", { decidedOn: ["2026-11-24"] }, { decidedOn: "penalty.decidedOn.future" }],
    ];
    for (const [kind, changes, expected] of cases) {
      const errors = errorsOf(kind, changes);
      expect(errors, JSON.stringify(changes)).toEqual(expected);
      for (const key of Object.values(errors)) {
        for (const catalogue of [zh, ug, en]) expect(message(catalogue, key), key).toBeTruthy();
      }
    }
  });

  it("reports every field's own problem at once (cross-field checks follow once the fields are right)", () => {
    const errors = errorsOf("contribution", { shareholderName: [""], subscribed: [""], subscribedVia: [""], subscribedOn: [""], paid: [""], changedOn: ["2099-01-01"] });
    expect(Object.keys(errors).sort()).toEqual(["changedOn", "paid", "shareholderName", "subscribed", "subscribedOn", "subscribedVia"]);
  });

  it("reads dates as people type them, and only real ones", () => {
    expect(normaliseDate("2025-10-09")).toBe("2025-10-09");
    expect(normaliseDate("2025/10/9")).toBe("2025-10-09");
    expect(normaliseDate("2025.1.2")).toBe("2025-01-02");
    expect(normaliseDate("２０２５年１０月９日")).toBe("2025-10-09");
    expect(normaliseDate(" 2024-02-29 ")).toBe("2024-02-29");
    // The examples on the pages use non-breaking hyphens (and, in Uyghur, direction isolates): copied, they still read.
    expect(normaliseDate("\u20662025\u201110\u201109\u2069")).toBe("2025-10-09");
    expect(normaliseDate("2025－10－09")).toBe("2025-10-09");
    expect(normaliseDate("2025-02-29")).toBeNull();
    expect(normaliseDate("09/10/2025")).toBeNull();
    expect(normaliseDate("1900-01-01")).toBeNull();
  });

  it("turns a checked item back into the form's values, and sends a failed form back short", () => {
    const result = parse("penalty", {});
    if (!result.ok) throw new Error("expected a valid penalty");
    expect(toRawInstantInfo(result.item)).toMatchObject({ kinds: ["warning", "fine"], fineYuan: ["2000"], decidedOn: ["2026-11-10"] });
    const back = valuesForForm("licence", { ...VALID.licence, content: ["内".repeat(5000)], unknown: ["x"] });
    expect(back.unknown).toBeUndefined();
    expect([...back.content[0]].length).toBe(520);
    expect(parseInstantInfo("licence", back, { today }).ok).toBe(false);
  });
});
