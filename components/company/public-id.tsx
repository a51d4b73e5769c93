import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { LtrText } from "@/components/ui/bidi";
import type { PublicIdDocument } from "@/lib/records/company-profile";

/** An ID document number, or the translated "Not public" for a natural person's (never shown). */
export async function PublicIdNumber({ locale, document }: { locale: AppLocale; document: PublicIdDocument }) {
  const common = await getTranslations({ locale, namespace: "Common" });
  if (document.number === null) return <span className="text-ink-secondary">{common("notPublic")}</span>;
  return <LtrText className="font-mono">{document.number}</LtrText>;
}
