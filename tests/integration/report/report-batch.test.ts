import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { generateUscc } from "@/lib/codes/credit-code";
import { db } from "@/lib/db";
import { sha256, verifyReportBytes } from "@/lib/report/credit-reports";
import { batchZipPath, getBatchStatus, MAX_BATCH_CODES, startBatch } from "@/lib/report/report-batch";
import { createRandom } from "@/prisma/seed/generate/random";

/** Batch printing end to end on the test register: the ZIP, its manifest, and every report in it verifiable. */
describe("batch printing", () => {
  it("makes a ZIP of reports with a manifest listing every code's outcome", async () => {
    const companies = await db.enterprise.findMany({ select: { uscc: true, nameZh: true, registrationNumber: true }, orderBy: { id: "asc" }, take: 3 });
    const withNumber = await db.enterprise.findFirst({ where: { registrationNumber: { not: null } }, select: { uscc: true, registrationNumber: true } });
    const unknown = generateUscc({ authority: "9", entityType: "1", division: "650102", random: createRandom(99).source });
    const codes = [
      ...companies.map((company) => company.uscc.trim()),
      companies[0].uscc.trim().toLowerCase(), // the same company again
      unknown,
      "123",
      "91650100MA7777777Z", // a character no code has (Z)
      ...(withNumber ? [withNumber.registrationNumber!] : []),
    ];
    const started = await startBatch(codes, "en");
    if (!started.ok) throw new Error(started.problem);
    expect((await getBatchStatus(started.id))?.state).toBe("running");
    await started.run();

    const status = await getBatchStatus(started.id);
    expect(status).toMatchObject({ state: "done", total: codes.length, done: codes.length });
    const files = unzipSync(readFileSync(batchZipPath(started.id)));
    const manifest = new TextDecoder().decode(files["manifest.csv"]).replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => line.split(","));
    expect(manifest[0]).toEqual(["code", "name", "status", "report_id", "sha256", "reason"]);
    const rows = manifest.slice(1);
    expect(rows).toHaveLength(codes.length);
    expect(rows.map((row) => row[2])).toEqual([
      "generated", "generated", "generated", "duplicate", "not-found", "invalid", "invalid", ...(withNumber ? ["generated"] : []),
    ]);
    expect(rows[0][1]).toBe(companies[0].nameZh);
    expect(rows[4][5]).toBe("Not on the register");
    expect(rows[5][5]).toContain("18 characters");
    if (withNumber) expect(rows.at(-1)![0]).toBe(withNumber.uscc.trim());

    const pdfs = Object.keys(files).filter((name) => name.endsWith(".pdf"));
    const generated = rows.filter((row) => row[2] === "generated");
    expect(pdfs).toHaveLength(generated.length);
    for (const [code, , , reportId, hash] of generated) {
      const pdf = files[`credit-report-${code}-${reportId}.pdf`];
      expect(sha256(pdf)).toBe(hash);
      expect(await verifyReportBytes(pdf)).toMatchObject({ genuine: true, reportId, locale: "en" });
    }
    expect(status?.counts.generated).toBe(generated.length);
  }, 120_000);

  it("refuses an empty list and one longer than 200 codes", async () => {
    expect(await startBatch([], "zh")).toEqual({ ok: false, problem: "no-codes", count: 0 });
    expect(await startBatch(Array.from({ length: MAX_BATCH_CODES + 1 }, () => "91650100MA77777770"), "zh")).toEqual({ ok: false, problem: "too-many", count: 201 });
  });
});
