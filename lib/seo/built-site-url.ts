import { readFile } from "node:fs/promises";
import path from "node:path";
import { routing } from "@/i18n/routing";

/**
 * The origin the prerendered start page (/zh, built by `next build`) names in its canonical
 * link, or null when there is no build or no such link. The start pages are static: they keep
 * the SITE_URL of the build's environment whatever the server's is, so the server compares the
 * two when it starts (scripts/serve.ts).
 */
export async function readBuiltSiteOrigin(distDir = ".next"): Promise<string | null> {
  let html: string;
  try {
    html = await readFile(path.join(distDir, "server", "app", `${routing.defaultLocale}.html`), "utf8");
  } catch {
    return null;
  }
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) return null;
  try {
    return new URL(href).origin;
  } catch {
    return null;
  }
}
