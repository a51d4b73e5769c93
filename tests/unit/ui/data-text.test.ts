import { describe, expect, it } from "vitest";
import { scriptAttributes } from "@/components/ui/data-text";

describe("scriptAttributes", () => {
  it("marks Chinese values zh-CN, left to right, and Uyghur values ug, right to left", () => {
    expect(scriptAttributes("许可经营项目：餐饮服务")).toEqual({ lang: "zh-CN", dir: "ltr" });
    expect(scriptAttributes("شېڭۋەن لەڭمەن ئاشخانىسى")).toEqual({ lang: "ug", dir: "rtl" });
  });

  it("goes by the script most letters are in", () => {
    // A Chinese decision quoting the company's Uyghur name stays Chinese.
    expect(scriptAttributes("当事人乌鲁木齐县晟万拉面馆（شېڭۋەن لەڭمەن）未按规定明码标价，违反了价格法的规定。")).toEqual({ lang: "zh-CN", dir: "ltr" });
    expect(scriptAttributes("شېڭۋەن لەڭمەن ئاشخانىسى (拉面馆)")).toEqual({ lang: "ug", dir: "rtl" });
  });

  it("leaves Latin text and numbers to the page", () => {
    expect(scriptAttributes("乌市监罚〔2026〕18号")).toEqual({ lang: "zh-CN", dir: "ltr" });
    expect(scriptAttributes("91650102MA78KQ2B36")).toEqual({ dir: "auto" });
  });
});
