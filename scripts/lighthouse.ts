/**
 * npm run lighthouse -- [--base http://127.0.0.1:3000] [--runs 3] [--desktop] [--out lighthouse]
 * Lighthouse (npm `lighthouse`, Debian's Chromium) on a running production site (`npm run serve`
 * or `next start`): the home page, a search, a company page and an annual-report page, in zh, ug
 * and en. Scores performance, accessibility, best practices and SEO; the target (issue 7) is at
 * least 95 in each. Lighthouse's default is a mid-range phone on a throttled connection
 * (simulated); `--desktop` uses its desktop preset. Each page runs `--runs` times and the median
 * performance run counts (Lighthouse's own advice). Writes an HTML report per page into --out and
 * exits 1 when any score is below 95.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH } from "@/tests/e2e/support/browser";
import { freePort } from "./support/database";
import { reviewPages } from "./support/review-pages";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    runs: { type: "string", default: "1" },
    out: { type: "string", default: "lighthouse" },
    desktop: { type: "boolean", default: false },
  },
});

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGET = 95;

type Scores = Record<(typeof CATEGORIES)[number], number>;

async function main() {
  const base = values.base!.replace(/\/$/, "");
  const runs = Math.max(1, Number(values.runs));
  mkdirSync(values.out!, { recursive: true });
  const pages = await reviewPages(base);
  const targets = pages.filter((page) => page.lighthouse);

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
        const results = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(url, { port, output: "html", logLevel: "error", onlyCategories: [...CATEGORIES] }, values.desktop ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          results.push(result);
        }
        results.sort((a, b) => (a.lhr.categories.performance.score ?? 0) - (b.lhr.categories.performance.score ?? 0));
        const median = results[Math.floor(results.length / 2)];
        const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((median.lhr.categories[category].score ?? 0) * 100)])) as Scores;
        rows.push({ url, scores });
        const file = path.join(values.out!, `${target.name}.${locale}.html`);
        writeFileSync(file, median.report as string);
        const failing = CATEGORIES.filter((category) => scores[category] < TARGET);
        console.log(`${url}\n  ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(", ")}${failing.length ? `  ← below ${TARGET}` : ""}  (${file})`);
        for (const category of failing) {
          const audits = median.lhr.categories[category].auditRefs
            .map((ref) => median.lhr.audits[ref.id])
            .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "notApplicable")
            .slice(0, 6);
          for (const audit of audits) console.log(`    ${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const below = rows.filter((row) => CATEGORIES.some((category) => row.scores[category] < TARGET));
  const lowest = Object.fromEntries(CATEGORIES.map((category) => [category, Math.min(...rows.map((row) => row.scores[category]))]));
  console.log(`\n${rows.length} pages; lowest scores: ${CATEGORIES.map((category) => `${category} ${lowest[category]}`).join(", ")} (${values.desktop ? "desktop" : "mobile"} preset, median of ${runs} run${runs === 1 ? "" : "s"})`);
  if (below.length > 0) {
    console.error(`${below.length} page(s) below ${TARGET}.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
