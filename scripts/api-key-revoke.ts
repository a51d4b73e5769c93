/**
 * npm run api-key:revoke -- --id <key id>
 * Revokes a department's key for the ingestion API (lib/ingestion/api-keys.ts): its next request
 * is refused. Logged in the audit log; revoking a revoked key changes nothing. The id is the part
 * after "xjk_" (npm run api-key:list shows them). On DATABASE_URL or the embedded database.
 */
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { apiKeyIdOf, getApiKey, revokeApiKey } from "@/lib/ingestion/api-keys";
import { openDatabase } from "./support/database";

const { values } = parseArgs({ options: { id: { type: "string" } } });

async function main() {
  if (!values.id) throw new Error("Usage: npm run api-key:revoke -- --id KEY_ID (npm run api-key:list shows the ids)");
  // A whole key pasted by mistake still names its key; never echo it.
  const id = apiKeyIdOf(values.id) ?? values.id;
  if (!/^[a-z0-9]{1,16}$/.test(id)) throw new Error("--id must be a key's id: up to 16 lower-case letters and digits (npm run api-key:list shows them)");
  const database = await openDatabase();
  try {
    const result = await revokeApiKey({ id, revokedBy: `cli:${process.env.USER ?? "unknown"}` });
    if (result === "not-found") throw new Error(`No key has the id "${id}" (npm run api-key:list shows them).`);
    const key = await getApiKey(id);
    const when = key?.revokedAt?.toISOString() ?? "";
    console.log(result === "revoked" ? `Revoked key ${id} of ${key?.authorityId}: its next request is refused.` : `Key ${id} of ${key?.authorityId} was already revoked (${when}).`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
