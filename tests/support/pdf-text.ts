import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * What `pdftotext` (poppler) reads from a PDF, and the same text reduced to words: pdftotext wraps
 * the left-to-right stretches of a right-to-left line in directional marks (U+202A–U+202C) and
 * moves the spaces next to them, so reports are compared word by word, in reading order.
 */
export function pdfText(pdf: Uint8Array, options: string[] = []): string {
  return execFileSync("pdftotext", [...options, tempPdf(pdf), "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** poppler's tools read files: the PDF written to a fresh temporary directory. */
function tempPdf(pdf: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pdf-")), "file.pdf");
  writeFileSync(file, pdf);
  return file;
}

/** Text as one line of single-spaced words, directional marks removed. */
export function asWords(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([.,:;،؛])/g, "$1")
    .trim();
}

/** pdfinfo's fields (Title, Pages, …). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const output = execFileSync("pdfinfo", [tempPdf(pdf)], { encoding: "utf8" });
  return Object.fromEntries(output.split("\n").filter((line) => line.includes(":")).map((line) => {
    const at = line.indexOf(":");
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  }));
}
