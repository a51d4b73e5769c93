import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";

/**
 * What a form's POST handler hands back to its page when it redirects there with problems
 * (post/redirect/get without JavaScript): the message key per field, the values worth keeping
 * (never passwords, ID numbers or codes) and a few facts for the messages. It travels in a
 * short-lived httpOnly cookie, not in the URL (values may be personal), and the redirect's
 * `?form=<id>` says it is meant for this page view: opened afresh, the page is blank again.
 */
export const FORM_FLASH_COOKIE = "xj_form";
const FLASH_SECONDS = 120;
/** A cookie holds 4 KB: no single value needs more than this. */
const MAX_VALUE_LENGTH = 300;

export type FormFlash = {
  id: string;
  /** Which form: a page shows only its own flash. */
  form: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  /** Facts for messages and banners, e.g. the time a throttled user may try again. */
  facts: Record<string, string>;
};

/** Sets the flash (in a route handler) and returns its id for the redirect's `?form=`. */
export async function setFormFlash(flash: Omit<FormFlash, "id">): Promise<string> {
  const id = randomBytes(9).toString("base64url");
  const trim = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value.slice(0, MAX_VALUE_LENGTH)]));
  const value = Buffer.from(JSON.stringify({ id, form: flash.form, errors: flash.errors, values: trim(flash.values), facts: trim(flash.facts) })).toString("base64url");
  (await cookies()).set(FORM_FLASH_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().NODE_ENV === "production" && getEnv().SITE_URL.startsWith("https:"),
    path: "/",
    maxAge: FLASH_SECONDS,
  });
  return id;
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === "string");
}

/** The flash of `form` this page view was sent with, or null. */
export async function readFormFlash(form: string, id: string | string[] | undefined): Promise<FormFlash | null> {
  if (typeof id !== "string" || id === "") return null;
  const raw = (await cookies()).get(FORM_FLASH_COOKIE)?.value;
  if (!raw || raw.length > 6000) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const flash = parsed as Record<string, unknown>;
    if (flash.id !== id || flash.form !== form) return null;
    if (!isRecordOfStrings(flash.errors) || !isRecordOfStrings(flash.values) || !isRecordOfStrings(flash.facts)) return null;
    return { id, form, errors: flash.errors, values: flash.values, facts: flash.facts };
  } catch {
    return null;
  }
}
