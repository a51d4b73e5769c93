import { describe, expect, it } from "vitest";
import { candidateKeys, choosePlan, estimateCost, lookupKeys, partKind, type PartEstimate } from "@/lib/search/postgres/search-statement";

/** How the postgres engine chooses between its indexes and a scan (lib/search/postgres/search-statement.ts). */
describe("postgres search plan", () => {
  it("looks a Chinese part up by its character bigrams, Latin by its trigrams and Uyghur by its normalised trigrams", () => {
    expect(candidateKeys("阳浩餐饮")).toEqual(["阳浩", "浩餐", "餐饮"]);
    expect(candidateKeys("wlmq")).toEqual(["wlm", "lmq"]);
    // A Latin part's keys are its folded Latin form's (ü → u): the pinyin and Uyghur Latin indexes.
    expect(candidateKeys("ürüm")).toEqual(["uru", "rum"]);
    // An Arabic part's keys are those of its canonical form: presentation forms and Farsi yeh folded.
    expect(candidateKeys("ئۈرۈمچی")).toEqual(["ئۈر", "ۈرۈ", "رۈم", "ۈمچ", "مچى"]);
    expect(candidateKeys("ﺋﯜﺭﯛﻣﭽﻰ")).toEqual(candidateKeys("ئۈرۈمچى"));
  });

  it("matches a part by its script: Arabic, Latin (pinyin or Uyghur Latin) or other text", () => {
    expect(partKind("قەشقەر")).toBe("arabic");
    expect(partKind("qeshqer")).toBe("latin");
    expect(partKind("ürümchi")).toBe("latin");
    expect(partKind("sa'et")).toBe("latin");
    expect(partKind("2025")).toBe("latin");
    expect(partKind("喀什")).toBe("text");
    expect(partKind("abc公司")).toBe("text");
  });

  it("keeps the rare keys, rarest first, and the rarest one when all are common", () => {
    const shares: Record<string, number> = { 有限: 0.9, 限公: 0.9, 公司: 0.9, 阳浩: 0.001, 浩有: 0.002 };
    expect(lookupKeys("阳浩有限公司", (key) => shares[key] ?? 0.5)).toEqual(["阳浩", "浩有"]);
    expect(lookupKeys("有限公司", (key) => shares[key] ?? 0.5)).toEqual(["有限"]);
  });

  it("indexes a rare part and scans for a common one", () => {
    const total = 1_000_000;
    const rare: PartEstimate = { keys: ["阳浩"], matches: 140, candidates: 150, postings: 150 };
    const common: PartEstimate = { keys: ["鲁木", "木齐"], matches: 310_000, candidates: 310_000, postings: 620_000 };
    expect(estimateCost(rare, total).index).toBeLessThan(estimateCost(rare, total).scan);
    expect(estimateCost(common, total).scan).toBeLessThan(estimateCost(common, total).index);
    expect(choosePlan([rare], total)).toEqual([["阳浩"]]);
    expect(choosePlan([common], total)).toEqual([null]);
  });

  it("looks up only the rarest part of a multi-part query and checks the others on its candidates", () => {
    const total = 1_000_000;
    const common: PartEstimate = { keys: ["有限"], matches: 900_000, candidates: 900_000, postings: 900_000 };
    const rare: PartEstimate = { keys: ["国际"], matches: 8_000, candidates: 8_000, postings: 8_000 };
    expect(choosePlan([common, rare], total)).toEqual([null, ["国际"]]);
    expect(choosePlan([], total)).toEqual([]);
  });
});
