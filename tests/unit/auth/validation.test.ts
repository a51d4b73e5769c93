import { describe, expect, it } from "vitest";
import { isValidResidentId, normalizeResidentId, residentIdCheckChar } from "@/lib/codes/resident-id";
import { computeUsccCheckChar } from "@/lib/codes/credit-code";
import { parseActivateForm, parseLoginForm, parseResetForm } from "@/lib/validation/filer-auth";
import { filerLandingPath } from "@/lib/auth/next-path";

const USCC = `91650102MA7777777${computeUsccCheckChar("91650102MA7777777")}`;
const ID = `65010219850314123${residentIdCheckChar("65010219850314123")}`;

const activation = {
  uscc: USCC.toLowerCase().replace(/(.{6})/g, "$1 "),
  enterpriseName: " 新疆天山商贸（集团）有限公司 ",
  liaisonName: "阿依古丽",
  liaisonPhone: "138 0991 2345",
  liaisonIdNumber: ID.toLowerCase(),
  filingCode: "k7m2 9qpa 2d3x",
  password: "a long enough password",
  passwordConfirm: "a long enough password",
};

describe("resident ID numbers (GB 11643)", () => {
  it("check the check character and the birth date", () => {
    expect(residentIdCheckChar("11010519491231002")).toBe("X");
    expect(isValidResidentId("11010519491231002X")).toBe(true);
    expect(isValidResidentId("110105194912310021")).toBe(false);
    expect(isValidResidentId(`65010219850230123${residentIdCheckChar("65010219850230123")}`)).toBe(false); // 30 February
    expect(isValidResidentId(`65010218990101123${residentIdCheckChar("65010218990101123")}`)).toBe(false);
    expect(normalizeResidentId(" １１０１０５１９４９１２３１００２ｘ ")).toBe("11010519491231002X");
  });
});

describe("the activation form", () => {
  it("accepts loose typing and gives back normalised values", () => {
    const parsed = parseActivateForm(activation);
    expect(parsed).toEqual({
      ok: true,
      data: {
        uscc: USCC,
        enterpriseName: "新疆天山商贸(集团)有限公司",
        liaisonName: "阿依古丽",
        liaisonPhone: "13809912345",
        liaisonIdNumber: ID,
        filingCode: "K7M29QPA2D3X",
        password: "a long enough password",
      },
    });
  });

  it("lists every problem at once, in the page's order, as message keys", () => {
    const parsed = parseActivateForm({ uscc: "", enterpriseName: "", filingCode: "", liaisonName: "", liaisonPhone: "", liaisonIdNumber: "", password: "", passwordConfirm: "" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.entries(parsed.fieldErrors)).toEqual([
      ["uscc", "usccRequired"],
      ["enterpriseName", "enterpriseNameRequired"],
      ["filingCode", "filingCodeRequired"],
      ["liaisonName", "liaisonNameRequired"],
      ["liaisonPhone", "liaisonPhoneRequired"],
      ["liaisonIdNumber", "liaisonIdNumberRequired"],
      ["password", "passwordRequired"],
      ["passwordConfirm", "passwordConfirmRequired"],
    ]);
  });

  it("says what is wrong with each value", () => {
    const errors = (fields: Partial<typeof activation>) => {
      const parsed = parseActivateForm({ ...activation, ...fields });
      return parsed.ok ? {} : parsed.fieldErrors;
    };
    expect(errors({ uscc: USCC.slice(0, 17) + (USCC[17] === "0" ? "1" : "0") })).toEqual({ uscc: "usccCheck" });
    expect(errors({ uscc: "123" })).toEqual({ uscc: "usccFormat" });
    expect(errors({ liaisonPhone: "12345" })).toEqual({ liaisonPhone: "liaisonPhoneFormat" });
    expect(errors({ liaisonPhone: "0991-1234567" })).toEqual({});
    expect(errors({ liaisonPhone: "+86 13809912345" })).toEqual({});
    expect(errors({ liaisonIdNumber: "1234" })).toEqual({ liaisonIdNumber: "liaisonIdNumberFormat" });
    expect(errors({ liaisonIdNumber: ID.slice(0, 17) + (ID[17] === "1" ? "2" : "1") })).toEqual({ liaisonIdNumber: "liaisonIdNumberCheck" });
    expect(errors({ filingCode: "K7M2-9QPA" })).toEqual({ filingCode: "filingCodeFormat" });
    expect(errors({ password: "short", passwordConfirm: "short" })).toEqual({ password: "passwordTooShort" });
    expect(errors({ password: `my${USCC}`, passwordConfirm: `my${USCC}` })).toEqual({ password: "passwordIsCode" });
    expect(errors({ passwordConfirm: "a different password" })).toEqual({ passwordConfirm: "passwordsDiffer" });
    // The password's problems are listed even when the code is wrong too.
    expect(errors({ uscc: "", password: "short" })).toEqual({ uscc: "usccRequired", password: "passwordTooShort" });
  });
});

describe("the sign-in and reset forms", () => {
  it("take the password exactly as typed", () => {
    expect(parseLoginForm({ uscc: USCC, password: "  spaces count  " })).toEqual({ ok: true, data: { uscc: USCC, password: "  spaces count  " } });
    expect(parseLoginForm({ uscc: USCC, password: "" })).toEqual({ ok: false, fieldErrors: { password: "passwordRequired" } });
  });

  it("reset needs the code, a filing code and a new password twice", () => {
    expect(parseResetForm({ uscc: USCC, filingCode: "K7M2-9QPA-2D3X", password: "new password 1", passwordConfirm: "new password 1" }).ok).toBe(true);
    expect(parseResetForm({ uscc: USCC, filingCode: "x", password: "new password 1", passwordConfirm: "new password 2" })).toEqual({
      ok: false,
      fieldErrors: { filingCode: "filingCodeFormat", passwordConfirm: "passwordsDiffer" },
    });
  });
});

describe("where a filer goes after signing in", () => {
  const land = (next: string | undefined) => filerLandingPath({ next, locale: "ug", uscc: USCC });
  it("their own filing pages, in any locale, with the query", () => {
    expect(land(`/zh/filing/${USCC}/reports/2025/assets`)).toBe(`/zh/filing/${USCC}/reports/2025/assets`);
    expect(land(`/en/filing/${USCC}?year=2025`)).toBe(`/en/filing/${USCC}?year=2025`);
  });
  it("otherwise their dashboard in the page's locale", () => {
    const dashboard = `/ug/filing/${USCC}`;
    for (const next of [
      undefined,
      "",
      "https://evil.example/",
      "//evil.example/zh/filing/" + USCC,
      "/\\evil.example",
      "/zh/filing/91650100MA0000000X",
      `/zh/filing/${USCC}/../91650100MA0000000X`,
      `/zh/companies/${USCC}`,
      `/xx/filing/${USCC}`,
      "javascript:alert(1)",
      `/zh/filing/${USCC}//evil`,
    ]) {
      expect(land(next), String(next)).toBe(dashboard);
    }
  });
});
