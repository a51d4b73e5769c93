import { createHash } from "node:crypto";
import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREFECTURES } from "@/lib/dictionaries";
import { getEnv } from "@/lib/env";
import { exportSnapshot } from "@/lib/open-data/export-snapshot";
import { exportDirectory, listSnapshots, type SnapshotManifest } from "@/lib/open-data/snapshots";
import { requireDatabaseUrl } from "../support/database";
import { HOSTILE_PENALTY, HOSTILE_USCC, plantHostilePenalty } from "../support/hostile-penalty";
import { leakedMarkers, MARKER_USCC, MARKERS, plantMarkerCompany, VISIBLE } from "../support/marker-company";
import { baseUrl, launchBrowser } from "./support/browser";

/**
 * Bulk data and feeds over real HTTP: the test makes a snapshot in the site's EXPORT_DIR (npm test
 * gives both the same folder), then reads the /data page, downloads files, and parses every Atom
 * feed with Chromium's XML parser.
 */
const LOCALES = ["zh", "ug", "en"] as const;
const ATOM = "http://www.w3.org/2005/Atom";

async function get(path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${baseUrl()}${path}`, { redirect: "manual", ...init });
}

type ParsedEntry = {
  id: string;
  title: string;
  updated: string;
  link: string;
  contentType: string | null;
  /** The content as the feed carries it (an HTML string). */
  contentHtml: string;
  /** That HTML, parsed: its text, and how many elements a browser would run or load. */
  contentText: string;
  activeElements: number;
};
type ParsedFeed = { error: string | null; namespace: string | null; root: string; lang: string | null; id: string; title: string; updated: string; entries: ParsedEntry[] };

function parseAtom(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate(
    ({ text, ns }) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      const root = doc.documentElement;
      const child = (element: Element, name: string) => Array.from(element.children).find((item) => item.namespaceURI === ns && item.localName === name);
      const entries = Array.from(root.children)
        .filter((item) => item.namespaceURI === ns && item.localName === "entry")
        .map((entry) => {
          const content = child(entry, "content");
          const html = new DOMParser().parseFromString(content?.textContent ?? "", "text/html");
          return {
            id: child(entry, "id")?.textContent ?? "",
            title: child(entry, "title")?.textContent ?? "",
            updated: child(entry, "updated")?.textContent ?? "",
            link: child(entry, "link")?.getAttribute("href") ?? "",
            contentType: content?.getAttribute("type") ?? null,
            contentHtml: content?.textContent ?? "",
            contentText: html.body.textContent ?? "",
            activeElements: html.querySelectorAll("script, iframe, img, object, embed, [onerror], [onload]").length,
          };
        });
      return {
        error: error ? error.textContent : null,
        namespace: root.namespaceURI,
        root: root.localName,
        lang: root.getAttribute("xml:lang"),
        id: child(root, "id")?.textContent ?? "",
        title: child(root, "title")?.textContent ?? "",
        updated: child(root, "updated")?.textContent ?? "",
        entries,
      };
    },
    { text: xml, ns: ATOM },
  );
}

function usccOfLink(link: string): string {
  const match = /\/companies\/([0-9A-Z]{18})(?:[#/?]|$)/.exec(link);
  if (!match) throw new Error(`No company in ${link}`);
  return match[1];
}

async function withDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let browser: Browser;
let page: Page;
let manifest: SnapshotManifest;

beforeAll(async () => {
  await plantMarkerCompany(requireDatabaseUrl());
  await plantHostilePenalty(requireDatabaseUrl());
  browser = await launchBrowser();
  page = await browser.newPage();
  await checkPageWithoutSnapshots();
  // The site lists what is in its EXPORT_DIR: the same folder as this process's (scripts/test.ts).
  const result = await exportSnapshot({ dir: exportDirectory(), keep: getEnv().EXPORT_KEEP });
  manifest = result.manifest;
}, 300_000);

/**
 * With no snapshot in EXPORT_DIR the page says so, with the command that makes one. Snapshots
 * already there (a developer's earlier runs) are moved aside under a hidden name, which the site
 * does not list, and back afterwards.
 */
const noSnapshotHtml: Record<string, string> = {};

async function checkPageWithoutSnapshots(): Promise<void> {
  const dir = exportDirectory();
  await mkdir(dir, { recursive: true });
  const held = await listSnapshots(dir);
  for (const name of held) await rename(path.join(dir, name), path.join(dir, `.held-${name}`));
  try {
    for (const locale of LOCALES) noSnapshotHtml[locale] = await (await get(`/${locale}/data`)).text();
  } finally {
    for (const name of held) await rename(path.join(dir, `.held-${name}`), path.join(dir, name));
  }
}

afterAll(async () => {
  await browser?.close();
});

describe("the open-data page", () => {
  it("says plainly when no snapshot has been made, with the command that makes one", async () => {
    const { catalogue } = await import("@/lib/i18n/catalogues");
    for (const locale of LOCALES) {
      const html = noSnapshotHtml[locale];
      expect(html).toContain(catalogue(locale).OpenData.noSnapshotTitle);
      expect(html).toMatch(/<bdi dir="ltr" class="font-mono">npm run data:export<\/bdi>/);
      expect(html).not.toContain("/api/v1/bulk/20");
      // The feeds are listed all the same.
      expect(html).toContain(`href="/${locale}/feeds/penalties.atom"`);
    }
  });

  for (const locale of LOCALES) {
    it(`lists every file of the latest snapshot with its size, rows, SHA-256 and link, in ${locale}`, async () => {
      const response = await get(`/${locale}/data`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`lang="${locale === "zh" ? "zh-CN" : locale}"`);
      expect(html).toContain(`dir="${locale === "ug" ? "rtl" : "ltr"}"`);
      for (const file of manifest.files) {
        expect(html).toContain(`href="/api/v1/bulk/${manifest.snapshot}/${file.name}"`);
        expect(html).toContain(file.sha256);
      }
      expect(html).toContain(`href="/api/v1/bulk/${manifest.snapshot}/manifest.json"`);
      // Feed autodiscovery and the feed list.
      expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="(https?://[^"/]+)?/${locale}/feeds/penalties.atom"`));
      expect(html).toContain(`href="/${locale}/feeds/abnormal-listings.atom?prefecture=650100"`);
    });
  }

  it("works without JavaScript on a phone in Uyghur, and a download matches the SHA-256 it shows", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    try {
      const phone = await context.newPage();
      await phone.goto(`${baseUrl()}/ug/data`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const item = phone.locator("li", { has: phone.locator('a[href$="/penalties.csv.gz"]') });
      const href = await item.locator("a").getAttribute("href");
      const shown = (await item.locator("bdi.font-mono").textContent())?.trim();
      expect(href).toBe(`/api/v1/bulk/${manifest.snapshot}/penalties.csv.gz`);
      const download = await get(href!);
      expect(download.status).toBe(200);
      expect(download.headers.get("content-type")).toBe("application/gzip");
      expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="xj-\d{4}-\d{2}-\d{2}-penalties\.csv\.gz"$/);
      const bytes = Buffer.from(await download.arrayBuffer());
      expect(download.headers.get("content-length")).toBe(String(bytes.length));
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      expect(sha256).toBe(shown);
      expect(download.headers.get("etag")).toBe(`"${sha256}"`);
      // The site's footer links the page.
      expect(await phone.locator(`footer a[href="/ug/data"]`).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

});

describe("bulk downloads", () => {
  it("serve the latest manifest, every file intact, and 304 for a known ETag", async () => {
    const response = await get("/api/v1/bulk/latest/manifest.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const served = (await response.json()) as SnapshotManifest;
    expect(served).toEqual(manifest);
    for (const file of manifest.files) {
      const download = await get(`/api/v1/bulk/${manifest.snapshot}/${file.name}`);
      const bytes = Buffer.from(await download.arrayBuffer());
      expect(bytes.length, file.name).toBe(file.bytes);
      expect(createHash("sha256").update(bytes).digest("hex"), file.name).toBe(file.sha256);
    }
    const again = await get(`/api/v1/bulk/latest/penalties.jsonl.gz`, { headers: { "if-none-match": `"${manifest.files.find((file) => file.name === "penalties.jsonl.gz")!.sha256}"` } });
    expect(again.status).toBe(304);
  });

  it("serve only files a manifest lists: no way out of the snapshot folder", async () => {
    for (const path of [
      "/api/v1/bulk/latest/..%2F..%2Fpackage.json",
      "/api/v1/bulk/latest/..%2Fmanifest.json",
      `/api/v1/bulk/${manifest.snapshot}/%2e%2e%2f%2e%2e%2f.env`,
      "/api/v1/bulk/..%2F..%2F/manifest.json",
      "/api/v1/bulk/latest/%2Fetc%2Fpasswd",
      "/api/v1/bulk/latest/penalties.jsonl",
      "/api/v1/bulk/1999-01-01/manifest.json",
      "/api/v1/bulk/latest/.partial",
    ]) {
      const response = await get(path);
      expect([404, 308], path).toContain(response.status);
      if (response.status === 404) expect(response.headers.get("content-type"), path).toContain("application/problem+json");
    }
  });
});

describe("Atom feeds", () => {
  for (const locale of LOCALES) {
    for (const kind of ["penalties", "abnormal-listings"] as const) {
      it(`${kind} in ${locale}: valid Atom with the newest public records`, async () => {
        const response = await get(`/${locale}/feeds/${kind}.atom`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
        expect(response.headers.get("cache-control")).toContain("max-age");
        const etag = response.headers.get("etag");
        expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
        const feed = await parseAtom(page, await response.text());
        expect(feed.error).toBeNull();
        expect(feed.namespace).toBe(ATOM);
        expect(feed.root).toBe("feed");
        expect(feed.lang).toBe(locale === "zh" ? "zh-CN" : locale);
        expect(feed.id).toMatch(/^tag:[^,]+,2026:feeds\//);
        expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
        expect(feed.entries.length).toBeGreaterThan(0);
        expect(feed.entries.length).toBeLessThanOrEqual(50);
        for (const entry of feed.entries) {
          expect(entry.id).toMatch(/^tag:[^,]+,2026:(penalty|abnormal-listing)\/\d+$/);
          expect(entry.link).toContain(`/${locale}/companies/`);
          expect(entry.contentType).toBe("html");
          expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
          expect(leakedMarkers(entry.title + entry.contentHtml)).toEqual([]);
        }
        const times = feed.entries.map((entry) => Date.parse(entry.updated));
        expect(times).toEqual([...times].sort((a, b) => b - a));
        // The newest records of the register are there (by publication or listing date).
        const newest = await withDatabase(async (client) =>
          kind === "penalties"
            ? (await client.query<{ id: number }>(
                `SELECT id FROM penalty WHERE least(publicity_ends_on, annulled_on - 1, repaired_on - 1) >= (now() AT TIME ZONE 'Asia/Shanghai')::date
                  ORDER BY published_on DESC, id DESC LIMIT 5`,
              )).rows
            : (await client.query<{ id: number }>("SELECT id FROM abnormal_listing ORDER BY listed_on DESC, id DESC LIMIT 5")).rows,
        );
        const ids = feed.entries.map((entry) => entry.id.split("/").pop());
        for (const { id } of newest) expect(ids).toContain(String(id));
        // Entry ids are the same in every language: one record, one entry.
        const other = await parseAtom(page, await (await get(`/${locale === "en" ? "zh" : "en"}/feeds/${kind}.atom`)).text());
        expect(other.entries.map((entry) => entry.id)).toEqual(feed.entries.map((entry) => entry.id));
        const cached = await get(`/${locale}/feeds/${kind}.atom`, { headers: { "if-none-match": etag! } });
        expect(cached.status).toBe(304);
      });
    }
  }

  it("per prefecture, hold only that prefecture's companies", async () => {
    const all = await parseAtom(page, await (await get("/zh/feeds/abnormal-listings.atom")).text());
    const prefectures = new Set(["650100"]);
    const regions = await withDatabase(async (client) => {
      const usccs = all.entries.map((entry) => usccOfLink(entry.link));
      const { rows } = await client.query<{ uscc: string; region_code: string }>("SELECT uscc, region_code FROM enterprise WHERE uscc = ANY($1)", [usccs]);
      return new Map(rows.map((row) => [row.uscc, row.region_code]));
    });
    for (const region of regions.values()) prefectures.add(`${region.slice(0, 4)}00`);
    let checked = 0;
    for (const prefecture of prefectures) {
      for (const kind of ["penalties", "abnormal-listings"] as const) {
        const response = await get(`/zh/feeds/${kind}.atom?prefecture=${prefecture}`);
        expect(response.status).toBe(200);
        const feed = await parseAtom(page, await response.text());
        expect(feed.error).toBeNull();
        const name = PREFECTURES.find((item) => item.code === prefecture)!.names.zh;
        expect(feed.title).toContain(name);
        const usccs = feed.entries.map((entry) => usccOfLink(entry.link));
        const codes = await withDatabase(async (client) =>
          (await client.query<{ region_code: string }>("SELECT region_code FROM enterprise WHERE uscc = ANY($1)", [usccs])).rows,
        );
        for (const { region_code } of codes) expect(region_code.slice(0, 4)).toBe(prefecture.slice(0, 4));
        checked += feed.entries.length;
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect((await get("/zh/feeds/penalties.atom?prefecture=659999")).status).toBe(404);
    expect((await get("/zh/feeds/penalties.atom?prefecture=650102")).status).toBe(404);
    expect((await get("/xx/feeds/penalties.atom")).status).toBe(404);
  });

  it("per company: only its public penalties and listings", async () => {
    for (const locale of LOCALES) {
      const response = await get(`/${locale}/companies/${MARKER_USCC}/feed.atom`);
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(leakedMarkers(xml)).toEqual([]);
      for (const hidden of [MARKERS.expiredPenalty, MARKERS.annulledPenalty, MARKERS.repairedPenalty]) expect(xml).not.toContain(hidden);
      const feed = await parseAtom(page, xml);
      expect(feed.error).toBeNull();
      for (const entry of feed.entries) expect(usccOfLink(entry.link)).toBe(MARKER_USCC);
      expect(feed.entries.filter((entry) => entry.id.includes(":penalty/")).map((entry) => entry.title)).toEqual([
        expect.stringContaining(VISIBLE.penalty),
      ]);
    }
    expect((await get(`/zh/companies/${MARKER_USCC.toLowerCase()}/feed.atom`)).status).toBe(308);
    expect((await get("/zh/companies/91650100MA00000000/feed.atom")).status).toBe(404);
  });

  it("carry markup in a record as text: escaped in titles, inert in content", async () => {
    // The prefecture feed holds only the newest entries, which other tests (ingestion) may fill:
    // it must parse and carry no markup whatever it holds; the company feeds hold the hostile record.
    const prefectureXml = await (await get("/zh/feeds/penalties.atom?prefecture=650100")).text();
    expect(prefectureXml).not.toContain("<script");
    expect((await parseAtom(page, prefectureXml)).error).toBeNull();
    for (const path of LOCALES.map((locale) => `/${locale}/companies/${HOSTILE_USCC}/feed.atom`)) {
      const xml = await (await get(path)).text();
      expect(xml, path).not.toContain("<script");
      const feed = await parseAtom(page, xml);
      expect(feed.error, path).toBeNull();
      const hostile = feed.entries.find((entry) => entry.title.includes(HOSTILE_PENALTY.decisionNumber));
      expect(hostile, path).toBeDefined();
      // The title is text: the decision number comes back exactly, markup and all.
      expect(hostile!.title).toContain(`<script>&"'`);
      // The content is HTML in which the record's text is text: no element comes from the data.
      expect(hostile!.activeElements).toBe(0);
      expect(hostile!.contentHtml).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
      expect(hostile!.contentText).toContain(HOSTILE_PENALTY.content);
    }
  });

  it("are discoverable from the company page", async () => {
    const html = await (await get(`/ug/companies/${MARKER_USCC}`)).text();
    expect(html).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="(https?://[^"/]+)?/ug/companies/${MARKER_USCC}/feed.atom"`));
  });
});
