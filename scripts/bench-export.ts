/**
 * npm run bench:export -- [--companies 20000] [--batch-size 500]
 * Bulk-export speed and memory on a register in PostgreSQL (DATABASE_URL; seeded here when it
 * holds fewer companies — the database is emptied first): one full `data:export` into a
 * temporary folder, with companies/s, rows/s, output size, and the process's peak memory as the
 * export goes (it must stay flat: one batch in memory at a time). Then the Atom feeds on the
 * same register, read in process: the region-wide and a prefecture feed of each kind.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { getEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/migrations";
import { renderKindFeed } from "@/lib/feeds/public-feeds";
import { exportSnapshot } from "@/lib/open-data/export-snapshot";
import { countEnterprises, resetRegister, seedRegister } from "@/prisma/seed/seed-register";
import { summarizeTimings } from "./support/bench";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    companies: { type: "string", default: "20000" },
    "batch-size": { type: "string", default: "500" },
  },
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to a PostgreSQL database the benchmark may empty, e.g. postgresql://postgres@127.0.0.1:5432/test");
  const companies = Number(values.companies);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations(client);
    const existing = await countEnterprises(client);
    if (existing < companies) {
      if (existing > 0) await resetRegister(client);
      const progress = createProgress({ total: companies, label: "seeding" });
      await seedRegister(client, { count: companies, seed: "bench", asOf: "2026-11-23", batchSize: 1000, onProgress: progress.tick });
      progress.finish();
      await client.query("ANALYZE");
    }
  } finally {
    await client.end();
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-export-"));
  try {
    let peakRss = process.memoryUsage().rss;
    const rssAt: string[] = [];
    const progress = createProgress({ total: companies, label: "exporting" });
    const result = await exportSnapshot({
      dir,
      date: "2026-11-23",
      keep: 1,
      batchSize: Number(values["batch-size"]),
      onProgress: ({ companies: done, totalCompanies }) => {
        const rss = process.memoryUsage().rss;
        peakRss = Math.max(peakRss, rss);
        if (done === totalCompanies || rssAt.length < Math.floor((done / totalCompanies) * 4)) rssAt.push(`${done.toLocaleString("en")}: ${mb(rss)}`);
        progress.tick(done);
      },
    });
    progress.finish();
    const { manifest, seconds } = result;
    const rows = manifest.files.filter((file) => file.format === "jsonl").reduce((sum, file) => sum + file.rows, 0);
    const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    console.log(
      `Export: ${manifest.companies.toLocaleString("en")} companies, ${rows.toLocaleString("en")} rows, ${manifest.files.length} files ` +
        `(${mb(bytes)}) in ${seconds.toFixed(1)} s = ${Math.round(manifest.companies / seconds).toLocaleString("en")} companies/s, ` +
        `${Math.round(rows / seconds).toLocaleString("en")} rows/s`,
    );
    console.log(`Memory (RSS) as it went: ${rssAt.join(", ")}; peak ${mb(peakRss)}`);
    console.log(`At this rate 1,000,000 companies take ${((1_000_000 / manifest.companies) * seconds / 60).toFixed(0)} min.`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  for (const kind of ["penalties", "abnormal-listings"] as const) {
    for (const prefectureCode of [undefined, "650100", "654300"]) {
      const timings: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await renderKindFeed({ locale: "zh", kind, prefectureCode, today: "2026-11-23" });
        timings.push(performance.now() - t0);
      }
      console.log(`Feed ${kind}${prefectureCode ? ` ?prefecture=${prefectureCode}` : ""}: ${summarizeTimings(timings.slice(2))}`);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
