import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  checkRegistrationNumber,
  checkUscc,
  classifyCodeInput,
  computeOrgCodeCheckChar,
  computeRegistrationNumberCheckDigit,
  computeUsccCheckChar,
  generateOrgCode,
  generateRegistrationNumber,
  generateUscc,
  isValidOrgCode,
  isValidUscc,
  normalizeCode,
} from "@/lib/codes/credit-code";

/** Small seeded PRNG so generator tests are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Independent formulations of the three checks, used as oracles.
/** GB 32100: Σ value×weight over 17 characters plus the check value is 0 mod 31. */
function usccSumIsZero(code: string): boolean {
  let sum = USCC_ALPHABET.indexOf(code[17]);
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(code[i]) * 3 ** i;
  return sum % 31 === 0;
}
/** GB 11714: Σ value×weight over 8 characters plus the check value (X = 10) is 0 mod 11. */
function orgSumIsZero(orgCode: string): boolean {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = orgCode[8] === "X" ? 10 : Number(orgCode[8]);
  for (let i = 0; i < 8; i++) sum += "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(orgCode[i]) * weights[i];
  return sum % 11 === 0;
}
/** ISO 7064 MOD 11,10 verification: running the recurrence over all 15 digits ends with 1. */
function mod1110Verifies(code: string): boolean {
  let product = 10;
  let sum = 0;
  for (const ch of code) {
    sum = (product + Number(ch)) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return sum % 10 === 1;
}

const seed = fc.integer({ min: 0, max: 0xffffffff });
const division = fc.stringMatching(/^[1-9][0-9]{5}$/);
const usccArb = fc
  .record({ seed, division, authority: fc.constantFrom("9", "1", "5", "Y"), entityType: fc.constantFrom("1", "2", "3") })
  .map(({ seed: s, division: d, authority, entityType }) =>
    generateUscc({ authority, entityType, division: d, random: mulberry32(s) }),
  );
const registrationArb = fc
  .record({ seed, division })
  .map(({ seed: s, division: d }) => generateRegistrationNumber({ division: d, random: mulberry32(s) }));

const toFullWidth = (s: string) =>
  [...s].map((ch) => (ch >= "!" && ch <= "~" ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join("");

// Well-known real codes (GB 32100 example, Baidu Netcom, Tencent, Alibaba, Huawei, Xiaomi, and one from the brief).
const REAL_USCCS = [
  "91350100M000100Y43",
  "91110000600037341L",
  "91110000802100433B",
  "9144030071526726XG",
  "91330100716105852F",
  "914403001922038216",
  "91110108551385082Q",
];

describe("weights and alphabet", () => {
  it("has 31 symbols without I O S V Z", () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(new Set(USCC_ALPHABET).size).toBe(31);
    for (const ch of "IOSVZ") expect(USCC_ALPHABET).not.toContain(ch);
  });

  it("uses 3^(i-1) mod 31 as weights", () => {
    expect(USCC_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it("has no weight that is 0 mod 31, so every single substitution changes the sum", () => {
    // 31 is prime: (b − a)·w ≡ 0 (mod 31) only if a = b, given w ≢ 0.
    for (const w of [...USCC_WEIGHTS, 1]) {
      for (let d = 1; d < 31; d++) expect((d * w) % 31).not.toBe(0);
    }
  });
});

describe("normalizeCode", () => {
  it("removes ASCII, ideographic and no-break spaces and hyphens, and upper-cases", () => {
    expect(normalizeCode(" 9135 0100-m000\u3000100y\u00a043\t\n")).toBe("91350100M000100Y43");
  });

  it("maps full-width characters to ASCII", () => {
    expect(normalizeCode("９１３５０１００Ｍ０００１００Ｙ４３")).toBe("91350100M000100Y43");
    expect(normalizeCode("ｍ０００－１００")).toBe("M000100");
  });

  it("never throws and is idempotent on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const once = normalizeCode(s);
        expect(normalizeCode(once)).toBe(once);
        expect(once).not.toMatch(/[\s\-a-z]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("maps full-width, lower-case and spaced variants of a valid code back to it", () => {
    const separator = fc.constantFrom(" ", "\u3000", "\u00a0", "-", "\uff0d", "\t", "  ");
    fc.assert(
      fc.property(
        usccArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 18 }), separator), { maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (code, inserts, lower, fullWidth) => {
          let variant = lower ? code.toLowerCase() : code;
          if (fullWidth) variant = toFullWidth(variant);
          const chars = [...variant];
          for (const [at, sep] of inserts) chars.splice(Math.min(at, chars.length), 0, sep);
          variant = chars.join("");
          expect(normalizeCode(variant)).toBe(code);
          expect(checkUscc(variant)).toEqual({ ok: true, code, orgCodeValid: true });
        },
      ),
    );
  });
});

describe("computeOrgCodeCheckChar", () => {
  it("matches real organisation codes, including an X check", () => {
    expect(computeOrgCodeCheckChar("80210043")).toBe("3");
    expect(computeOrgCodeCheckChar("71526726")).toBe("X");
    expect(computeOrgCodeCheckChar("M000100Y")).toBe("4");
  });

  it("turns a check of 11 into 0", () => {
    expect(computeOrgCodeCheckChar("00000000")).toBe("0");
  });

  it("agrees with the sum-is-zero formulation", () => {
    const body = fc.stringMatching(/^[0-9A-Z]{8}$/);
    fc.assert(
      fc.property(body, (b) => {
        expect(orgSumIsZero(b + computeOrgCodeCheckChar(b))).toBe(true);
      }),
    );
  });

  it("rejects malformed input", () => {
    expect(() => computeOrgCodeCheckChar("1234567")).toThrow(RangeError);
    expect(() => computeOrgCodeCheckChar("1234567a")).toThrow(RangeError);
  });
});

describe("computeUsccCheckChar", () => {
  it("agrees with the sum-is-zero formulation", () => {
    const first17 = fc.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{17}$/);
    fc.assert(
      fc.property(first17, (f) => {
        expect(usccSumIsZero(f + computeUsccCheckChar(f))).toBe(true);
      }),
    );
  });

  it("rejects malformed input", () => {
    expect(() => computeUsccCheckChar("9135010000000000")).toThrow(RangeError);
    expect(() => computeUsccCheckChar("9135010000000000I")).toThrow(RangeError);
  });
});

describe("checkUscc", () => {
  it.each(REAL_USCCS)("accepts the real code %s", (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, code, orgCodeValid: true });
    expect(isValidUscc(code)).toBe(true);
  });

  it("accepts every generated code, with a valid organisation code", () => {
    fc.assert(
      fc.property(usccArb, (code) => {
        expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
        expect(usccSumIsZero(code)).toBe(true);
        expect(orgSumIsZero(code.slice(8, 17))).toBe(true);
        expect(checkUscc(code)).toEqual({ ok: true, code, orgCodeValid: true });
      }),
    );
  });

  it("detects any single-character substitution and reports the real check character", () => {
    fc.assert(
      fc.property(
        usccArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (code, position, shift) => {
          const replacement = USCC_ALPHABET[(USCC_ALPHABET.indexOf(code[position]) + shift) % 31];
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          const result = checkUscc(changed);
          expect(result).toMatchObject({ ok: false, code: changed, reason: "check-character" });
          expect(isValidUscc(changed)).toBe(false);
          // Changing the check character: `expected` is the original one. Changing one of the first 17:
          // `expected` is the character that makes the changed 17 valid.
          const expected = position === 17 ? code[17] : computeUsccCheckChar(changed.slice(0, 17));
          expect(result.ok === false && result.expected).toBe(expected);
          expect(usccSumIsZero(changed.slice(0, 17) + expected)).toBe(true);
        },
      ),
    );
  });

  it("detects all 18 × 30 substitutions of a real code", () => {
    const code = REAL_USCCS[0];
    for (let position = 0; position < 18; position++) {
      for (const replacement of USCC_ALPHABET) {
        if (replacement === code[position]) continue;
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(checkUscc(changed).ok).toBe(false);
      }
    }
  });

  it("gives the real check character as `expected`", () => {
    const result = checkUscc("91110000600037341X");
    expect(result).toEqual({ ok: false, code: "91110000600037341X", reason: "check-character", expected: "L" });
  });

  it("reports an empty input (including whitespace only)", () => {
    expect(checkUscc("")).toEqual({ ok: false, code: "", reason: "empty" });
    expect(checkUscc(" \u3000- ")).toEqual({ ok: false, code: "", reason: "empty" });
  });

  it("reports wrong lengths before bad characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...USCC_ALPHABET, "I", "O", "*"), minLength: 1, maxLength: 40 }).filter(
          (s) => s.length !== 18,
        ),
        (s) => {
          expect(checkUscc(s)).toEqual({ ok: false, code: s, reason: "length" });
        },
      ),
    );
    expect(checkUscc("91350100M000100Y4")).toMatchObject({ reason: "length" });
    expect(checkUscc("91350100M000100Y433")).toMatchObject({ reason: "length" });
  });

  it("reports characters outside the alphabet before the check character", () => {
    fc.assert(
      fc.property(usccArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom(..."IOSVZ*#?.新"), (code, position, bad) => {
        const changed = code.slice(0, position) + bad + code.slice(position + 1);
        expect(checkUscc(changed)).toEqual({ ok: false, code: changed, reason: "character" });
      }),
    );
  });

  it("accepts a code whose organisation code fails GB 11714, flagging it", () => {
    // Pilot-area codes: USCC check right, organisation-code check wrong.
    const first17 = "91650100" + "12345678" + "9";
    expect(isValidOrgCode(first17.slice(8))).toBe(false);
    const code = first17 + computeUsccCheckChar(first17);
    expect(checkUscc(code)).toEqual({ ok: true, code, orgCodeValid: false });
  });
});

describe("registration numbers", () => {
  it("accepts a real registration number", () => {
    expect(checkRegistrationNumber("110108000000016")).toEqual({ ok: true, code: "110108000000016" });
    expect(computeRegistrationNumberCheckDigit("11010800000001")).toBe("6");
  });

  it("agrees with the ISO 7064 verification recurrence", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{14}$/), (f) => {
        expect(mod1110Verifies(f + computeRegistrationNumberCheckDigit(f))).toBe(true);
      }),
    );
  });

  it("accepts every generated number and detects any single-digit substitution", () => {
    fc.assert(
      fc.property(registrationArb, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (code, position, shift) => {
        expect(code).toMatch(/^[0-9]{15}$/);
        expect(checkRegistrationNumber(code)).toEqual({ ok: true, code });
        const changed = code.slice(0, position) + String((Number(code[position]) + shift) % 10) + code.slice(position + 1);
        const result = checkRegistrationNumber(changed);
        expect(result).toMatchObject({ ok: false, reason: "check-digit" });
        const expected = position === 14 ? code[14] : computeRegistrationNumberCheckDigit(changed.slice(0, 14));
        expect(result.ok === false && result.expected).toBe(expected);
      }),
    );
  });

  it("normalises before checking and reports length and characters", () => {
    expect(checkRegistrationNumber(" １１０１０８-000000016 ")).toEqual({ ok: true, code: "110108000000016" });
    expect(checkRegistrationNumber("11010800000001")).toEqual({ ok: false, code: "11010800000001", reason: "length" });
    expect(checkRegistrationNumber("")).toEqual({ ok: false, code: "", reason: "length" });
    expect(checkRegistrationNumber("11010800000001A")).toEqual({
      ok: false,
      code: "11010800000001A",
      reason: "character",
    });
    expect(checkRegistrationNumber("110108000000017")).toEqual({
      ok: false,
      code: "110108000000017",
      reason: "check-digit",
      expected: "6",
    });
  });
});

describe("classifyCodeInput", () => {
  it("classifies valid and mistyped USCCs", () => {
    expect(classifyCodeInput(" 91350100m000100y43")).toEqual({
      kind: "uscc",
      check: { ok: true, code: "91350100M000100Y43", orgCodeValid: true },
    });
    expect(classifyCodeInput("91350100M000100Y44")).toMatchObject({
      kind: "uscc",
      check: { ok: false, reason: "check-character", expected: "3" },
    });
    // 18 alphanumerics with a letter outside the alphabet: a malformed USCC, not "other".
    expect(classifyCodeInput("91350100M000100O43")).toMatchObject({
      kind: "uscc",
      check: { ok: false, reason: "character" },
    });
  });

  it("classifies 15 digits as a registration number", () => {
    expect(classifyCodeInput("110108000000016")).toEqual({
      kind: "registration-number",
      check: { ok: true, code: "110108000000016" },
    });
    expect(classifyCodeInput("110108000000015")).toMatchObject({
      kind: "registration-number",
      check: { ok: false, reason: "check-digit", expected: "6" },
    });
  });

  it("classifies everything else as other, normalised", () => {
    expect(classifyCodeInput("新疆天山建材有限公司")).toEqual({ kind: "other", normalized: "新疆天山建材有限公司" });
    expect(classifyCodeInput("91350100M000100Y4")).toEqual({ kind: "other", normalized: "91350100M000100Y4" });
    expect(classifyCodeInput("11010800000001A")).toEqual({ kind: "other", normalized: "11010800000001A" });
    expect(classifyCodeInput("91350100M000100Y4*")).toEqual({ kind: "other", normalized: "91350100M000100Y4*" });
    expect(classifyCodeInput("")).toEqual({ kind: "other", normalized: "" });
  });

  it("classifies every generated code by its shape", () => {
    fc.assert(
      fc.property(usccArb, registrationArb, (uscc, reg) => {
        expect(classifyCodeInput(uscc)).toMatchObject({ kind: "uscc", check: { ok: true } });
        expect(classifyCodeInput(reg)).toMatchObject({ kind: "registration-number", check: { ok: true } });
      }),
    );
  });
});

describe("generators", () => {
  it("are deterministic for a given seed", () => {
    fc.assert(
      fc.property(seed, division, (s, d) => {
        expect(generateUscc({ division: d, random: mulberry32(s) })).toBe(generateUscc({ division: d, random: mulberry32(s) }));
        expect(generateOrgCode(mulberry32(s))).toBe(generateOrgCode(mulberry32(s)));
        expect(generateRegistrationNumber({ division: d, random: mulberry32(s) })).toBe(
          generateRegistrationNumber({ division: d, random: mulberry32(s) }),
        );
      }),
    );
  });

  it("put authority, entity type and division in positions 1–8", () => {
    const random = mulberry32(2024);
    const code = generateUscc({ division: "650102", random });
    expect(code.slice(0, 8)).toBe("91650102");
    expect(generateUscc({ authority: "Y", entityType: "2", division: "654002", random }).slice(0, 8)).toBe("Y2654002");
    expect(generateRegistrationNumber({ division: "650100", random }).slice(0, 6)).toBe("650100");
  });

  it("make organisation codes from alphabet characters, mostly digits, with a valid check", () => {
    const random = mulberry32(7);
    const codes = Array.from({ length: 500 }, () => generateOrgCode(random));
    const chars = codes.map((c) => c.slice(0, 8)).join("");
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{8}[0-9X]$/);
      expect(isValidOrgCode(code)).toBe(true);
      expect(orgSumIsZero(code)).toBe(true);
    }
    const digitShare = chars.replace(/[^0-9]/g, "").length / chars.length;
    expect(digitShare).toBeGreaterThan(0.6);
    expect(digitShare).toBeLessThan(1);
    expect(new Set(codes).size).toBeGreaterThan(490);
  });

  it("stay valid at the edges of the random range", () => {
    for (const r of [0, 0.5, 0.9999999999]) {
      const random = () => r;
      expect(isValidUscc(generateUscc({ division: "650100", random }))).toBe(true);
      expect(checkRegistrationNumber(generateRegistrationNumber({ division: "650100", random })).ok).toBe(true);
    }
  });

  it("reject malformed arguments", () => {
    const random = mulberry32(1);
    expect(() => generateUscc({ division: "65010", random })).toThrow(RangeError);
    expect(() => generateUscc({ division: "65010A", random })).toThrow(RangeError);
    expect(() => generateUscc({ authority: "I", division: "650100", random })).toThrow(RangeError);
    expect(() => generateUscc({ entityType: "12", division: "650100", random })).toThrow(RangeError);
    expect(() => generateRegistrationNumber({ division: "6501000", random })).toThrow(RangeError);
  });
});
