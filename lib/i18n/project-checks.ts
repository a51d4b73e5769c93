import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import {
  checkCatalogues,
  findPhysicalPropertiesInCss,
  findPhysicalUtilitiesInCode,
  type CatalogueProblem,
  type DirectionProblem,
} from "./catalogue-checks";
import { GLOSSARY_EXEMPTIONS } from "@/lib/glossary/exemptions";
import { GLOSSARY } from "@/lib/glossary/terms";
import { catalogueTexts, checkGlossaryUse, dictionaryTexts, formatGlossaryProblem, type GlossaryProblem } from "./glossary-checks";

/**
 * Runs the i18n checks over the project's files: messages/*.json against the default locale,
 * every source and stylesheet under app/ and components/ for physical left/right styling, and the
 * catalogues and the data dictionaries against the terminology glossary (lib/glossary).
 * Used by scripts/check-i18n.ts and tests/unit/i18n/catalogues.test.ts.
 */

export const CATALOGUE_LOCALES = ["zh", "ug", "en"] as const;
export const REFERENCE_LOCALE = "zh";
export const DIRECTION_CHECKED_FOLDERS = ["app", "components"] as const;

const CODE_FILE = /\.(?:tsx?|jsx?|mjs|cjs)$/;
const CSS_FILE = /\.css$/;

export type ProjectI18nReport = {
  catalogueProblems: CatalogueProblem[];
  directionProblems: DirectionProblem[];
  glossaryProblems: GlossaryProblem[];
  filesChecked: number;
  keysChecked: number;
  glossaryTermsChecked: number;
};

export function readCatalogues(root: string): { catalogues: Record<string, unknown>; problems: CatalogueProblem[] } {
  const catalogues: Record<string, unknown> = {};
  const problems: CatalogueProblem[] = [];
  for (const locale of CATALOGUE_LOCALES) {
    const file = path.join(root, "messages", `${locale}.json`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      problems.push({ kind: "missing-key", locale, key: "*", detail: `cannot read ${path.relative(root, file)}` });
      continue;
    }
    try {
      catalogues[locale] = JSON.parse(text);
    } catch (error) {
      problems.push({ kind: "syntax", locale, key: "*", detail: `${path.relative(root, file)} is not valid JSON: ${(error as Error).message}` });
    }
  }
  return { catalogues, problems };
}

function listFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

export function checkProjectI18n(root: string): ProjectI18nReport {
  const { catalogues, problems } = readCatalogues(root);
  const catalogueProblems = [...problems];
  if (catalogues[REFERENCE_LOCALE] !== undefined) {
    catalogueProblems.push(...checkCatalogues(catalogues, REFERENCE_LOCALE));
  }
  const keysChecked = catalogues[REFERENCE_LOCALE] === undefined ? 0 : countLeaves(catalogues[REFERENCE_LOCALE]);

  const directionProblems: DirectionProblem[] = [];
  let filesChecked = 0;
  for (const folder of DIRECTION_CHECKED_FOLDERS) {
    for (const file of listFiles(path.join(root, folder))) {
      const relative = path.relative(root, file);
      if (CODE_FILE.test(file)) {
        filesChecked++;
        directionProblems.push(...findPhysicalUtilitiesInCode(readFileSync(file, "utf8"), relative));
      } else if (CSS_FILE.test(file)) {
        filesChecked++;
        directionProblems.push(...findPhysicalPropertiesInCss(readFileSync(file, "utf8"), relative));
      }
    }
  }
  // Only when the three catalogues are readable: a broken catalogue is reported above.
  const glossaryProblems =
    problems.length === 0
      ? checkGlossaryUse([...catalogueTexts(catalogues), ...dictionaryTexts()], GLOSSARY, GLOSSARY_EXEMPTIONS)
      : [];
  return { catalogueProblems, directionProblems, glossaryProblems, filesChecked, keysChecked, glossaryTermsChecked: GLOSSARY.length };
}

function countLeaves(value: unknown): number {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 1;
  return Object.values(value).reduce<number>((sum, child) => sum + countLeaves(child), 0);
}

/** Human-readable lines, one per problem, for the script and for test failure messages. */
export function formatI18nReport(report: ProjectI18nReport): string[] {
  return [
    ...report.catalogueProblems.map((p) => `messages/${p.locale}.json  ${p.key}: ${p.kind} — ${p.detail}`),
    ...report.directionProblems.map(
      (p) => `${p.file}:${p.line}:${p.column}  "${p.found}" is a physical left/right style; use ${p.suggestion}`,
    ),
    ...report.glossaryProblems.map(formatGlossaryProblem),
  ];
}
