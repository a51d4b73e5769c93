/**
 * The public record of a company (lib/records/company-profile.ts) as zod schemas, for the
 * OpenAPI document and the contract tests. The types there are what the code produces; the
 * SameType checks at the end make the build fail when a schema here drifts from them.
 */
import { z } from "zod";
import type * as Profile from "@/lib/records/company-profile";
import { apiSchemas, type SameType } from "./registry";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A date, YYYY-MM-DD.");
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/).describe("A decimal number as a string (万元 unless the field says Yuan).");
const code = (what: string) => z.string().describe(`A dictionary code (${what}); translations on the company page.`);

export const localisedNamesSchema = z.object({ zh: z.string(), ug: z.string(), en: z.string() }).register(apiSchemas, { id: "LocalisedNames" });

export const authorityRefSchema = z.object({ id: z.string(), names: localisedNamesSchema }).register(apiSchemas, { id: "AuthorityRef", description: "A registration or other authority." });

export const publicIdDocumentSchema = z
  .object({ type: code("id-document types"), number: z.string().nullable(), isNaturalPerson: z.boolean() })
  .register(apiSchemas, { id: "PublicIdDocument", description: "A natural person's ID number is never public: `number` is null and `isNaturalPerson` true." });

export const companyRefSchema = z
  .object({ uscc: z.string(), nameZh: z.string(), nameUg: z.string().nullable(), status: code("statuses") })
  .register(apiSchemas, { id: "CompanyRef" });

export const shareholderSchema = z.object({ name: z.string(), kind: code("shareholder kinds"), idDocument: publicIdDocumentSchema }).register(apiSchemas, { id: "Shareholder" });
export const keyPersonSchema = z.object({ name: z.string(), title: code("titles") }).register(apiSchemas, { id: "KeyPerson" });
export const changeRecordSchema = z.object({ item: code("change items"), before: z.string(), after: z.string(), changedOn: day }).register(apiSchemas, { id: "ChangeRecord" });
export const formerNameSchema = z.object({ name: z.string(), until: day }).register(apiSchemas, { id: "FormerName" });
export const liquidationSchema = z.object({ leader: z.string(), members: z.string(), startedOn: day }).register(apiSchemas, { id: "Liquidation" });

export const licenceSchema = z
  .object({
    documentNumber: z.string(),
    name: code("licence names"),
    content: z.string(),
    validFrom: day,
    validTo: day.nullable(),
    status: code("record statuses"),
    authority: authorityRefSchema.nullable(),
    authorityName: z.string().nullable().describe("As printed on a self-published licence."),
    publishedOn: day,
  })
  .register(apiSchemas, { id: "Licence" });

export const penaltySchema = z
  .object({
    decisionNumber: z.string(),
    violationType: code("violation types"),
    kinds: z.array(code("penalty kinds")),
    content: z.string(),
    fineYuan: decimal.nullable(),
    authority: authorityRefSchema,
    decidedOn: day,
    publishedOn: day,
    publicityEndsOn: day,
    documentText: z.string(),
  })
  .register(apiSchemas, { id: "Penalty" });

export const listEntrySchema = z
  .object({
    reason: code("listing reasons"),
    listedOn: day,
    listedBy: authorityRefSchema,
    removalReason: z.string().nullable(),
    removedOn: day.nullable(),
    removedBy: authorityRefSchema.nullable(),
  })
  .register(apiSchemas, { id: "ListEntry", description: "An entry on the abnormal-operations or serious-violation list." });

export const seriousListWarningSchema = z.object({ noticeOn: day, dueOn: day }).register(apiSchemas, { id: "SeriousListWarning" });

export const spotCheckSchema = z
  .object({ authority: authorityRefSchema, kind: code("spot-check kinds"), checkedOn: day, result: code("spot-check results") })
  .register(apiSchemas, { id: "SpotCheck" });

export const chattelMortgageSchema = z
  .object({
    registrationNumber: z.string(),
    registeredOn: day,
    authority: authorityRefSchema,
    securedAmount: decimal,
    mortgagee: z.string(),
    collateral: z.string(),
    status: code("record statuses"),
    publishedOn: day,
  })
  .register(apiSchemas, { id: "ChattelMortgage" });

const pledgeParty = z.object({ name: z.string(), idDocument: publicIdDocumentSchema });

export const equityPledgeSchema = z
  .object({
    registrationNumber: z.string(),
    pledgor: pledgeParty,
    pledgedAmount: decimal,
    pledgee: pledgeParty,
    registeredOn: day,
    authority: authorityRefSchema,
    status: code("record statuses"),
    publishedOn: day,
  })
  .register(apiSchemas, { id: "EquityPledge" });

export const judicialAssistanceSchema = z
  .object({
    kind: code("judicial assistance kinds"),
    subjectName: z.string(),
    equityAmount: decimal,
    court: z.string(),
    noticeNumber: z.string(),
    status: code("record statuses"),
    fromOn: day,
    toOn: day.nullable(),
    publishedOn: day,
  })
  .register(apiSchemas, { id: "JudicialAssistance" });

export const contributionSchema = z
  .object({
    shareholderName: z.string(),
    subscribed: decimal,
    subscribedOn: day.nullable(),
    subscribedVia: code("contribution forms"),
    paid: decimal,
    paidOn: day.nullable(),
    paidVia: code("contribution forms").nullable(),
  })
  .register(apiSchemas, { id: "Contribution" });

export const equityChangeSchema = z
  .object({ shareholderName: z.string(), ratioBefore: decimal, ratioAfter: decimal, changedOn: day })
  .register(apiSchemas, { id: "EquityChange" });

export const ipPledgeSchema = z
  .object({
    registrationNumber: z.string(),
    kind: code("intellectual-property kinds"),
    name: z.string(),
    pledgor: z.string(),
    pledgee: z.string(),
    termFrom: day,
    termTo: day.nullable(),
    status: code("record statuses"),
    publishedOn: day,
  })
  .register(apiSchemas, { id: "IpPledge" });

export const annualReportSummarySchema = z.object({ year: z.number().int(), state: code("annual-report states"), submittedOn: day }).register(apiSchemas, { id: "AnnualReportSummary" });

export const companyProfileSchema = z
  .object({
    uscc: z.string().describe("Unified social credit code (18 characters)."),
    registrationNumber: z.string().nullable(),
    nameZh: z.string(),
    nameUg: z.string().nullable(),
    formerNames: z.array(formerNameSchema),
    type: code("enterprise types"),
    status: code("statuses"),
    statusChangedOn: day.nullable(),
    legalRepresentative: z.object({ name: z.string(), role: code("legal representative roles") }),
    capital: z.object({ amount: decimal, currency: code("currencies") }).nullable(),
    establishedOn: day,
    termFrom: day.nullable(),
    termTo: day.nullable().describe("null: no fixed term (长期)."),
    approvedOn: day.nullable(),
    authority: authorityRefSchema,
    regionCode: z.string(),
    industryCode: z.string(),
    addressLabel: z.string(),
    address: z.string(),
    scope: z.string(),
    parent: companyRefSchema.nullable().describe("A branch's head office."),
    alerts: z.object({
      isOnAbnormalList: z.boolean(),
      isOnSeriousViolationList: z.boolean(),
      penaltiesInPublicity: z.number().int().nonnegative(),
      seriousListWarning: seriousListWarningSchema.optional(),
    }),
    government: z.object({
      shareholders: z.array(shareholderSchema),
      keyPersons: z.array(keyPersonSchema),
      branches: z.array(companyRefSchema),
      changes: z.array(changeRecordSchema),
      liquidation: liquidationSchema.nullable(),
      licences: z.array(licenceSchema),
      penalties: z.array(penaltySchema),
      abnormalListings: z.array(listEntrySchema),
      seriousViolations: z.array(listEntrySchema),
      spotChecks: z.array(spotCheckSchema),
      chattelMortgages: z.array(chattelMortgageSchema),
      equityPledges: z.array(equityPledgeSchema),
      judicialAssistance: z.array(judicialAssistanceSchema),
    }),
    selfPublished: z.object({
      annualReports: z.array(annualReportSummarySchema),
      contributions: z.array(contributionSchema),
      equityChanges: z.array(equityChangeSchema),
      licences: z.array(licenceSchema),
      ipPledges: z.array(ipPledgeSchema),
      penalties: z.array(penaltySchema),
    }),
    updatedAt: z.string().datetime({ offset: true }).describe("When the public record last changed."),
  })
  .register(apiSchemas, { id: "CompanyProfile", description: "A company's public record, exactly as its page shows it." });

const withheld = z.object({ isPublished: z.literal(false) }).describe("A block the company chose not to publish: no values at all.");
const published = <Shape extends z.ZodRawShape>(shape: Shape) => z.object({ isPublished: z.literal(true), ...shape });

export const annualReportSchema = z
  .object({
    company: companyRefSchema,
    year: z.number().int(),
    form: code("annual-report forms"),
    state: code("annual-report states"),
    submittedOn: day,
    basic: z.object({
      name: z.string(),
      phone: z.string().nullable(),
      postcode: z.string().nullable(),
      address: z.string().nullable(),
      email: z.string().nullable(),
      employees: z.number().int().nullable(),
      operatingState: code("operating states").nullable(),
      hasWebsite: z.boolean(),
      hasInvestments: z.boolean(),
      hasEquityTransfer: z.boolean(),
      memberCount: z.number().int().nullable(),
    }),
    websites: z.array(z.object({ kind: code("website kinds"), name: z.string(), url: z.string() })),
    contributions: z.array(contributionSchema),
    investments: z.array(z.object({ investeeName: z.string(), investeeUscc: z.string().nullable() })),
    assets: z.union([
      withheld,
      published({
        totalAssets: decimal.nullable(),
        ownersEquity: decimal.nullable(),
        totalRevenue: decimal.nullable(),
        mainRevenue: decimal.nullable(),
        totalProfit: decimal.nullable(),
        netProfit: decimal.nullable(),
        taxPaid: decimal.nullable(),
        totalLiabilities: decimal.nullable(),
      }),
    ]),
    guarantees: z.union([
      withheld,
      published({
        rows: z.array(
          z.object({ creditor: z.string(), debtor: z.string(), kind: z.string(), amount: decimal, termFrom: day, termTo: day, period: z.string(), mode: z.string() }),
        ),
      }),
    ]),
    equityChanges: z.array(equityChangeSchema),
    socialInsurance: z.union([
      withheld,
      published({
        rows: z.array(z.object({ kind: z.string(), insuredCount: z.number().int(), contributionBase: decimal, paid: decimal, arrears: decimal })),
      }),
    ]),
    amendments: z.array(z.object({ item: z.string(), before: z.string(), after: z.string(), amendedOn: day })),
  })
  .register(apiSchemas, { id: "AnnualReport", description: "One filed annual report: the blocks the company chose not to publish say only `isPublished: false`." });

// The schemas describe exactly what lib/records produces (a drift fails `tsc`).
const profileMatches: SameType<z.infer<typeof companyProfileSchema>, Profile.CompanyProfile> = true;
const annualReportMatches: SameType<z.infer<typeof annualReportSchema>, Profile.AnnualReport> = true;
void profileMatches;
void annualReportMatches;
