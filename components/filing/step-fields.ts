import type { TermGroup } from "@/lib/dictionaries/record-terms";
import { INSURANCE_KINDS, type ReportForm, type StepId } from "@/lib/validation/annual-report";

/**
 * What each question page of the annual report asks, as data: the inputs, in order. Labels and
 * hints come from Filing.fields.<step>.<name> and Filing.hints.<step>.<name>; the checks live in
 * lib/validation/annual-report.ts under the same names.
 */
export type FieldKind = "text" | "long-text" | "amount" | "signed-amount" | "count" | "date" | "tel" | "email" | "url" | "postcode" | "percent" | "code" | "choice";

export type FieldSpec = {
  name: string;
  kind: FieldKind;
  /** For "choice": the dictionary group whose codes are the options (radios, or a select in rows). */
  options?: TermGroup | "yes-no";
  hasHint?: boolean;
};

export type StepSpec = {
  /** The yes/no question that opens the page ("Did the company have a website?"). */
  question?: string;
  /** The publish / don't-publish choice of a withholdable block. */
  hasPublishChoice?: boolean;
  fields: FieldSpec[];
  /** A table of rows (websites, shareholders…); social insurance has one fixed row per kind. */
  rows?: { fields: FieldSpec[]; fixed?: readonly string[] };
};

const basic = (form: ReportForm): StepSpec => ({
  fields: [
    { name: "phone", kind: "tel" },
    { name: "postcode", kind: "postcode" },
    { name: "address", kind: "long-text" },
    { name: "email", kind: "email", hasHint: true },
    { name: "employees", kind: "count", hasHint: true },
    ...(form === "cooperative" ? [{ name: "memberCount", kind: "count" } as const] : []),
    { name: "operatingState", kind: "choice", options: "operating-states" },
  ],
});

const assets = (form: ReportForm): StepSpec => ({
  hasPublishChoice: true,
  fields:
    form === "company"
      ? [
          { name: "totalAssets", kind: "amount" },
          { name: "totalLiabilities", kind: "amount" },
          { name: "ownersEquity", kind: "signed-amount" },
          { name: "totalRevenue", kind: "amount" },
          { name: "mainRevenue", kind: "amount", hasHint: true },
          { name: "totalProfit", kind: "signed-amount" },
          { name: "netProfit", kind: "signed-amount" },
          { name: "taxPaid", kind: "amount" },
        ]
      : form === "cooperative"
        ? [
            { name: "totalRevenue", kind: "amount" },
            { name: "totalProfit", kind: "signed-amount" },
            { name: "taxPaid", kind: "amount" },
          ]
        : [
            { name: "totalRevenue", kind: "amount" },
            { name: "taxPaid", kind: "amount" },
          ],
});

export function stepSpec(step: StepId, form: ReportForm): StepSpec {
  switch (step) {
    case "basic":
      return basic(form);
    case "websites":
      return {
        question: "hasWebsite",
        fields: [],
        rows: {
          fields: [
            { name: "kind", kind: "choice", options: "website-kinds" },
            { name: "name", kind: "text" },
            { name: "url", kind: "url" },
          ],
        },
      };
    case "shareholders":
      return {
        fields: [],
        rows: {
          fields: [
            { name: "name", kind: "text" },
            { name: "subscribed", kind: "amount" },
            { name: "subscribedOn", kind: "date" },
            { name: "subscribedVia", kind: "choice", options: "contribution-methods" },
            { name: "paid", kind: "amount" },
            { name: "paidOn", kind: "date" },
            { name: "paidVia", kind: "choice", options: "contribution-methods" },
          ],
        },
      };
    case "investments":
      return {
        question: "hasInvestments",
        fields: [],
        rows: {
          fields: [
            { name: "name", kind: "text" },
            { name: "uscc", kind: "code", hasHint: true },
          ],
        },
      };
    case "assets":
      return assets(form);
    case "guarantees":
      return {
        hasPublishChoice: true,
        question: "hasGuarantees",
        fields: [],
        rows: {
          fields: [
            { name: "creditor", kind: "text" },
            { name: "debtor", kind: "text" },
            { name: "kind", kind: "choice", options: "guarantee-kinds" },
            { name: "amount", kind: "amount" },
            { name: "termFrom", kind: "date" },
            { name: "termTo", kind: "date" },
            { name: "period", kind: "choice", options: "guarantee-periods" },
            { name: "mode", kind: "choice", options: "guarantee-modes" },
          ],
        },
      };
    case "equity-changes":
      return {
        question: "hasEquityTransfer",
        fields: [],
        rows: {
          fields: [
            { name: "shareholderName", kind: "text" },
            { name: "ratioBefore", kind: "percent" },
            { name: "ratioAfter", kind: "percent" },
            { name: "changedOn", kind: "date" },
          ],
        },
      };
    case "social-insurance":
      return {
        hasPublishChoice: true,
        fields: [],
        rows: {
          fixed: INSURANCE_KINDS,
          fields: [
            { name: "insuredCount", kind: "count" },
            { name: "contributionBase", kind: "amount" },
            { name: "paid", kind: "amount" },
            { name: "arrears", kind: "amount" },
          ],
        },
      };
  }
}
