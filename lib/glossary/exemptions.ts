/**
 * Where a message or a dictionary entry rightly does not use a glossary term's translation although
 * its Chinese names the term: each with the reason. The check (lib/i18n/glossary-checks.ts) also
 * fails on an exemption that is no longer needed, so this list stays short and true.
 *
 * `where` is a message key ("Search.sort.establishedDesc") or a dictionary entry
 * ("dictionary:record-terms/change-items/capital"); `locales` the languages exempted.
 */
export type GlossaryExemption = {
  term: string;
  where: string;
  locales: readonly ("ug" | "en")[];
  reason: string;
};

const DASHBOARD =
  "年报填报首页 is the filer's dashboard, which also holds instant information and removal: the English interface calls it the filing dashboard everywhere.";
const FILING_RATES = "年报率: the share of enterprises that filed; the regulator's page is titled \"Annual-report filing rates\" and its menu says \"Filing rates\".";
const REPORT_STATE =
  "A state (未年报, 已年报, 已年报（逾期）) shown in the row of the annual report it describes: the English names the state alone.";

export const GLOSSARY_EXEMPTIONS: readonly GlossaryExemption[] = [
  { term: "annual-report", where: "FilerAuth.signedIn.dashboard", locales: ["en"], reason: DASHBOARD },
  { term: "annual-report", where: "FilerAuth.start.dashboardLink", locales: ["en"], reason: DASHBOARD },
  { term: "annual-report", where: "Filing.confirmation.backToDashboard", locales: ["en"], reason: DASHBOARD },
  { term: "annual-report", where: "AnnualCycle.removal.back", locales: ["en"], reason: DASHBOARD },
  { term: "annual-report", where: "Regulator.nav.rates", locales: ["en"], reason: FILING_RATES },
  { term: "annual-report", where: "Regulator.forbidden.home", locales: ["en"], reason: FILING_RATES },
  { term: "annual-report", where: "dictionary:annual-report-states/not-filed", locales: ["en"], reason: REPORT_STATE },
  { term: "annual-report", where: "dictionary:annual-report-states/filed", locales: ["en"], reason: REPORT_STATE },
  { term: "annual-report", where: "dictionary:annual-report-states/filed-late", locales: ["en"], reason: REPORT_STATE },
];
