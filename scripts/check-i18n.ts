/**
 * npm run check:i18n — fails (exit 1) when the message catalogues differ (missing or extra keys,
 * empty values, ICU syntax errors, different placeholders) or when app/ or components/ use a
 * physical left/right style instead of a logical one (ms/me/ps/pe/start/end/text-start…), or when
 * a message or a dictionary entry whose Chinese names a glossary term does not use the glossary's
 * Uyghur or English for it (lib/glossary).
 */
import path from "node:path";
import { checkProjectI18n, formatI18nReport } from "@/lib/i18n/project-checks";

const root = path.resolve(__dirname, "..");
const report = checkProjectI18n(root);
const lines = formatI18nReport(report);

if (lines.length > 0) {
  console.error(`i18n check failed: ${lines.length} problem${lines.length === 1 ? "" : "s"}\n`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}
console.log(
  `i18n check passed: ${report.keysChecked} keys in 3 catalogues, ${report.filesChecked} files without left/right styles, ${report.glossaryTermsChecked} glossary terms used consistently.`,
);
