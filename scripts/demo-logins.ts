/**
 * npm run demo:logins — the demo register's logins (prisma/seed/demo-logins.ts): filer accounts
 * with their password, unused filing codes, regulator users. On DATABASE_URL or the embedded
 * database.
 */
import { demoLogins } from "@/prisma/seed/demo-logins";
import { connect, openDatabase } from "./support/database";

async function main() {
  const database = await openDatabase();
  const client = await connect(database.url);
  try {
    const logins = await demoLogins(client);
    if (logins === null) {
      console.log("This register has no demo logins: seed it again with `npm run db:seed -- --reset`.");
      return;
    }
    console.log(`Filer accounts (sign in at /zh/filing/login; "filed" means the ${logins.reportYear} report):`);
    for (const filer of logins.filers) console.log(`  ${filer.uscc}  ${filer.password}  ${filer.kind.padEnd(20)} ${filer.nameZh}`);
    console.log("\nFiling codes (activate at /zh/filing/activate, or reset a password at /zh/filing/reset):");
    for (const code of logins.codes) console.log(`  ${code.uscc}  ${code.code}  ${code.kind.padEnd(20)} ${code.nameZh}  (until ${code.expiresOn || "used"})`);
    console.log("\nRegulator users (sign in at /zh/regulator/login):");
    for (const user of logins.regulators) console.log(`  ${user.username.padEnd(12)} ${user.password}  ${user.role}`);
  } finally {
    await client.end();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
