import { describe, expect, it } from "vitest";
import { highlightUyghurName } from "@/lib/search/highlight";

const marked = (name: string, parts: string[]) =>
  highlightUyghurName(name, parts)
    .filter((segment) => segment.isMatch)
    .map((segment) => segment.text);

/** Highlighting a Uyghur name for a query in either script (lib/search/highlight.ts). */
describe("highlighting a Uyghur name", () => {
  const name = "ئۈرۈمچى تەڭرىتاغ سائەت سودا چەكلىك شىركىتى";

  it("marks the Arabic letters a Latin part matched, the word-initial ئ with its vowel", () => {
    expect(marked(name, ["urumchi"])).toEqual(["ئۈرۈمچى"]);
    expect(marked(name, ["ürümchi"])).toEqual(["ئۈرۈمچى"]);
    expect(marked(name, ["rumch"])).toEqual(["رۈمچ"]);
    expect(marked(name, ["tengritagh", "soda"])).toEqual(["تەڭرىتاغ", "سودا"]);
    expect(highlightUyghurName(name, ["soda"])).toEqual([
      { text: "ئۈرۈمچى تەڭرىتاغ سائەت ", isMatch: false },
      { text: "سودا", isMatch: true },
      { text: " چەكلىك شىركىتى", isMatch: false },
    ]);
  });

  it("marks ئ inside a word with the vowel after it", () => {
    expect(marked(name, ["saet"])).toEqual(["سائەت"]);
    expect(marked(name, ["sa'et"])).toEqual(["سائەت"]);
    expect(marked(name, ["et"])).toEqual(["ئەت"]);
    expect(marked(name, ["sa"])).toEqual(["سا"]);
  });

  it("marks nothing for a match that ends or starts inside a letter (c of ch, h of sh)", () => {
    expect(marked(name, ["umc"])).toEqual([]);
    expect(marked(name, ["hirkiti"])).toEqual([]);
    expect(marked(name, ["shirkiti"])).toEqual(["شىركىتى"]);
  });

  it("marks the letters an Arabic part matched, whatever variants either side was written with", () => {
    expect(marked(name, ["سودا"])).toEqual(["سودا"]);
    expect(marked(name, ["ﺳﻮﺩﺍ"])).toEqual(["سودا"]);
    expect(marked(name, ["شیرکیتی"])).toEqual(["شىركىتى"]);
    // The name itself in presentation forms and with a tatweel: its own characters are marked.
    expect(marked("ﺳﻮﺩﺍ شـىركىتى", ["سودا", "شىركىتى"])).toEqual(["ﺳﻮﺩﺍ", "شـىركىتى"]);
  });

  it("marks nothing when nothing matched", () => {
    expect(highlightUyghurName(name, ["qeshqer"])).toEqual([{ text: name, isMatch: false }]);
    expect(highlightUyghurName(name, [])).toEqual([{ text: name, isMatch: false }]);
  });
});
