/**
 * Which dictionary each coded database column is translated with (table → column → group).
 * Used by tests to prove the dictionaries cover every stored code, and handy for exports.
 * Array columns (penalty.kinds) hold several codes of the same group.
 */
import type { DictionaryGroup } from "./groups";

export const CODED_COLUMNS = {
  authority: { kind: "authority-kinds", region_code: "regions" },
  enterprise: {
    type: "enterprise-types",
    status: "statuses",
    legal_rep_role: "legal-rep-roles",
    currency: "currencies",
    authority_id: "authorities",
    region_code: "regions",
    industry_code: "industries",
  },
  shareholder: { kind: "shareholder-kinds", id_document_type: "id-document-types" },
  contribution: { subscribed_via: "contribution-methods", paid_via: "contribution-methods" },
  key_person: { title: "key-person-titles" },
  change_record: { item: "change-items" },
  licence: { authority_id: "authorities", source: "record-sources", name: "licence-names", status: "record-statuses" },
  penalty: { authority_id: "authorities", source: "record-sources", violation_type: "violation-types", kinds: "penalty-kinds" },
  abnormal_listing: {
    reason: "abnormal-reasons",
    listed_by_id: "authorities",
    removal_reason: "abnormal-removal-reasons",
    removed_by_id: "authorities",
  },
  serious_violation: {
    reason: "serious-reasons",
    listed_by_id: "authorities",
    removal_reason: "serious-removal-reasons",
    removed_by_id: "authorities",
  },
  spot_check: { authority_id: "authorities", kind: "spot-check-kinds", result: "spot-check-results" },
  chattel_mortgage: { authority_id: "authorities", status: "record-statuses" },
  equity_pledge: { authority_id: "authorities", status: "record-statuses" },
  judicial_assistance: { kind: "judicial-kinds", status: "judicial-statuses" },
  ip_pledge: { kind: "ip-pledge-kinds", status: "record-statuses" },
  annual_report: { form: "annual-report-forms", state: "annual-report-states", operating_state: "operating-states" },
  annual_report_website: { kind: "website-kinds" },
  annual_report_contribution: { subscribed_via: "contribution-methods", paid_via: "contribution-methods" },
  annual_report_guarantee: { kind: "guarantee-kinds", period: "guarantee-periods", mode: "guarantee-modes" },
  annual_report_social_insurance: { kind: "insurance-kinds" },
  annual_report_amendment: { item: "annual-report-items" },
} as const satisfies Record<string, Record<string, DictionaryGroup>>;

export type CodedTable = keyof typeof CODED_COLUMNS;
