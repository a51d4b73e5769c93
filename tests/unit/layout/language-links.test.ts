import { describe, expect, it } from "vitest";
import { isPerRequestPage, languageHref, swapLocalePrefix } from "@/components/layout/language-links";

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

describe("which pages keep the query in the server's HTML", () => {
  it("pages rendered per request that read their query", () => {
    for (const path of ["/zh/search", "/ug/verify", "/en/verify/ABC", "/zh/reports/batch", "/zh/reports/batch/x", "/zh/filing", "/zh/filing/x/reports/2025/basic", "/en/regulator/login"]) {
      expect(isPerRequestPage(path), path).toBe(true);
    }
  });

  it("not prerendered or cached pages, whose HTML is the same for every query", () => {
    for (const path of ["/zh", "/ug/companies/91650102MA7XXXXXX1", "/en/companies/x/annual-reports/2025", "/zh/searching", "/zh/data", "/_not-found", "/zh/companies/search"]) {
      expect(isPerRequestPage(path), path).toBe(false);
    }
  });
});
