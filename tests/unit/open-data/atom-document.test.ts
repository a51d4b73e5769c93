import { describe, expect, it } from "vitest";
import { escapeHtml, escapeXml, renderAtomFeed, type AtomFeed } from "@/lib/feeds/atom-document";

const HOSTILE = `<script>alert("x")</script> & 'quoted' \u0001\u0008\uFFFE${String.fromCharCode(0xd800)}`;

function feed(entryText: string): AtomFeed {
  return {
    id: "tag:example.org,2026:feeds/zh/penalties",
    title: `Feed ${entryText}`,
    updated: "2026-11-23T00:00:00+08:00",
    lang: "zh-CN",
    links: [{ rel: "self", type: "application/atom+xml", href: `https://example.org/zh/feeds/penalties.atom?a=1&b="2"` }],
    author: { name: "Register", uri: "https://example.org/zh" },
    entries: [
      {
        id: "tag:example.org,2026:penalty/1",
        title: entryText,
        updated: "2026-11-23T00:00:00+08:00",
        links: [{ rel: "alternate", type: "text/html", href: "https://example.org/zh/companies/1" }],
        categories: [{ term: "a&b", label: entryText }],
        contentHtml: `<p>${escapeHtml(entryText)}</p>`,
      },
    ],
  };
}

describe("escaping", () => {
  it("escapes the five XML characters and drops characters XML 1.0 forbids", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u0001c\td\ne")).toBe("abc\td\ne");
    expect(escapeXml(`x${String.fromCharCode(0xdc00)}y😀`)).toBe("xy😀");
    expect(escapeHtml(`<b>"'&`)).toBe("&lt;b&gt;&quot;&#39;&amp;");
  });
});

describe("renderAtomFeed", () => {
  it("writes no raw markup from the data and no forbidden characters", () => {
    const xml = renderAtomFeed(feed(HOSTILE));
    expect(xml).not.toContain("<script>");
    // Content is HTML escaped again as XML: the script tag is text two levels down.
    expect(xml).toContain("&amp;lt;script&amp;gt;");
    expect(xml).toContain("<title type=\"text\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quoted&apos; </title>");
    expect(xml).not.toMatch(/[\u0001\u0008\uFFFE]/);
    expect(xml).toContain('href="https://example.org/zh/feeds/penalties.atom?a=1&amp;b=&quot;2&quot;"');
  });

  it("has the Atom namespace, the required elements and one entry per record", () => {
    const xml = renderAtomFeed(feed("plain"));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">')).toBe(true);
    for (const element of ["<id>", "<title type=\"text\">", "<updated>", "<author>", "<entry>", "<content type=\"html\">"]) {
      expect(xml).toContain(element);
    }
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});
