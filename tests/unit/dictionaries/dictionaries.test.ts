import { describe, expect, it } from "vitest";
import {
  COUNTIES,
  ENTERPRISE_TYPES,
  INDUSTRY_DIVISIONS,
  INDUSTRY_SECTIONS,
  PREFECTURES,
  RECORD_TERMS,
  STATUSES,
  STRUCTURED_GROUPS,
  TERM_GROUPS,
  authorityIdsFor,
  buildAuthorities,
  findAuthority,
  findRegion,
  isDictionaryGroup,
  listTerms,
  prefectureOf,
  sectionOf,
  termLabel,
  termNames,
  type DictionaryGroup,
} from "@/lib/dictionaries";

const ARABIC = /[\u0600-\u06FF]/;
const HAN = /[\u3400-\u9FFF]/;
const ALL_GROUPS: DictionaryGroup[] = [...STRUCTURED_GROUPS, ...TERM_GROUPS];

describe("every dictionary entry", () => {
  it.each(ALL_GROUPS)("%s: non-empty zh/ug/en, Uyghur in Arabic script, unique codes", (group) => {
    const terms = listTerms(group);
    expect(terms.length).toBeGreaterThan(0);
    const codes = terms.map((term) => term.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { code, names } of terms) {
      expect(code.trim(), `${group} code`).not.toBe("");
      for (const locale of ["zh", "ug", "en"] as const) {
        expect(names[locale].trim(), `${group}/${code}/${locale}`).not.toBe("");
      }
      expect(names.zh, `${group}/${code}/zh`).toMatch(HAN);
      expect(names.ug, `${group}/${code}/ug`).toMatch(ARABIC);
      expect(names.ug, `${group}/${code}/ug has Chinese`).not.toMatch(HAN);
      expect(names.en, `${group}/${code}/en`).not.toMatch(HAN);
      expect(names.en, `${group}/${code}/en`).not.toMatch(ARABIC);
    }
  });

  it("record-term codes are stable kebab-case (currencies are ISO 4217)", () => {
    for (const group of TERM_GROUPS) {
      for (const code of Object.keys(RECORD_TERMS[group])) {
        expect(code, group).toMatch(group === "currencies" ? /^[A-Z]{3}$/ : /^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });
});

describe("termLabel", () => {
  it("labels codes in each locale", () => {
    expect(termLabel("statuses", "active", "zh")).toBe("存续（在营、开业、在册）");
    expect(termLabel("enterprise-types", "llc", "ug")).toBe("چەكلىك مەسئۇلىيەت شىركىتى");
    expect(termLabel("regions", "650102", "zh")).toBe("天山区");
    expect(termLabel("regions", "650100", "en")).toBe("Ürümqi");
    expect(termLabel("regions", "650000", "zh")).toBe("新疆维吾尔自治区");
    expect(termLabel("industries", "F51", "zh")).toBe("批发业");
    expect(termLabel("industries", "F", "en")).toBe("Wholesale and retail trade");
    expect(termLabel("industry-sections", "I", "zh")).toBe("信息传输、软件和信息技术服务业");
    expect(termLabel("authorities", "amr-650102", "zh")).toBe("乌鲁木齐市天山区市场监督管理局");
    expect(termLabel("penalty-kinds", "fine", "en")).toBe("Fine");
    expect(termLabel("legal-rep-roles", "operator", "zh")).toBe("经营者");
  });

  it("falls back to the code for unknown codes and never throws", () => {
    expect(termLabel("statuses", "no-such-status", "en")).toBe("no-such-status");
    expect(termLabel("industries", "Z99", "zh")).toBe("Z99");
    expect(termLabel("authorities", "amr-999999", "ug")).toBe("amr-999999");
    expect(termLabel("penalty-kinds", "__proto__", "zh")).toBe("__proto__");
    expect(termLabel("penalty-kinds", "toString", "zh")).toBe("toString");
    expect(termLabel("no-such-group" as DictionaryGroup, "x", "zh")).toBe("x");
    expect(termNames("regions", "")).toBeUndefined();
  });

  it("knows its groups", () => {
    expect(isDictionaryGroup("violation-types")).toBe(true);
    expect(isDictionaryGroup("regions")).toBe(true);
    expect(isDictionaryGroup("nope")).toBe(false);
  });
});

describe("regions", () => {
  it("has the 14 prefecture-level units with 2–8 counties each, codes consistent", () => {
    expect(PREFECTURES.map((p) => p.code)).toEqual([
      "650100", "650200", "650400", "650500", "652300", "652700", "652800",
      "652900", "653000", "653100", "653200", "654000", "654200", "654300",
    ]);
    for (const prefecture of PREFECTURES) {
      const counties = COUNTIES.filter((c) => c.prefectureCode === prefecture.code);
      expect(counties.length, prefecture.names.zh).toBeGreaterThanOrEqual(2);
      expect(counties.length, prefecture.names.zh).toBeLessThanOrEqual(8);
    }
    for (const county of COUNTIES) {
      expect(county.code).toMatch(/^65\d{4}$/);
      expect(county.code.endsWith("00")).toBe(false);
      expect(prefectureOf(county.code)?.code).toBe(county.prefectureCode);
      expect(findRegion(county.code)).toBe(county);
      expect(county.weight).toBeGreaterThan(0);
      expect(county.ugAttributive).toMatch(ARABIC);
    }
    const urumqi = COUNTIES.filter((c) => c.prefectureCode === "650100").reduce((sum, c) => sum + c.weight, 0);
    const kashgar = COUNTIES.filter((c) => c.prefectureCode === "653100").reduce((sum, c) => sum + c.weight, 0);
    expect(urumqi).toBeGreaterThan(kashgar * 2);
  });
});

describe("enterprise types and statuses", () => {
  it("carry consistent registration facts", () => {
    for (const type of ENTERPRISE_TYPES) {
      expect(["1", "2", "3"]).toContain(type.usccEntityType);
      expect(RECORD_TERMS["legal-rep-roles"]).toHaveProperty(type.legalRepRole);
      expect(RECORD_TERMS["address-labels"]).toHaveProperty(type.addressLabel);
      if (type.annualReportForm !== null) expect(RECORD_TERMS["annual-report-forms"]).toHaveProperty(type.annualReportForm);
      expect(type.weight).toBeGreaterThan(0);
    }
    const byCode = new Map(ENTERPRISE_TYPES.map((type) => [type.code, type]));
    expect(byCode.get("individual-business")?.usccEntityType).toBe("2");
    expect(byCode.get("farmers-cooperative")?.usccEntityType).toBe("3");
    expect(byCode.get("branch")?.hasCapital).toBe(false);
    expect(byCode.get("branch")?.annualReportForm).toBeNull();
    expect(STATUSES.filter((s) => s.isLive).map((s) => s.code)).toEqual(["active"]);
  });
});

describe("industries", () => {
  it("has all 20 sections and divisions with aligned name words and scopes", () => {
    expect(INDUSTRY_SECTIONS.map((s) => s.code).join("")).toBe("ABCDEFGHIJKLMNOPQRST");
    expect(INDUSTRY_DIVISIONS.length).toBeGreaterThanOrEqual(35);
    for (const division of INDUSTRY_DIVISIONS) {
      expect(division.code).toMatch(/^[A-T]\d{2}$/);
      expect(sectionOf(division.code)?.code).toBe(division.section);
      expect(division.words.zh.length).toBeGreaterThan(0);
      expect(division.words.ug.length).toBe(division.words.zh.length);
      expect(division.words.en.length).toBe(division.words.zh.length);
      division.words.ug.forEach((word) => expect(word).toMatch(ARABIC));
      expect(division.scopes.length).toBeGreaterThanOrEqual(1);
      division.scopes.forEach((text) => expect(text).toMatch(/^一般项目：.+（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）/));
    }
  });
});

describe("authorities", () => {
  const rows = buildAuthorities();

  it("has unique ids and a bureau for the region, every prefecture and every county", () => {
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("amr-650000");
    for (const prefecture of PREFECTURES) {
      for (const prefix of ["amr", "tax", "env", "health", "transport", "emergency", "housing", "tobacco"]) {
        expect(ids).toContain(`${prefix}-${prefecture.code}`);
      }
    }
    for (const county of COUNTIES) {
      expect(ids).toContain(`amr-${county.code}`);
      for (const id of Object.values(authorityIdsFor(county.code))) expect(findAuthority(id), id).toBeDefined();
    }
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(["id", "kind", "name_en", "name_ug", "name_zh", "region_code"]);
      expect(row.name_ug).toMatch(ARABIC);
    }
  });

  it("names authorities the way they are officially named", () => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get("amr-650000")?.name_zh).toBe("新疆维吾尔自治区市场监督管理局");
    expect(byId.get("amr-653125")?.name_zh).toBe("莎车县市场监督管理局");
    expect(byId.get("tax-653100")?.name_zh).toBe("国家税务总局喀什地区税务局");
    expect(byId.get("env-652300")?.name_zh).toBe("昌吉回族自治州生态环境局");
    expect(byId.get("amr-650102")?.name_ug).toBe("ئۈرۈمچى شەھەرلىك تەڭرىتاغ رايونلۇق بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى");
    expect(byId.get("amr-650102")?.name_en).toBe("Tianshan District Administration for Market Regulation, Ürümqi");
  });
});
