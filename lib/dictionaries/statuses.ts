/** Registration status of a market entity (登记状态), as shown on the public record. */
import type { TermNames } from "./types";

export type EnterpriseStatus = {
  code: string;
  names: TermNames;
  /** The entity still exists on the register and must file annual reports. */
  isLive: boolean;
};

export const STATUSES: readonly EnterpriseStatus[] = [
  {
    code: "active",
    names: {
      zh: "存续（在营、开业、在册）",
      ug: "مەۋجۇت (تىجارەت قىلىۋاتىدۇ، تىزىملىكتە بار)",
      en: "Active (trading, on the register)",
    },
    isLive: true,
  },
  {
    code: "revoked",
    names: {
      zh: "吊销，未注销",
      ug: "تىجارەت كىنىشكىسى بىكار قىلىنغان، تىزىمدىن چىقىرىلمىغان",
      en: "Licence revoked, not deregistered",
    },
    isLive: false,
  },
  {
    code: "revoked-deregistered",
    names: {
      zh: "吊销，已注销",
      ug: "تىجارەت كىنىشكىسى بىكار قىلىنغان، تىزىمدىن چىقىرىلغان",
      en: "Licence revoked, deregistered",
    },
    isLive: false,
  },
  {
    code: "deregistered",
    names: { zh: "注销", ug: "تىزىمدىن چىقىرىلغان", en: "Deregistered (dissolved)" },
    isLive: false,
  },
  {
    code: "cancelled",
    names: { zh: "撤销", ug: "تىزىملىتىش بىكار قىلىنغان", en: "Registration cancelled" },
    isLive: false,
  },
  {
    code: "moved-out",
    names: { zh: "迁出", ug: "كۆچۈپ چىققان", en: "Moved out of the region" },
    isLive: false,
  },
];

const BY_CODE = new Map(STATUSES.map((item) => [item.code, item]));

export function findStatus(code: string): EnterpriseStatus | undefined {
  return BY_CODE.get(code);
}
