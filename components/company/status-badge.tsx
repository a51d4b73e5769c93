import type { AppLocale } from "@/i18n/routing";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { termLabel } from "@/lib/dictionaries";

/** Registration status codes (dictionary "statuses") and the colour their badge repeats. */
const STATUS_TONES: Record<string, BadgeTone> = {
  active: "positive",
  revoked: "negative",
  "revoked-deregistered": "negative",
  deregistered: "neutral",
  cancelled: "neutral",
  "moved-out": "information",
};

export function statusTone(status: string): BadgeTone {
  return STATUS_TONES[status] ?? "neutral";
}

type StatusBadgeProps = { locale: AppLocale; status: string };

export function StatusBadge({ locale, status }: StatusBadgeProps) {
  return <Badge tone={statusTone(status)}>{termLabel("statuses", status, locale)}</Badge>;
}
