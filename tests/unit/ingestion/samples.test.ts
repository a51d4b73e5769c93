import { describe, expect, it } from "vitest";
import { checkUscc } from "@/lib/codes/credit-code";
import { readFileRecords, type ImportFormat } from "@/lib/ingestion/file-import/file-records";
import { INGEST_KINDS, type IngestKind } from "@/lib/ingestion/kinds";
import { ingestRecordSchema } from "@/lib/validation/ingest-records";
import { registerCompanies } from "@/prisma/seed/ingest-samples";

/**
 * The committed sample files (docs/samples, made by `npm run data:samples`) are what the README
 * tells operators to try: each must read, in both formats alike, as valid records about companies
 * of the demo register.
 */
async function payloads(kind: IngestKind, format: ImportFormat): Promise<unknown[]> {
  const read: unknown[] = [];
  for await (const record of readFileRecords({ path: `docs/samples/${kind}.${format}`, format, kind })) {
    expect(record.problems).toEqual([]);
    read.push(record.payload);
  }
  return read;
}

describe("the sample files in docs/samples", () => {
  const demo = new Set(registerCompanies({ seed: "demo", count: 400 }).map((company) => company.uscc));

  it.each(INGEST_KINDS)("%s: the CSV and the JSON Lines file hold the same valid records about demo companies", async (kind) => {
    const csv = await payloads(kind, "csv");
    const jsonl = await payloads(kind, "jsonl");
    expect(csv.length).toBeGreaterThanOrEqual(10);
    expect(csv).toEqual(jsonl);
    const schema = ingestRecordSchema(kind, { today: "2099-12-31" });
    for (const record of jsonl) {
      const parsed = schema.safeParse(record);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const { uscc } = record as { uscc: string };
      expect(checkUscc(uscc)).toMatchObject({ ok: true });
      // Registrations are of new companies; every other record is about a company of the demo register.
      expect(demo.has(uscc)).toBe(kind !== "registrations");
    }
  });

  it("removals lift listings of the abnormal-listings sample", async () => {
    const listings = new Set(((await payloads("abnormal-listings", "jsonl")) as { documentNumber: string }[]).map((record) => record.documentNumber));
    for (const removal of (await payloads("removals", "jsonl")) as { listingDocumentNumber: string }[]) expect(listings.has(removal.listingDocumentNumber)).toBe(true);
  });
});
