import type { IngestKind } from "@/lib/ingestion/kinds";
import { registerToday } from "@/lib/rules/publicity";

/**
 * A valid record of each ingested kind, for the tests that send every kind (the OpenAPI contract,
 * the fuzzer's starting points). `registration` replaces fields of a registration; a removal names
 * the listing `listingDocumentNumber` (a listing that may not exist: the answer then says so).
 */
export function validIngestRecord(
  kind: IngestKind,
  { documentNumber, uscc, listingDocumentNumber, registration = {} }: { documentNumber: string; uscc: string; listingDocumentNumber: string; registration?: Record<string, unknown> },
): Record<string, unknown> {
  switch (kind) {
    case "registrations":
      return {
        documentNumber,
        uscc,
        nameZh: "新疆测试有限公司",
        type: "llc",
        status: "active",
        legalRepName: "张三",
        establishedOn: "2001-05-01",
        regionCode: "650102",
        industryCode: "F51",
        address: "乌鲁木齐市",
        scope: "销售。",
        ...registration,
      };
    case "licences":
      return { documentNumber, uscc, name: "food-business", content: "预包装食品销售", validFrom: "2026-01-01" };
    case "penalties":
      return { documentNumber, uscc, violationType: "price-violation", kinds: ["warning"], content: "警告", decidedOn: "2026-11-01", documentText: "决定书" };
    case "spot-checks":
      return { documentNumber, uscc, kind: "random", checkedOn: "2026-11-01", result: "normal" };
    case "abnormal-listings":
      return { documentNumber, uscc, reason: "unreachable", listedOn: "2026-11-01" };
    case "serious-violations":
      return { documentNumber, uscc, reason: "false-registration", listedOn: "2026-11-01" };
    case "removals":
      return { documentNumber, uscc, list: "abnormal-listings", listingDocumentNumber, reason: "reachable-again", removedOn: registerToday() };
  }
}
