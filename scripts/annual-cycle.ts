/**
 * npm run annual-cycle -- [--as-of YYYY-MM-DD] [--dry-run]
 * Runs the yearly abnormal-list cycle (lib/annual-cycle) as of a day — by default today on the
 * register's clock (China Standard Time): lists the enterprises that have not filed a report whose
 * deadline has passed, publishes the warnings 60 days before a listing's third anniversary, moves
 * 3-year listings to the serious-violation list, and (with ANNUAL_CYCLE_AUTO_REMOVAL) approves
 * cured applications for removal. Idempotent: a second run as of the same day changes nothing.
 * --dry-run counts what is due and writes nothing.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { runAnnualCycle, type AnnualCycleProgress, type AnnualCycleStep } from "@/lib/annual-cycle/run-annual-cycle";
import { isIsoDate } from "@/lib/annual-cycle/timeline";
import { registerToday } from "@/lib/rules/publicity";
import { connect, openDatabase } from "./support/database";

const { values } = parseArgs({
  options: {
    "as-of": { type: "string" },
    "dry-run": { type: "boolean", default: false },
  },
});

const STEP_LABELS: Record<AnnualCycleStep, { doing: string; done: string }> = {
  list: { doing: "listing enterprises without an annual report", done: "listed on the abnormal-operations list" },
  warn: { doing: "publishing warnings before the 3-year move", done: "warning notices published" },
  move: { doing: "moving 3-year listings to the serious-violation list", done: "moved to the serious-violation list" },
  remove: { doing: "approving cured applications for removal", done: "removed from the abnormal-operations list" },
};

function report(progress: AnnualCycleProgress, dryRun: boolean): void {
  const label = STEP_LABELS[progress.step];
  switch (progress.kind) {
    case "start":
      process.stderr.write(`  ${label.doing}…`);
      return;
    case "done":
      process.stderr.write(` ${progress.count.toLocaleString("en")} ${dryRun ? "due" : label.done} (${progress.seconds.toFixed(1)} s)\n`);
      return;
    case "skipped":
      process.stderr.write(
        `  ${label.doing}: skipped (${progress.why === "auto-removal-off" ? "automatic removal is off: ANNUAL_CYCLE_AUTO_REMOVAL" : "no report year is past its deadline"})\n`,
      );
  }
}

async function main() {
  const asOf = values["as-of"] ?? registerToday();
  if (!isIsoDate(asOf)) throw new Error("--as-of must be a date like 2027-07-01");
  const dryRun = values["dry-run"] ?? false;
  const database = await openDatabase();
  const client = await connect(database.url);
  try {
    console.log(`Annual cycle as of ${asOf}${dryRun ? " (dry run: nothing is written)" : ""}`);
    const result = await runAnnualCycle({
      client,
      asOf,
      actor: `cli:${os.userInfo().username}`,
      dryRun,
      onProgress: (progress) => report(progress, dryRun),
    });
    if (result.status === "busy") throw new Error("Another run of the annual cycle is in progress (the app's daily run, or another terminal). Try again later.");
    if (result.status !== "done") return;
    const { counts } = result;
    console.log(
      `${dryRun ? "Would write" : "Done"}: ${counts.listed.toLocaleString("en")} listed, ${counts.warned.toLocaleString("en")} warned, ` +
        `${counts.moved.toLocaleString("en")} moved to the serious-violation list, ${counts.removed.toLocaleString("en")} removed ` +
        `in ${result.seconds.toFixed(1)} s${result.runId === null ? "" : ` (run ${result.runId})`}.`,
    );
  } finally {
    await client.end();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
