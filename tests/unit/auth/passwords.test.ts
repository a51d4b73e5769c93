import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyNothing, verifyPassword } from "@/lib/auth/passwords";

const USCC = "91650102MA77777770";

describe("password policy", () => {
  it("asks for at least 10 characters, counted as characters", () => {
    expect(passwordProblem("")).toBe("passwordRequired");
    expect(passwordProblem("123456789")).toBe("passwordTooShort");
    expect(passwordProblem("1234567890")).toBeNull();
    expect(passwordProblem("天山南北好地方我的家")).toBeNull();
    expect(passwordProblem("天山南北好地方我的")).toBe("passwordTooShort");
    expect(passwordProblem("ئۈرۈمچى شەھىرى")).toBeNull();
    // Astral characters count once.
    expect(passwordProblem("😀".repeat(9))).toBe("passwordTooShort");
    expect(passwordProblem("x".repeat(201))).toBe("passwordTooLong");
  });

  it("refuses the enterprise's own code, however it is written", () => {
    expect(passwordProblem(USCC, { uscc: USCC })).toBe("passwordIsCode");
    expect(passwordProblem(USCC.toLowerCase(), { uscc: USCC })).toBe("passwordIsCode");
    expect(passwordProblem(`pw${USCC}!`, { uscc: USCC })).toBe("passwordIsCode");
    expect(passwordProblem("Ｓ" + USCC.replace(/A/g, "Ａ"), { uscc: USCC })).toBe("passwordIsCode");
    expect(passwordProblem(USCC)).toBeNull();
    expect(passwordProblem("a good long password", { uscc: USCC })).toBeNull();
  });
});

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(hash).not.toContain("correct horse battery");
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batterY")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
    expect(await verifyNothing("anything")).toBe(false);
  });

  it("salts each hash, unless given a salt (deterministic demo data)", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
    const salt = Buffer.alloc(16, 7);
    expect(await hashPassword("same password", { salt })).toBe(await hashPassword("same password", { salt }));
  });
});
