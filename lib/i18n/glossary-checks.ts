import { listTerms, STRUCTURED_GROUPS, TERM_GROUPS, type DictionaryGroup, type TermNames } from "@/lib/dictionaries";
import type { GlossaryExemption } from "@/lib/glossary/exemptions";
import { mentionsInChinese, usesTerm } from "@/lib/glossary/matching";
import type { GlossaryTerm } from "@/lib/glossary/terms";

/**
 * The glossary check: wherever the Chinese of a message (messages/zh.json) or of a dictionary entry
 * (lib/dictionaries) names a glossary term, its Uyghur and English must use the glossary's
 * translation (lib/glossary/terms.ts), unless an exemption with a reason says otherwise
 * (lib/glossary/exemptions.ts). Exemptions that no longer match anything are reported too.
 */
export type GlossaryProblem =
  | { kind: "term-not-used"; where: string; term: string; locale: "ug" | "en"; expected: string; found: string }
  | { kind: "unused-exemption"; where: string; term: string; locale: "ug" | "en"; expected: string; found: string }
  | { kind: "glossary"; where: string; term: string; locale: "ug" | "en"; expected: string; found: string };

/** One text to check: where it is and its three languages. */
export type GlossaryCheckedText = { where: string; names: TermNames };

const TRANSLATED_LOCALES = ["ug", "en"] as const;

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (typeof value === "string") {
    out.set(prefix, value);
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
}

/** The catalogues' messages as texts: one per key of the reference catalogue present in all three. */
export function catalogueTexts(catalogues: Record<string, unknown>): GlossaryCheckedText[] {
  const flat = Object.fromEntries(["zh", "ug", "en"].map((locale) => {
    const map = new Map<string, string>();
    flatten(catalogues[locale], "", map);
    return [locale, map];
  })) as Record<"zh" | "ug" | "en", Map<string, string>>;
  const texts: GlossaryCheckedText[] = [];
  for (const [key, zh] of flat.zh) {
    const ug = flat.ug.get(key);
    const en = flat.en.get(key);
    if (ug === undefined || en === undefined) continue; // the catalogue check reports the missing key
    texts.push({ where: key, names: { zh, ug, en } });
  }
  return texts;
}

/** Every dictionary entry as a text: "dictionary:<group>/<code>". */
export function dictionaryTexts(): GlossaryCheckedText[] {
  const groups: DictionaryGroup[] = [...STRUCTURED_GROUPS, ...TERM_GROUPS];
  return groups.flatMap((group) => listTerms(group).map(({ code, names }) => ({ where: `dictionary:${group}/${code}`, names })));
}

/** The glossary's own entries must pass their matching (a typo in a stem would excuse everything). */
function checkGlossaryItself(glossary: readonly GlossaryTerm[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  for (const term of glossary) {
    for (const locale of TRANSLATED_LOCALES) {
      if (!usesTerm(term[locale], term, locale)) {
        problems.push({ kind: "glossary", where: `glossary:${term.id}`, term: term.id, locale, expected: term[locale], found: term[locale] });
      }
    }
  }
  return problems;
}

export function checkGlossaryUse(
  texts: readonly GlossaryCheckedText[],
  glossary: readonly GlossaryTerm[],
  exemptions: readonly GlossaryExemption[],
): GlossaryProblem[] {
  const problems = checkGlossaryItself(glossary);
  const exempted = new Map<string, GlossaryExemption>();
  for (const exemption of exemptions) {
    for (const locale of exemption.locales) exempted.set(`${exemption.where}|${exemption.term}|${locale}`, exemption);
  }
  const usedExemptions = new Set<string>();
  const byId = new Map(glossary.map((term) => [term.id, term]));

  for (const { where, names } of texts) {
    for (const term of glossary) {
      if (!mentionsInChinese(names.zh, term)) continue;
      for (const locale of TRANSLATED_LOCALES) {
        if (usesTerm(names[locale], term, locale)) continue;
        const key = `${where}|${term.id}|${locale}`;
        if (exempted.has(key)) {
          usedExemptions.add(key);
          continue;
        }
        problems.push({ kind: "term-not-used", where, term: term.id, locale, expected: term[locale], found: names[locale] });
      }
    }
  }

  for (const [key, exemption] of exempted) {
    if (usedExemptions.has(key)) continue;
    const locale = key.split("|")[2] as "ug" | "en";
    const term = byId.get(exemption.term);
    problems.push({
      kind: "unused-exemption",
      where: exemption.where,
      term: exemption.term,
      locale,
      expected: term ? term[locale] : "(no such glossary term)",
      found: exemption.reason,
    });
  }
  return problems;
}

export function formatGlossaryProblem(problem: GlossaryProblem): string {
  switch (problem.kind) {
    case "term-not-used":
      return `${problem.where} (${problem.locale}): the Chinese names "${problem.term}"; use "${problem.expected}" — found "${problem.found}" (or exempt it in lib/glossary/exemptions.ts with a reason)`;
    case "unused-exemption":
      return `lib/glossary/exemptions.ts: the exemption of ${problem.where} (${problem.locale}) from "${problem.term}" is not needed (the text uses the term, or no such text or term): remove it`;
    case "glossary":
      return `lib/glossary/terms.ts: "${problem.term}" (${problem.locale}) does not match its own translation "${problem.expected}": check its stem`;
  }
}
