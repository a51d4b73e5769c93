import { describe, expect, it } from "vitest";
import { languageHref, swapLocalePrefix } from "@/components/layout/language-links";

const LOCALES = ["zh", "ug", "en"];

describe("language links", () => {
  it("swap the locale prefix and keep the rest of the path", () => {
    expect(swapLocalePrefix("/zh/companies/91650102MA7XXXXXX1", "ug", LOCALES)).toBe("/ug/companies/91650102MA7XXXXXX1");
    expect(swapLocalePrefix("/zh", "en", LOCALES)).toBe("/en");
    expect(swapLocalePrefix("/no-such-page", "ug", LOCALES)).toBe("/ug/no-such-page");
  });

  it("keep the query string as it is", () => {
    const search = "q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90&prefecture=650100&page=2";
    expect(languageHref({ pathname: "/zh/search", search, locale: "ug", locales: LOCALES })).toBe(`/ug/search?${search}`);
    expect(languageHref({ pathname: "/zh/search", search: `?${search}`, locale: "en", locales: LOCALES })).toBe(`/en/search?${search}`);
    expect(languageHref({ pathname: "/ug", search: "", locale: "zh", locales: LOCALES })).toBe("/zh");
  });
});
