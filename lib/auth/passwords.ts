import argon2 from "argon2";
import { normalizeCode } from "@/lib/codes/credit-code";

/**
 * Passwords of filer accounts and regulator users: argon2id (the `argon2` package, libargon2's
 * reference implementation) with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), which
 * take tens of milliseconds here. The PHC string keeps the parameters, so raising them later
 * still verifies old hashes (`needsRehash`).
 */
export const PASSWORD_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing stays cheap. */
export const PASSWORD_MAX_LENGTH = 200;

/** Message keys for a refused password (the forms' schemas map them to fields). */
export type PasswordProblem = "passwordRequired" | "passwordTooShort" | "passwordTooLong" | "passwordIsCode";

/**
 * The minimum policy: at least 10 characters (counted as characters, so 10 Chinese or Uyghur
 * letters are as good as 10 Latin ones), at most 200, and not the enterprise's own code, which is
 * public. Returns null when the password is acceptable.
 */
export function passwordProblem(password: string, { uscc }: { uscc?: string } = {}): PasswordProblem | null {
  if (password.length === 0) return "passwordRequired";
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  if (uscc && normalizeCode(password).includes(normalizeCode(uscc))) return "passwordIsCode";
  return null;
}

/** The argon2id hash (PHC string) of a password. `salt` only for deterministic demo data. */
export async function hashPassword(password: string, { salt }: { salt?: Buffer } = {}): Promise<string> {
  return argon2.hash(password, { ...PASSWORD_HASH_OPTIONS, ...(salt ? { salt } : {}) });
}

/** Whether `password` matches `hash`. A malformed hash is a mismatch, never an exception. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification without an account to check against, so that "no such
 * account" takes as long as "wrong password" and the answer time tells nothing.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("a password nobody has, hashed once per process");
  await verifyPassword(await dummyHash, password);
  return false;
}
