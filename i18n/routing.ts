import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["zh", "ug", "en"],
  defaultLocale: "zh",
  // Every URL carries its locale: /zh/…, /ug/…, /en/…
  localePrefix: "always",
  // `/` goes to the remembered choice (this cookie) first, then Accept-Language, then zh.
  // The cookie is written only when someone opens a page in a locale other than the one their
  // browser asks for, i.e. when they chose it. One year, so the choice survives the session.
  localeCookie: {
    name: "NEXT_LOCALE",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  },
});

export type AppLocale = (typeof routing.locales)[number];
