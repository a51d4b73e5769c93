/**
 * Kinds of market entity (市场主体类型) and what follows from the kind: the second character of
 * the unified social credit code, the label of the legal representative and of the address, the
 * annual-report form, whether capital is registered.
 */
import type { TermNames } from "./types";

export type AddressLabel = "domicile" | "business-premises" | "main-premises" | "operating-premises";
export type AnnualReportForm = "company" | "individual" | "cooperative";
export type LegalRepRole = "legal-representative" | "person-in-charge" | "executive-partner" | "investor" | "operator";

export type EnterpriseType = {
  code: string;
  names: TermNames;
  /** USCC position 2 under registering authority "9": 1 enterprise, 2 individual business, 3 farmers' cooperative. */
  usccEntityType: "1" | "2" | "3";
  /** Code in the record-terms group `legal-rep-roles`. */
  legalRepRole: LegalRepRole;
  /** Code in the record-terms group `address-labels`: 住所, 营业场所, 主要经营场所, 经营场所. */
  addressLabel: AddressLabel;
  /** The annual-report form it files; `null` for kinds that file none (branches). */
  annualReportForm: AnnualReportForm | null;
  /** Registered capital (or, for individual businesses, 资金数额) is recorded. */
  hasCapital: boolean;
  /** Shareholders / partners / members are registered. */
  hasShareholders: boolean;
  /** Relative frequency in the demo register. */
  weight: number;
};

export const ENTERPRISE_TYPES: readonly EnterpriseType[] = [
  {
    code: "llc",
    names: { zh: "有限责任公司", ug: "چەكلىك مەسئۇلىيەت شىركىتى", en: "Limited liability company" },
    usccEntityType: "1",
    legalRepRole: "legal-representative",
    addressLabel: "domicile",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: true,
    weight: 30,
  },
  {
    code: "llc-sole-natural-person",
    names: {
      zh: "有限责任公司（自然人独资）",
      ug: "چەكلىك مەسئۇلىيەت شىركىتى (تەبىئىي كىشى يەككە مەبلەغ سالغان)",
      en: "Limited liability company (wholly owned by one natural person)",
    },
    usccEntityType: "1",
    legalRepRole: "legal-representative",
    addressLabel: "domicile",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: true,
    weight: 13,
  },
  {
    code: "llc-sole-corporate",
    names: {
      zh: "有限责任公司（非自然人投资或控股的法人独资）",
      ug: "چەكلىك مەسئۇلىيەت شىركىتى (قانۇنىي شەخس يەككە مەبلەغ سالغان)",
      en: "Limited liability company (wholly owned by one legal person)",
    },
    usccEntityType: "1",
    legalRepRole: "legal-representative",
    addressLabel: "domicile",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: true,
    weight: 2,
  },
  {
    code: "joint-stock",
    names: { zh: "股份有限公司", ug: "ھەسسىدارلىق چەكلىك شىركىتى", en: "Company limited by shares" },
    usccEntityType: "1",
    legalRepRole: "legal-representative",
    addressLabel: "domicile",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: true,
    weight: 2,
  },
  {
    code: "branch",
    names: { zh: "分公司", ug: "شۆبە شىركەت", en: "Branch" },
    usccEntityType: "1",
    legalRepRole: "person-in-charge",
    addressLabel: "business-premises",
    annualReportForm: null,
    hasCapital: false,
    hasShareholders: false,
    weight: 8,
  },
  {
    code: "sole-proprietorship",
    names: { zh: "个人独资企业", ug: "شەخسىي مەبلەغلىك كارخانا", en: "Sole proprietorship enterprise" },
    usccEntityType: "1",
    legalRepRole: "investor",
    addressLabel: "main-premises",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: false,
    weight: 4,
  },
  {
    code: "partnership",
    names: { zh: "合伙企业", ug: "شېرىكچىلىك كارخانىسى", en: "Partnership enterprise" },
    usccEntityType: "1",
    legalRepRole: "executive-partner",
    addressLabel: "main-premises",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: true,
    weight: 3,
  },
  {
    code: "individual-business",
    names: { zh: "个体工商户", ug: "يەككە تىجارەتچى", en: "Individual business (sole trader)" },
    usccEntityType: "2",
    legalRepRole: "operator",
    addressLabel: "operating-premises",
    annualReportForm: "individual",
    hasCapital: true,
    hasShareholders: false,
    weight: 30,
  },
  {
    code: "farmers-cooperative",
    names: { zh: "农民专业合作社", ug: "دېھقانلار كەسپىي كووپېراتىپى", en: "Farmers' cooperative" },
    usccEntityType: "3",
    legalRepRole: "legal-representative",
    addressLabel: "domicile",
    annualReportForm: "cooperative",
    hasCapital: true,
    hasShareholders: true,
    weight: 5,
  },
  {
    code: "state-owned",
    names: { zh: "全民所有制企业", ug: "پۈتۈن خەلق مۈلۈكچىلىكىدىكى كارخانا", en: "State-owned enterprise" },
    usccEntityType: "1",
    legalRepRole: "legal-representative",
    addressLabel: "domicile",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: true,
    weight: 1.5,
  },
  {
    code: "collective",
    names: { zh: "集体所有制企业", ug: "كوللېكتىپ مۈلۈكچىلىكىدىكى كارخانا", en: "Collectively owned enterprise" },
    usccEntityType: "1",
    legalRepRole: "legal-representative",
    addressLabel: "domicile",
    annualReportForm: "company",
    hasCapital: true,
    hasShareholders: true,
    weight: 1.5,
  },
];

const BY_CODE = new Map(ENTERPRISE_TYPES.map((item) => [item.code, item]));

export function findEnterpriseType(code: string): EnterpriseType | undefined {
  return BY_CODE.get(code);
}
