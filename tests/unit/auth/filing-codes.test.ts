import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FILING_CODE_ALPHABET,
  FILING_CODE_VALID_DAYS,
  filingCodeExpiry,
  filingCodeFromBytes,
  filingCodeHash,
  formatFilingCode,
  generateFilingCode,
  normalizeFilingCode,
} from "@/lib/auth/filing-codes";

describe("filing codes", () => {
  it("are 12 characters of Crockford's base 32, shown in groups of four", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateFilingCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(formatFilingCode(code)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    }
    expect(FILING_CODE_ALPHABET).toHaveLength(32);
    expect(FILING_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it("carry 60 bits: every 5-bit group of the first 8 bytes is used", () => {
    expect(filingCodeFromBytes(new Uint8Array(8))).toBe("000000000000");
    expect(filingCodeFromBytes(new Uint8Array(8).fill(255))).toBe("ZZZZZZZZZZZZ");
    expect(filingCodeFromBytes(Uint8Array.from([0x08, 0, 0, 0, 0, 0, 0, 0]))).toBe("100000000000");
    expect(filingCodeFromBytes(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0x10]))).toBe("000000000001");
    expect(() => filingCodeFromBytes(new Uint8Array(7))).toThrow(RangeError);
  });

  it("normalise loose typing: case, spaces, dashes, full width, I/L for 1 and O for 0", () => {
    expect(normalizeFilingCode("k7m2-9qpa-2d3x")).toBe("K7M29QPA2D3X");
    expect(normalizeFilingCode(" K7M2 9QPA 2D3X ")).toBe("K7M29QPA2D3X");
    expect(normalizeFilingCode("Ｋ７Ｍ２－９ＱＰＡ－２Ｄ３Ｘ")).toBe("K7M29QPA2D3X");
    expect(normalizeFilingCode("K7M2—9QPA–2D3X")).toBe("K7M29QPA2D3X");
    expect(normalizeFilingCode("IL0O-0000-0000")).toBe("110000000000");
    expect(normalizeFilingCode("il0o00000000")).toBe("110000000000");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeFilingCode("")).toBeNull();
    expect(normalizeFilingCode("K7M2-9QPA-2D3")).toBeNull();
    expect(normalizeFilingCode("K7M2-9QPA-2D3XX")).toBeNull();
    expect(normalizeFilingCode("K7M2-9QPA-2D3U")).toBeNull();
    expect(normalizeFilingCode("K7M2-9QPA-2D3!")).toBeNull();
  });

  it("read back what they print, however it is typed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), fc.boolean(), fc.boolean(), (bytes, lower, spaced) => {
        const code = filingCodeFromBytes(bytes);
        let typed = formatFilingCode(code);
        if (lower) typed = typed.toLowerCase();
        if (spaced) typed = typed.replaceAll("-", " ");
        expect(normalizeFilingCode(typed)).toBe(code);
      }),
    );
  });

  it("are stored as a SHA-256 of the normalised form, and expire after 90 days", () => {
    expect(filingCodeHash("K7M29QPA2D3X")).toMatch(/^[0-9a-f]{64}$/);
    expect(filingCodeHash("K7M29QPA2D3X")).toBe(filingCodeHash(normalizeFilingCode("k7m2-9qpa-2d3x")!));
    const issued = new Date("2026-11-23T01:00:00Z");
    expect(filingCodeExpiry(issued).getTime() - issued.getTime()).toBe(FILING_CODE_VALID_DAYS * 86_400_000);
  });
});
