/**
 * npm run data:samples -- [--kind K]... [--count N] [--seed demo|test] [--companies N] [--format csv|jsonl]...
 *                         [--out DIR] [--prefix P] [--as-of YYYY-MM-DD]
 *
 * Writes sample files for `npm run data:import` (prisma/seed/ingest-samples.ts): <out>/<kind>.csv
 * and <out>/<kind>.jsonl, records about the first companies of the register generated with the
 * seed (demo: `npm run demo`; test: the test suite's), so every code exists there. By default
 * every kind, 20 records each, into docs/samples (the committed samples). For a large file to try
 * the importer: `--kind penalties --count 1000000 --format jsonl --out /tmp`.
 */
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { INGEST_KINDS, isIngestKind, type IngestKind } from "@/lib/ingestion/kinds";
import { registerToday } from "@/lib/rules/publicity";
import { csvHeaderLine, csvRecordLine, jsonlLine, registerCompanies, sampleRecords } from "@/prisma/seed/ingest-samples";
import { createProgress } from "./support/progress";

const { values } = parseArgs({
  options: {
    kind: { type: "string", multiple: true },
    count: { type: "string", default: "20" },
    seed: { type: "string", default: "demo" },
    companies: { type: "string", default: "400" },
    format: { type: "string", multiple: true },
    out: { type: "string", default: "docs/samples" },
    prefix: { type: "string", default: "" },
    "as-of": { type: "string" },
  },
});

async function writeSample(path: string, lines: Iterable<string>, total: number): Promise<void> {
  const stream = createWriteStream(path);
  const progress = total >= 100_000 ? createProgress({ total, label: path }) : null;
  let written = 0;
  for (const line of lines) {
    if (!stream.write(line)) await once(stream, "drain");
    written++;
    if (progress && written % 10_000 === 0) progress.tick(written);
  }
  stream.end();
  await once(stream, "finish");
  progress?.tick(total);
  progress?.finish();
}

async function main() {
  const kinds = (values.kind ?? [...INGEST_KINDS]).map((kind) => {
    if (!isIngestKind(kind)) throw new Error(`--kind must be one of ${INGEST_KINDS.join(", ")}`);
    return kind as IngestKind;
  });
  const formats = values.format ?? ["csv", "jsonl"];
  if (formats.some((format) => format !== "csv" && format !== "jsonl")) throw new Error("--format must be csv or jsonl");
  const count = Number(values.count);
  const companyCount = Number(values.companies);
  if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive whole number");
  if (!Number.isInteger(companyCount) || companyCount < 1) throw new Error("--companies must be a positive whole number");
  const asOf = values["as-of"] ?? registerToday();
  const companies = registerCompanies({ seed: values.seed, count: companyCount });
  await mkdir(values.out, { recursive: true });
  for (const kind of kinds) {
    const options = { kind, count, companies, asOf, prefix: values.prefix };
    if (formats.includes("jsonl")) {
      const path = join(values.out, `${kind}.jsonl`);
      await writeSample(path, (function* () {
        for (const record of sampleRecords(options)) yield jsonlLine(record);
      })(), count);
      console.log(`Wrote ${path}`);
    }
    if (formats.includes("csv")) {
      const path = join(values.out, `${kind}.csv`);
      await writeSample(path, (function* () {
        // With a byte-order mark: spreadsheet programs then open the file as UTF-8.
        yield `\uFEFF${csvHeaderLine(kind)}`;
        for (const record of sampleRecords(options)) yield csvRecordLine(kind, record);
      })(), count);
      console.log(`Wrote ${path}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
