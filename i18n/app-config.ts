import type messages from "@/messages/zh.json";
import type { routing } from "./routing";

// Type-checked message keys and locales: a key missing from the default catalogue (zh) is a
// compile error. scripts/check-i18n.ts keeps ug and en in step with zh.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
