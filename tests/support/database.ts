/** The database the test run prepared (scripts/test.ts sets DATABASE_URL for every stage). */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the database tests through `npm test` (scripts/test.ts).");
  return url;
}
