/**
 * The terminology glossary: the legal and domain terms of enterprise credit-information publicity
 * and their one translation in Uyghur and English. The message catalogues (messages/*.json) and
 * the data dictionaries (lib/dictionaries) must use these words wherever the Chinese does
 * (`npm run check:i18n`, lib/i18n/glossary-checks.ts); exemptions, each with its reason, are in
 * ./exemptions.ts. Chinese follows the national publicity system (gsxt) and the regulations.
 *
 * Coded values (regions, enterprise types, statuses, industries, authorities, record terms) are
 * named in lib/dictionaries, which this glossary does not repeat.
 *
 * Matching (./matching.ts): Chinese as written (or one of `zhAlso`); English ignoring case, a
 * hyphen for a space, and the ending of the last word (penalty/penalties); Uyghur word for word,
 * the last word by its stem (suffixes follow it), or `ugStem` where the stem changes its vowel.
 * `ugShort`/`enShort`: the shorter form a label may use once the context names the term.
 */
export type GlossaryTerm = {
  id: string;
  zh: string;
  /** Other Chinese forms of the same term (年报 for 年度报告). */
  zhAlso?: readonly string[];
  ug: string;
  en: string;
  ugStem?: string;
  ugShort?: string;
  enShort?: string;
  note?: string;
};

export const GLOSSARY: readonly GlossaryTerm[] = [
  // Identity and registration (营业执照信息)
  {
    id: "uscc",
    zh: "统一社会信用代码",
    ug: "بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى",
    en: "unified social credit code",
    note: "GB 32100-2015; 18 characters.",
  },
  { id: "registration-number", zh: "注册号", ug: "تىزىملاش نومۇرى", en: "registration number", note: "The 15-digit number before the USCC." },
  {
    id: "business-licence",
    zh: "营业执照",
    ug: "تىجارەت كىنىشكىسى",
    en: "business licence",
    note: "Not ئىجازەتنامە, which is a licence or permit (许可证) a department grants.",
  },
  { id: "legal-representative", zh: "法定代表人", ug: "قانۇنىي ۋەكىل", en: "legal representative" },
  { id: "registered-capital", zh: "注册资本", ug: "تىزىملاتقان مەبلەغ", ugStem: "تىزىملاتقان مەبل", en: "registered capital" },
  { id: "registration-authority", zh: "登记机关", ug: "تىزىملاش ئورگىنى", en: "registration authority" },
  { id: "date-of-establishment", zh: "成立日期", ug: "قۇرۇلغان ۋاقتى", en: "date of establishment" },
  { id: "business-term", zh: "营业期限", ug: "تىجارەت مۇددىتى", en: "business term" },
  { id: "business-scope", zh: "经营范围", ug: "تىجارەت دائىرىسى", en: "business scope" },
  { id: "domicile", zh: "住所", ug: "تۇرۇشلۇق ئورنى", en: "registered address", note: "住所 of a company; 营业场所 etc. are in the dictionary group address-labels." },
  { id: "market-regulation", zh: "市场监督管理", ug: "بازار نازارەت قىلىش-باشقۇرۇش", en: "market regulation" },
  { id: "individual-business", zh: "个体工商户", ug: "يەككە تىجارەتچى", en: "individual business" },
  { id: "farmers-cooperative", zh: "农民专业合作社", ug: "دېھقانلار كەسپىي كووپېراتىپى", en: "farmers' cooperative" },

  // Record kinds and the company page's sections
  { id: "shareholder", zh: "股东", ug: "پايچى", en: "shareholder", note: "Not پاي ئىگىسى." },
  { id: "key-personnel", zh: "主要人员", ug: "ئاساسلىق خادىملار", ugStem: "ئاساسلىق خادىم", en: "key personnel" },
  { id: "branch", zh: "分支机构", ug: "تارماق ئورگان", en: "branch" },
  { id: "liquidation", zh: "清算", ug: "ھېساب تازىلاش", en: "liquidation" },
  { id: "chattel-mortgage", zh: "动产抵押", ug: "كۆچمە مۈلۈك رەنىسى", en: "chattel mortgage" },
  { id: "equity-pledge", zh: "股权出质", ug: "پاي ھوقۇقى گۆرۈسى", en: "equity pledge" },
  { id: "judicial-assistance", zh: "司法协助", ug: "ئەدلىيە ياردىمى", en: "judicial assistance" },
  {
    id: "administrative-licence",
    zh: "行政许可",
    ug: "مەمۇرىي ئىجازەت",
    en: "administrative licence",
    enShort: "licence",
  },
  {
    id: "administrative-penalty",
    zh: "行政处罚",
    ug: "مەمۇرىي جازا",
    ugShort: "جازا",
    en: "administrative penalty",
    enShort: "penalty",
  },
  {
    id: "abnormal-operations-list",
    zh: "经营异常名录",
    ug: "نورمالسىز تىجارەت تىزىملىكى",
    en: "abnormal-operations list",
    note: "Not تىجارەت نورمالسىز تىزىملىكى.",
  },
  {
    id: "serious-violations-list",
    zh: "严重违法失信名单",
    ug: "ئېغىر قانۇنغا خىلاپلىق قىلىپ ئىناۋەتسىزلەشكەنلەر تىزىملىكى",
    en: "serious-violations list",
  },
  { id: "spot-check", zh: "抽查检查", ug: "تاسادىپىي تەكشۈرۈش", en: "spot check" },
  { id: "equity-change", zh: "股权变更", ug: "پاي ھوقۇقى ئۆزگىرىشى", ugStem: "پاي ھوقۇقى ئۆزگ", en: "equity change" },
  { id: "intellectual-property", zh: "知识产权", ug: "بىلىم مۈلۈك ھوقۇقى", en: "intellectual property", note: "Not بىلىم مۈلكى ھوقۇقى." },
  { id: "social-insurance", zh: "社保", zhAlso: ["社会保险"], ug: "ئىجتىمائىي سۇغۇرتا", en: "social insurance" },

  // Annual reports and what enterprises publish themselves
  {
    id: "annual-report",
    zh: "年度报告",
    zhAlso: ["年报"],
    ug: "يىللىق دوكلات",
    ugShort: "دوكلات",
    en: "annual report",
    enShort: "report",
  },
  {
    id: "instant-information",
    zh: "即时信息",
    ug: "دەرھال ئاشكارىلىنىدىغان ئۇچۇر",
    en: "instant information",
    note: "Information an enterprise publishes within 20 working days of a change.",
  },
  { id: "liaison-person", zh: "联络员", ug: "ئالاقىچى", en: "liaison person", enShort: "liaison" },
  { id: "filing-code", zh: "备案码", ug: "ئەنگە ئېلىش كودى", en: "filing code" },
  { id: "credit-repair", zh: "信用修复", ug: "ئىناۋىتىنى ئەسلىگە كەلتۈرۈش", ugStem: "ئەسلىگە كەلتۈر", en: "credit repair" },

  // The system and its report
  {
    id: "publicity-system",
    zh: "企业信用信息公示系统",
    ug: "كارخانا ئىناۋەت ئۇچۇرىنى ئاشكارىلاش سىستېمىسى",
    en: "enterprise credit information publicity system",
  },
  {
    id: "credit-report",
    zh: "企业信用信息公示报告",
    ug: "كارخانا ئىناۋەت ئۇچۇرىنى ئاشكارىلاش دوكلاتى",
    en: "enterprise credit information report",
    enShort: "credit report",
  },
];

const BY_ID = new Map(GLOSSARY.map((term) => [term.id, term]));

/** A glossary term by id; throws on an unknown id (a typo in code, not a data problem). */
export function glossaryTerm(id: string): GlossaryTerm {
  const term = BY_ID.get(id);
  if (!term) throw new Error(`No glossary term "${id}"`);
  return term;
}
