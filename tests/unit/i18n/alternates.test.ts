import { describe, expect, it } from "vitest";
import { localizedPaths, pageAlternates } from "@/i18n/alternates";

describe("pageAlternates", () => {
  it("gives the page's own address as canonical and every language version with x-default", () => {
    expect(pageAlternates("ug", "/companies/91650102MA7XXXXXX1")).toEqual({
      canonical: "/ug/companies/91650102MA7XXXXXX1",
      languages: {
        "zh-CN": "/zh/companies/91650102MA7XXXXXX1",
        ug: "/ug/companies/91650102MA7XXXXXX1",
        en: "/en/companies/91650102MA7XXXXXX1",
        "x-default": "/zh/companies/91650102MA7XXXXXX1",
      },
    });
    expect(pageAlternates("en", "").canonical).toBe("/en");
  });

  it("keeps the query it is given, encoded, in every address", () => {
    const query = new URLSearchParams([["q", "乌鲁木齐 & co"], ["prefecture", "650100"], ["page", "2"]]);
    const alternates = pageAlternates("zh", "/search", query);
    const search = "?q=%E4%B9%8C%E9%B2%81%E6%9C%A8%E9%BD%90+%26+co&prefecture=650100&page=2";
    expect(alternates.canonical).toBe(`/zh/search${search}`);
    expect(alternates.languages).toMatchObject({ ug: `/ug/search${search}`, "x-default": `/zh/search${search}` });
    expect(pageAlternates("zh", "/search", new URLSearchParams()).canonical).toBe("/zh/search");
  });

  it("lists the same versions as the sitemaps", () => {
    expect(localizedPaths("/data").map(({ hreflang }) => hreflang)).toEqual(["zh-CN", "ug", "en", "x-default"]);
  });
});
