/**
 * npm run api-key:list [-- --authority <id>] [--active]
 * The ingestion API's department keys (lib/ingestion/api-keys.ts), newest first, without their
 * secrets: id, department, record kinds, label, created, last used, revoked. On DATABASE_URL or
 * the embedded database.
 */
import { parseArgs } from "node:util";
import { findAuthority } from "@/lib/dictionaries/authorities";
import { db } from "@/lib/db";
import { listApiKeys } from "@/lib/ingestion/api-keys";
import { LIST_AUTHORITIES_HINT, keyLines } from "./support/api-key-lines";
import { openDatabase } from "./support/database";

const { values } = parseArgs({
  options: {
    authority: { type: "string" },
    active: { type: "boolean", default: false },
  },
});

async function main() {
  const { authority } = values;
  if (authority !== undefined && !findAuthority(authority)) throw new Error(`No authority has the id "${authority}".\n${LIST_AUTHORITIES_HINT}`);
  const database = await openDatabase();
  try {
    const keys = (await listApiKeys(authority === undefined ? {} : { authorityIds: [authority] })).filter((key) => !values.active || key.revokedAt === null);
    const active = keys.filter((key) => key.revokedAt === null).length;
    console.log(`${keys.length} key(s)${authority ? ` of ${authority}` : ""}, ${active} active.`);
    for (const key of keys) {
      console.log("");
      for (const line of keyLines(key)) console.log(line);
    }
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
