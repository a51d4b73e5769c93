import { db } from "@/lib/db";
import { findEnterpriseType } from "@/lib/dictionaries/enterprise-types";
import type { AnnualReport, CompanyProfile } from "./company-profile";
import { annualReportSelect, companySelect } from "./company-select";
import { toAnnualReport, toCompanyProfile } from "./public-projection";

/**
 * The whole register, read in batches of companies for bulk exports (lib/open-data): keyset
 * pagination by enterprise id, so each batch is one indexed range read however far the export has
 * gone, and memory holds one batch at a time. Every company and annual report goes through the
 * same public projection as its page.
 */
export type CompanyBatch = {
  /** The last enterprise id of the batch: the next batch starts after it. */
  lastId: number;
  companies: CompanyProfile[];
  annualReports: AnnualReport[];
};

export async function readCompanyBatch({ afterId, limit, today }: { afterId: number; limit: number; today: string }): Promise<CompanyBatch | null> {
  const rows = await db.enterprise.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit, select: companySelect });
  if (rows.length === 0) return null;
  const ids = rows.map((row) => row.id);
  const reports = await db.annualReport.findMany({
    where: { enterpriseId: { in: ids } },
    orderBy: [{ enterpriseId: "asc" }, { year: "asc" }],
    select: annualReportSelect,
  });
  return {
    lastId: ids[ids.length - 1],
    companies: rows.map((row) =>
      toCompanyProfile(row, { today, addressLabel: findEnterpriseType(row.type)?.addressLabel ?? "domicile" }),
    ),
    annualReports: reports.map(toAnnualReport),
  };
}

/** How many companies the register holds (the export's progress total). */
export function countCompanies(): Promise<number> {
  return db.enterprise.count();
}

/** The authorities on the register (all public: names of departments). */
export function listRegisterAuthorities(): Promise<{ id: string; kind: string; regionCode: string; nameZh: string; nameUg: string; nameEn: string }[]> {
  return db.authority.findMany({
    select: { id: true, kind: true, regionCode: true, nameZh: true, nameUg: true, nameEn: true },
    orderBy: { id: "asc" },
  });
}
