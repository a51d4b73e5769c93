/**
 * npm run api-key:create -- --authority <id> --kinds penalties,licences [--label "…"]
 * npm run api-key:create -- --list-authorities [--kind tax]
 * Creates a department's key for the ingestion API (lib/ingestion/api-keys.ts) and prints it once:
 * only its SHA-256 is stored, so it cannot be shown again (revoke it and make a new one if lost).
 * The key may send only the given record kinds, only as that authority. On DATABASE_URL or the
 * embedded database.
 */
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { ApiKeyInputError, createApiKey } from "@/lib/ingestion/api-keys";
import { INGEST_KINDS } from "@/lib/ingestion/kinds";
import { LIST_AUTHORITIES_HINT, authorityLines, keyLines } from "./support/api-key-lines";
import { openDatabase } from "./support/database";

const USAGE = `Usage: npm run api-key:create -- --authority AUTHORITY_ID --kinds ${INGEST_KINDS.slice(1, 3).join(",")} [--label "whose system"]
       npm run api-key:create -- --list-authorities [--kind amr|tax|…]
Record kinds: ${INGEST_KINDS.join(", ")}.`;

const { values } = parseArgs({
  options: {
    authority: { type: "string" },
    kinds: { type: "string" },
    label: { type: "string", default: "" },
    "list-authorities": { type: "boolean", default: false },
    kind: { type: "string" },
  },
});

async function main() {
  if (values["list-authorities"]) {
    for (const line of authorityLines(values.kind)) console.log(line);
    return;
  }
  const { authority, kinds } = values;
  if (!authority || !kinds) throw new Error(`${USAGE}\n${LIST_AUTHORITIES_HINT}`);
  const database = await openDatabase();
  try {
    const created = await createApiKey({
      authorityId: authority,
      kinds: kinds.split(",").map((kind) => kind.trim()).filter((kind) => kind !== ""),
      label: values.label,
      createdBy: `cli:${process.env.USER ?? "unknown"}`,
    }).catch((error: unknown) => {
      if (error instanceof ApiKeyInputError) {
        throw new Error(`Not created: ${error.message}${error.problem === "unknown-authority" ? `\n${LIST_AUTHORITIES_HINT}` : ""}`);
      }
      throw error;
    });
    console.log(`Created a key for ${authority}:`);
    for (const line of keyLines(created.summary)) console.log(line);
    console.log("");
    console.log("The key (shown this once: only its hash is stored, it cannot be shown again; give it to the department now):");
    console.log(`  ${created.key}`);
    console.log("");
    console.log(`The department sends it as "Authorization: Bearer <key>" to POST /api/v1/ingest/{kind}.`);
    console.log(`Revoke it with: npm run api-key:revoke -- --id ${created.summary.id}`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
