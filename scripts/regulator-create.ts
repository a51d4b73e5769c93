/**
 * npm run regulator:create -- --username wang.jx --role reviewer|registrar|supervisor --authority amr-650100 [--name 王建新]
 * Creates a regulator user. The password is read from standard input when it is piped in
 * (`printf '%s' "$PASSWORD" | npm run regulator:create -- …`, at least 10 characters); typed at a
 * terminal, a password is generated and printed once instead: nothing keeps it but its hash.
 */
import { parseArgs } from "node:util";
import { createRegulatorUser, generatePassword } from "@/lib/auth/regulator-users";
import { REGULATOR_ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { openDatabase } from "./support/database";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    role: { type: "string" },
    authority: { type: "string" },
    name: { type: "string" },
  },
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the password, without the newline a shell adds.
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0];
}

const PROBLEMS: Record<string, string> = {
  "username-format": "--username must be 3 to 40 lower-case letters, digits, dots, hyphens or underscores",
  "username-taken": "a user with this username already exists",
  "unknown-role": `--role must be one of ${Object.keys(REGULATOR_ROLES).join(", ")}`,
  "unknown-authority": "--authority must be the id of an authority on the register, e.g. amr-650100",
  passwordRequired: "the password read from standard input is empty",
  passwordTooShort: "the password must have at least 10 characters",
  passwordTooLong: "the password must have at most 200 characters",
  passwordIsCode: "the password is not acceptable",
};

async function main() {
  const { username, role, authority } = values;
  if (!username || !role || !authority) throw new Error("Usage: npm run regulator:create -- --username NAME --role reviewer|registrar|supervisor --authority AUTHORITY_ID [--name DISPLAY_NAME]");
  const isGenerated = process.stdin.isTTY === true;
  const password = isGenerated ? generatePassword() : await readStdin();
  const database = await openDatabase();
  try {
    const result = await createRegulatorUser({
      username,
      role,
      authorityId: authority,
      displayName: values.name,
      password,
      actor: `cli:${process.env.USER ?? "unknown"}`,
    });
    if (!result.ok) throw new Error(`Not created: ${PROBLEMS[result.reason] ?? result.reason}.`);
    console.log(`Created regulator user ${result.username} (${result.role}, ${authority}).`);
    if (isGenerated) console.log(`Password (shown once, give it to the user): ${password}`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
