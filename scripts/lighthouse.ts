/**
 * npm run lighthouse -- [--base http://127.0.0.1:3000] [--runs 3] [--desktop] [--no-gzip] [--out lighthouse]
 * Lighthouse (npm `lighthouse`, Debian's Chromium) on a running production site (`npm run serve`
 * or `next start`): the home page, a search, a company page and an annual-report page, in zh, ug
 * and en. Scores performance, accessibility, best practices and SEO; the target (issue 7) is at
 * least 95 in each. Lighthouse's default is a mid-range phone on a throttled connection
 * (simulated); `--desktop` uses its desktop preset. Each page runs `--runs` times and the median
 * performance run counts (Lighthouse's own advice). Writes an HTML report per page into --out and
 * exits 1 when any score is below 95.
 * The app leaves compression to the reverse proxy in front of it (README, deployment), so by default
 * the pages are measured through a local gzip proxy standing in for it (./support/gzip-proxy.ts);
 * `--no-gzip` measures the app's bare answers.
 */
import { execFile } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH } from "@/tests/e2e/support/browser";
import { freePort } from "./support/database";
import { startGzipProxy } from "./support/gzip-proxy";
import { bin } from "./support/processes";
import { reviewPages } from "./support/review-pages";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    runs: { type: "string", default: "1" },
    out: { type: "string", default: "lighthouse" },
    desktop: { type: "boolean", default: false },
    "no-gzip": { type: "boolean", default: false },
  },
});

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGET = 95;

type Scores = Record<(typeof CATEGORIES)[number], number>;
type Audit = { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string };
type Report = { categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, Audit> };

/** The audit a deliberately unindexed page fails by design (ReviewPage `lighthouse: "noindex"`). */
const NOINDEX_AUDIT = "is-crawlable";

/** A category's score as Lighthouse computes it (weighted mean of its audits), without `skipped`. */
function categoryScore(report: Report, category: string, skipped: string[]): number {
  let sum = 0;
  let weights = 0;
  for (const ref of report.categories[category].auditRefs) {
    if (skipped.includes(ref.id) || ref.weight === 0) continue;
    const audit = report.audits[ref.id];
    if (audit.score === null) continue;
    sum += audit.score * ref.weight;
    weights += ref.weight;
  }
  return weights === 0 ? 0 : Math.round((sum / weights) * 100);
}

/**
 * One Lighthouse run through its command line (its page-side functions are serialised into the
 * browser, which breaks when tsx has transformed them), writing `{base}.report.json` and `.html`.
 */
async function runLighthouse(url: string, port: number, outputBase: string): Promise<Report> {
  await promisify(execFile)(
    bin("lighthouse"),
    [
      url,
      `--port=${port}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      "--output=json",
      "--output=html",
      `--output-path=${outputBase}`,
      "--quiet",
      ...(values.desktop ? ["--preset=desktop"] : []),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(`${outputBase}.report.json`, "utf8")) as Report;
}

async function main() {
  const site = values.base!.replace(/\/$/, "");
  const runs = Math.max(1, Number(values.runs));
  mkdirSync(values.out!, { recursive: true });
  const pages = await reviewPages(site);
  const targets = pages.filter((page) => page.lighthouse);
  const proxy = values["no-gzip"] ? null : await startGzipProxy({ target: site, port: await freePort() });
  const address = proxy?.address();
  const base = address && typeof address === "object" ? `http://127.0.0.1:${address.port}` : site;

  // Lighthouse drives Chromium over the DevTools protocol: start Debian's Chromium with a port.
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", `--remote-debugging-port=${port}`],
  });
  const rows: { url: string; scores: Scores }[] = [];
  try {
    for (const target of targets) {
      for (const locale of ["zh", "ug", "en"] as const) {
        const url = `${base}/${locale}${target.path}`;
        const results: { report: Report; file: string }[] = [];
        for (let run = 0; run < runs; run++) {
          const outputBase = path.join(values.out!, `${target.name}-${locale}${runs > 1 ? `-run${run + 1}` : ""}`);
          results.push({ report: await runLighthouse(url, port, outputBase), file: `${outputBase}.report.html` });
        }
        results.sort((a, b) => (a.report.categories.performance.score ?? 0) - (b.report.categories.performance.score ?? 0));
        const { report: median, file } = results[Math.floor(results.length / 2)];
        const skipped = target.lighthouse === "noindex" ? [NOINDEX_AUDIT] : [];
        const scores = Object.fromEntries(CATEGORIES.map((category) => [category, categoryScore(median, category, skipped)])) as Scores;
        rows.push({ url, scores });
        const failing = CATEGORIES.filter((category) => scores[category] < TARGET);
        const note = skipped.length > 0 ? `  [not indexed on purpose: SEO without "${NOINDEX_AUDIT}"; Lighthouse's own SEO score ${Math.round((median.categories.seo.score ?? 0) * 100)}]` : "";
        console.log(`${url}\n  ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(", ")}${failing.length ? `  ← below ${TARGET}` : ""}  (${file})${note}`);
        for (const category of failing) {
          const audits = median.categories[category].auditRefs
            .map((ref) => median.audits[ref.id])
            .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "notApplicable")
            .slice(0, 6);
          for (const audit of audits) console.log(`    ${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        }
      }
    }
  } finally {
    await browser.close();
    proxy?.close();
  }
  const below = rows.filter((row) => CATEGORIES.some((category) => row.scores[category] < TARGET));
  const lowest = Object.fromEntries(CATEGORIES.map((category) => [category, Math.min(...rows.map((row) => row.scores[category]))]));
  console.log(`\n${rows.length} pages; lowest scores: ${CATEGORIES.map((category) => `${category} ${lowest[category]}`).join(", ")} (${values.desktop ? "desktop" : "mobile"} preset, ${proxy ? "through a gzip proxy" : "uncompressed"}, median of ${runs} run${runs === 1 ? "" : "s"})`);
  if (below.length > 0) {
    console.error(`${below.length} page(s) below ${TARGET}.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
