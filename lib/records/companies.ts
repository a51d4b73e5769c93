import { db } from "@/lib/db";
import { findEnterpriseType } from "@/lib/dictionaries/enterprise-types";
import { registerToday } from "@/lib/rules/publicity";
import type { AnnualReport, CompanyProfile } from "./company-profile";
import { annualReportSelect, companySelect } from "./company-select";
import { toAnnualReport, toCompanyProfile } from "./public-projection";

/** The public record of one company, or null when the register does not hold the code. */
export async function getCompanyProfile(uscc: string, { today = registerToday() }: { today?: string } = {}): Promise<CompanyProfile | null> {
  const row = await db.enterprise.findUnique({ where: { uscc }, select: companySelect });
  if (row === null) return null;
  const addressLabel = findEnterpriseType(row.type)?.addressLabel ?? "domicile";
  return toCompanyProfile(row, { today, addressLabel });
}

/** One filed annual report, published blocks only; null when the company filed none for that year. */
export async function getAnnualReport({ uscc, year }: { uscc: string; year: number }): Promise<AnnualReport | null> {
  const row = await db.annualReport.findFirst({ where: { year, enterprise: { uscc } }, select: annualReportSelect });
  return row === null ? null : toAnnualReport(row);
}

/** The code of the company a legacy 15-digit registration number belongs to. */
export async function findUsccByRegistrationNumber(registrationNumber: string): Promise<string | null> {
  const row = await db.enterprise.findUnique({ where: { registrationNumber }, select: { uscc: true } });
  return row?.uscc ?? null;
}

/** Every annual report a company filed, newest first, published blocks only. */
export async function getAnnualReports(uscc: string): Promise<AnnualReport[]> {
  const rows = await db.annualReport.findMany({ where: { enterprise: { uscc } }, select: annualReportSelect, orderBy: { year: "desc" } });
  return rows.map(toAnnualReport);
}

/** Whether the register holds a company with this code. */
export async function isCompanyOnRegister(uscc: string): Promise<boolean> {
  return (await db.enterprise.findUnique({ where: { uscc }, select: { id: true } })) !== null;
}
