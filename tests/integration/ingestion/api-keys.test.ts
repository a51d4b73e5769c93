import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApiKeyInputError,
  apiKeyFromHeaders,
  authenticateApiKey,
  createApiKey,
  listApiKeys,
  listApiKeysInArea,
  revokeApiKey,
} from "@/lib/ingestion/api-keys";
import { mayAuthoritySend } from "@/lib/ingestion/kinds";
import { requireDatabaseUrl } from "../../support/database";

/**
 * Department keys (lib/ingestion/api-keys.ts) and their commands (scripts/api-key-*.ts, run as
 * the operator runs them) on the shared test database: created, used, revoked; scoped to kinds a
 * department may send and to a regulator's area; the secret shown once and found nowhere after.
 */
const url = requireDatabaseUrl();
let client: Client;

beforeAll(async () => {
  client = new Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

const run = promisify(execFile);

/** Runs `npm run api-key:<command> -- …` (the tsx script itself) on the test database. A few seconds each (tsx starts). */
async function command(name: "create" | "list" | "revoke", args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node_modules/.bin/tsx", [`scripts/api-key-${name}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: url, USER: "key-tester" },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

async function auditOf(id: string): Promise<{ actor: string; action: string; detail: string }[]> {
  const { rows } = await client.query<{ actor: string; action: string; detail: string }>(
    "SELECT actor, action, detail::text AS detail FROM audit_log WHERE entity_type = 'api_key' AND entity_id = $1 ORDER BY id",
    [id],
  );
  return rows;
}

/** Every table of the database whose rows, written out as text, contain `needle`. */
async function tablesContaining(needle: string): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${name} t WHERE strpos(t::text, $1) > 0`, [needle]);
    if (Number(rows[0].n) > 0) found.push(name);
  }
  return found;
}

describe("department keys", () => {
  it("authenticate until revoked, then never again; both logged once", async () => {
    const created = await createApiKey({ authorityId: "amr-650102", kinds: ["penalties", "registrations", "penalties"], label: "天山区 登记系统", createdBy: "test:keys" });
    expect(created.key).toMatch(/^xjk_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
    expect(created.summary).toMatchObject({ authorityId: "amr-650102", kinds: ["penalties", "registrations"], label: "天山区 登记系统", revokedAt: null, lastUsedAt: null });

    const used = new Date("2026-11-23T08:00:00Z");
    expect(await authenticateApiKey(created.key, used)).toEqual({ keyId: created.summary.id, authorityId: "amr-650102", authorityKind: "amr", kinds: ["penalties", "registrations"] });
    const [listed] = await listApiKeys({ authorityIds: ["amr-650102"] }).then((keys) => keys.filter((key) => key.id === created.summary.id));
    expect(listed.lastUsedAt?.toISOString()).toBe(used.toISOString());

    // The same id with another secret, a truncated key, another shape: nobody.
    const [, id, secret] = /^xjk_([a-z0-9]{10})_(.+)$/.exec(created.key)!;
    const otherSecret = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`;
    for (const wrong of [`xjk_${id}_${otherSecret}`, created.key.slice(0, -1), `${created.key} `, `Bearer ${created.key}`, ""]) {
      expect(await authenticateApiKey(wrong)).toBeNull();
    }

    expect(await revokeApiKey({ id, revokedBy: "test:keys" })).toBe("revoked");
    expect(await authenticateApiKey(created.key)).toBeNull();
    expect(await revokeApiKey({ id, revokedBy: "test:keys" })).toBe("already-revoked");
    expect(await revokeApiKey({ id: "nosuchkey0", revokedBy: "test:keys" })).toBe("not-found");
    expect((await auditOf(id)).map((row) => `${row.actor} ${row.action}`)).toEqual(["test:keys api-key.create", "test:keys api-key.revoke"]);
  });

  it("are read from Authorization: Bearer or X-API-Key", () => {
    expect(apiKeyFromHeaders(new Headers({ authorization: "Bearer xjk_abc" }))).toBe("xjk_abc");
    expect(apiKeyFromHeaders(new Headers({ "x-api-key": " xjk_abc " }))).toBe("xjk_abc");
    expect(apiKeyFromHeaders(new Headers({ authorization: "Basic eGprX2FiYw==" }))).toBeNull();
    expect(apiKeyFromHeaders(new Headers())).toBeNull();
  });

  it("of a tax department cannot send registrations or the lists", async () => {
    for (const kind of ["registrations", "abnormal-listings", "serious-violations", "removals"]) {
      await expect(createApiKey({ authorityId: "tax-650100", kinds: ["penalties", kind], createdBy: "test:keys" })).rejects.toMatchObject({
        problem: "kind-not-allowed",
        message: expect.stringContaining(`tax-650100 may not send ${kind}`),
      });
    }
    const tax = await createApiKey({ authorityId: "tax-650100", kinds: ["penalties", "licences", "spot-checks"], createdBy: "test:keys" });
    const principal = await authenticateApiKey(tax.key);
    expect(principal).toMatchObject({ authorityId: "tax-650100", authorityKind: "tax", kinds: ["penalties", "licences", "spot-checks"] });
    expect(principal?.kinds).not.toContain("registrations");
    expect(mayAuthoritySend(principal!.authorityKind, "registrations")).toBe(false);
    expect(mayAuthoritySend(principal!.authorityKind, "penalties")).toBe(true);
    // Nothing was stored for the refused ones.
    expect((await listApiKeys({ authorityIds: ["tax-650100"] })).every((key) => !key.kinds.includes("registrations"))).toBe(true);
  });

  it("refuse an unknown authority, an unknown kind, no kind, or a label that is not one short line", async () => {
    const attempts: [Parameters<typeof createApiKey>[0], string][] = [
      [{ authorityId: "amr-999999", kinds: ["penalties"], createdBy: "test:keys" }, "unknown-authority"],
      [{ authorityId: "amr-650102", kinds: ["penalty"], createdBy: "test:keys" }, "unknown-kind"],
      [{ authorityId: "amr-650102", kinds: [], createdBy: "test:keys" }, "no-kinds"],
      [{ authorityId: "amr-650102", kinds: ["penalties"], label: "x".repeat(201), createdBy: "test:keys" }, "bad-label"],
      [{ authorityId: "amr-650102", kinds: ["penalties"], label: "two\nlines", createdBy: "test:keys" }, "bad-label"],
    ];
    for (const [input, problem] of attempts) {
      const error = await createApiKey(input).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiKeyInputError);
      expect((error as ApiKeyInputError).problem).toBe(problem);
    }
  });

  it("are listed and revoked by regulators of their area only", async () => {
    const make = async (authorityId: string, kinds: string[]) => (await createApiKey({ authorityId, kinds, createdBy: "test:keys" })).summary.id;
    const county = await make("amr-650102", ["spot-checks"]);
    const prefectureTax = await make("env-650100", ["penalties"]);
    const kashgar = await make("amr-653101", ["registrations"]);
    const seen = async (authorityId: string) => new Set((await listApiKeysInArea({ regulatorAuthorityId: authorityId })).map((key) => key.id));

    const region = await seen("amr-650000");
    expect([county, prefectureTax, kashgar].every((id) => region.has(id))).toBe(true);
    const urumqi = await seen("amr-650100");
    expect(urumqi.has(county) && urumqi.has(prefectureTax)).toBe(true);
    expect(urumqi.has(kashgar)).toBe(false);
    const tianshan = await seen("amr-650102");
    expect(tianshan.has(county)).toBe(true);
    expect(tianshan.has(prefectureTax) || tianshan.has(kashgar)).toBe(false);
    expect((await seen("no-such-authority")).size).toBe(0);

    // Revoked keys come after the active ones.
    await revokeApiKey({ id: county, revokedBy: "test:keys" });
    const ordered = await listApiKeysInArea({ regulatorAuthorityId: "amr-650000" });
    const firstRevoked = ordered.findIndex((key) => key.revokedAt !== null);
    expect(ordered.slice(firstRevoked).every((key) => key.revokedAt !== null)).toBe(true);

    const urumqiArea = (await listApiKeysInArea({ regulatorAuthorityId: "amr-650100" })).map((key) => key.authorityId);
    expect(await revokeApiKey({ id: kashgar, revokedBy: "regulator:urumqi", authorityIds: urumqiArea })).toBe("not-found");
    expect((await listApiKeys({ authorityIds: ["amr-653101"] })).find((key) => key.id === kashgar)?.revokedAt).toBeNull();
  });
});

describe("the key commands", () => {
  it("create a key shown once, list it without its secret, revoke it; the secret is nowhere in the database", async () => {
    const label = "KEY-COMMAND-LABEL 乌鲁木齐生态环境局 处罚系统";
    const created = await command("create", ["--authority", "env-650100", "--kinds", "penalties,licences", "--label", label]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("env-650100");
    expect(created.stdout).toContain("may send:   penalties, licences");
    expect(created.stdout).toMatch(/shown this once.*cannot be shown again/);
    const key = /\b(xjk_[a-z0-9]{10}_[A-Za-z0-9_-]{43})\b/.exec(created.stdout)?.[1];
    expect(key).toBeDefined();
    const [, id, secret] = /^xjk_([a-z0-9]{10})_(.+)$/.exec(key!)!;
    // Printed once, in the one line that carries it.
    expect(created.stdout.split(secret)).toHaveLength(2);

    expect(await authenticateApiKey(key!)).toMatchObject({ keyId: id, authorityId: "env-650100", kinds: ["penalties", "licences"] });

    const listed = await command("list", ["--authority", "env-650100"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain(label);
    const all = await command("list", []);
    for (const output of [listed.stdout, listed.stderr, all.stdout, all.stderr]) {
      expect(output).not.toContain(secret);
      expect(output).not.toContain(secret.slice(0, 12));
    }
    // The secret, whole or in part, and the whole key: in no table (api_key keeps only a hash, audit_log the id).
    expect(await tablesContaining(secret)).toEqual([]);
    expect(await tablesContaining(secret.slice(0, 16))).toEqual([]);
    expect(await tablesContaining(key!)).toEqual([]);
    expect(await tablesContaining(id)).toEqual(expect.arrayContaining(["api_key", "audit_log"]));
    expect((await auditOf(id)).map((row) => `${row.actor} ${row.action}`)).toEqual(["cli:key-tester api-key.create"]);

    const revoked = await command("revoke", ["--id", id]);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining(`Revoked key ${id}`) });
    expect(await authenticateApiKey(key!)).toBeNull();
    // Pasting the whole key names its key, and the answer never repeats the secret.
    const again = await command("revoke", ["--id", key!]);
    expect(again.stdout).toContain("already revoked");
    expect(again.stdout + again.stderr).not.toContain(secret);
    expect((await command("list", ["--authority", "env-650100"])).stdout).toMatch(new RegExp(`${id}  revoked`));
  }, 180_000);

  it("explain what went wrong: unknown authority (and how to list them), unknown kind, a kind the department may not send", async () => {
    const unknownAuthority = await command("create", ["--authority", "tax-659999", "--kinds", "penalties"]);
    expect(unknownAuthority.code).toBe(1);
    expect(unknownAuthority.stderr).toContain('No authority has the id "tax-659999"');
    expect(unknownAuthority.stderr).toContain("npm run api-key:create -- --list-authorities");

    const unknownKind = await command("create", ["--authority", "tax-650100", "--kinds", "penalties,fines"]);
    expect(unknownKind.code).toBe(1);
    expect(unknownKind.stderr).toContain('Unknown record kind "fines"');

    const notAllowed = await command("create", ["--authority", "tax-650100", "--kinds", "registrations"]);
    expect(notAllowed.code).toBe(1);
    expect(notAllowed.stderr).toContain("tax-650100 may not send registrations");
    expect(notAllowed.stderr).toContain("licences, penalties, spot-checks");

    const authorities = await command("create", ["--list-authorities", "--kind", "tax"]);
    expect(authorities.code).toBe(0);
    expect(authorities.stdout).toContain("tax-650100");
    expect(authorities.stdout).not.toContain("amr-650102");

    expect((await command("revoke", ["--id", "nosuchkey0"])).code).toBe(1);
  }, 180_000);
});
