/** GET /api/v1/companies/{uscc}/records/{section}: one list section of a company's record, by pages. */
import { z } from "zod";
import { RECORD_SECTIONS, type RecordSection } from "@/lib/records/record-sections";
import {
  annualReportSummarySchema,
  changeRecordSchema,
  chattelMortgageSchema,
  companyRefSchema,
  contributionSchema,
  equityChangeSchema,
  equityPledgeSchema,
  ipPledgeSchema,
  judicialAssistanceSchema,
  keyPersonSchema,
  licenceSchema,
  listEntrySchema,
  penaltySchema,
  shareholderSchema,
  spotCheckSchema,
} from "./company-profile";
import { apiSchemas } from "./registry";

export const DEFAULT_SECTION_PAGE_SIZE = 50;
export const MAX_SECTION_PAGE_SIZE = 200;

/** The row schema of each section. */
export const RECORD_SECTION_ITEM_SCHEMAS = {
  shareholders: shareholderSchema,
  "key-personnel": keyPersonSchema,
  branches: companyRefSchema,
  changes: changeRecordSchema,
  licences: licenceSchema,
  penalties: penaltySchema,
  "abnormal-operations": listEntrySchema,
  "serious-violations": listEntrySchema,
  "spot-checks": spotCheckSchema,
  "chattel-mortgages": chattelMortgageSchema,
  "equity-pledges": equityPledgeSchema,
  "judicial-assistance": judicialAssistanceSchema,
  "annual-reports": annualReportSummarySchema,
  contributions: contributionSchema,
  "equity-changes": equityChangeSchema,
  "self-published-licences": licenceSchema,
  "ip-pledges": ipPledgeSchema,
  "self-published-penalties": penaltySchema,
} as const satisfies Record<RecordSection, z.ZodType>;

export const recordSectionPageParametersSchema = z.object({
  page: z.number().int().min(1).optional().describe("Page, from 1."),
  pageSize: z.number().int().min(1).max(MAX_SECTION_PAGE_SIZE).optional().describe(`Rows per page; default ${DEFAULT_SECTION_PAGE_SIZE}.`),
});

const common = {
  company: z.object({ uscc: z.string(), nameZh: z.string(), nameUg: z.string().nullable() }),
  total: z.number().int().nonnegative().describe("Rows in the section."),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  links: z.object({
    self: z.string(),
    next: z.string().nullable(),
    prev: z.string().nullable(),
    company: z.string(),
  }),
};

function sectionPage<Section extends RecordSection>(section: Section) {
  return z.object({ section: z.literal(section), ...common, items: z.array(RECORD_SECTION_ITEM_SCHEMAS[section]) });
}

export const recordSectionPageSchema = z
  .discriminatedUnion("section", RECORD_SECTIONS.map(sectionPage) as unknown as [ReturnType<typeof sectionPage<RecordSection>>, ...ReturnType<typeof sectionPage<RecordSection>>[]])
  .register(apiSchemas, { id: "RecordSectionPage", description: "A page of one list section of a company's public record, newest first." });
