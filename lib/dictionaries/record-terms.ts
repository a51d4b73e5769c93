/**
 * Every other coded value stored in the register (roles, titles, reasons, kinds, states…), as
 * named groups: group → code → labels in zh / ug / en. Codes are stable kebab-case strings; the
 * Chinese labels follow the wording of the national enterprise credit-information publicity system.
 */
import type { TermNames } from "./types";

function t(zh: string, ug: string, en: string): TermNames {
  return { zh, ug, en };
}

export const RECORD_TERMS = {
  "legal-rep-roles": {
    "legal-representative": t("法定代表人", "قانۇنىي ۋەكىل", "Legal representative"),
    "person-in-charge": t("负责人", "مەسئۇل", "Person in charge"),
    "executive-partner": t("执行事务合伙人", "ئىشلارنى ئىجرا قىلغۇچى شېرىك", "Executive partner"),
    investor: t("投资人", "مەبلەغ سالغۇچى", "Investor"),
    operator: t("经营者", "تىجارەتچى", "Operator"),
  },
  "address-labels": {
    domicile: t("住所", "تۇرۇشلۇق ئورنى", "Registered address"),
    "business-premises": t("营业场所", "تىجارەت ئورنى", "Business premises"),
    "main-premises": t("主要经营场所", "ئاساسلىق تىجارەت ئورنى", "Principal place of business"),
    "operating-premises": t("经营场所", "تىجارەت قىلىش ئورنى", "Place of business"),
  },
  "shareholder-kinds": {
    "natural-person": t("自然人股东", "تەبىئىي كىشى پايچى", "Individual shareholder"),
    "enterprise-legal-person": t("企业法人", "كارخانا قانۇنىي شەخس", "Corporate shareholder"),
    "institution-legal-person": t("事业法人", "كەسپىي ئورۇن قانۇنىي شەخس", "Public institution"),
    "state-assets-agency": t("国有资产监督管理机构", "دۆلەت مۈلكىنى نازارەت قىلىش ۋە باشقۇرۇش ئورگىنى", "State-owned assets supervision agency"),
    "social-organisation": t("社会团体法人", "ئىجتىمائىي تەشكىلات قانۇنىي شەخس", "Social organisation"),
    "partnership-enterprise": t("合伙企业", "شېرىكچىلىك كارخانىسى", "Partnership enterprise"),
    "general-partner": t("普通合伙人", "ئادەتتىكى شېرىك", "General partner"),
    "limited-partner": t("有限合伙人", "چەكلىك شېرىك", "Limited partner"),
    "cooperative-member": t("合作社成员", "كووپېراتىپ ئەزاسى", "Cooperative member"),
    "foreign-enterprise": t("外国（地区）企业", "چەت ئەل (رايون) كارخانىسى", "Foreign enterprise"),
  },
  "id-document-types": {
    "resident-id": t("中华人民共和国居民身份证", "جۇڭخۇا خەلق جۇمھۇرىيىتى ئاھالىلەر كىملىكى", "PRC resident identity card"),
    "business-licence": t(
      "营业执照（统一社会信用代码）",
      "تىجارەت كىنىشكىسى (بىرلىككە كەلگەن ئىجتىمائىي ئىناۋەت كودى)",
      "Business licence (unified social credit code)",
    ),
    "institution-certificate": t("事业单位法人证书", "كەسپىي ئورۇن قانۇنىي شەخس گۇۋاھنامىسى", "Public institution certificate"),
    passport: t("护照", "پاسپورت", "Passport"),
    other: t("其他有效证件", "باشقا ئىناۋەتلىك گۇۋاھنامە", "Other identity document"),
  },
  "key-person-titles": {
    "executive-director": t("执行董事", "ئىجرائىيە دىرېكتور", "Executive director"),
    "executive-director-manager": t("执行董事兼总经理", "ئىجرائىيە دىرېكتور ھەم باش دىرېكتور", "Executive director and general manager"),
    chairman: t("董事长", "دىرېكتورلار ھەيئىتىنىڭ رەئىسى", "Chairman of the board"),
    "vice-chairman": t("副董事长", "دىرېكتورلار ھەيئىتىنىڭ مۇئاۋىن رەئىسى", "Vice-chairman of the board"),
    director: t("董事", "دىرېكتورلار ھەيئىتىنىڭ ئەزاسى", "Director"),
    "general-manager": t("总经理", "باش دىرېكتور", "General manager"),
    manager: t("经理", "مۇدىر", "Manager"),
    supervisor: t("监事", "نازارەتچى", "Supervisor"),
    "chief-supervisor": t("监事会主席", "نازارەتچىلەر ھەيئىتىنىڭ رەئىسى", "Chair of the board of supervisors"),
    "employee-supervisor": t("职工监事", "خىزمەتچى نازارەتچى", "Employee supervisor"),
    "chief-financial-officer": t("财务负责人", "مالىيە مەسئۇلى", "Chief financial officer"),
    "board-secretary": t("董事会秘书", "دىرېكتورلار ھەيئىتىنىڭ كاتىپى", "Secretary to the board"),
    "council-chair": t("理事长", "ئىدارە ھەيئىتىنىڭ رەئىسى", "Chair of the council"),
    "council-member": t("理事", "ئىدارە ھەيئىتىنىڭ ئەزاسى", "Council member"),
    "executive-supervisor": t("执行监事", "ئىجرائىيە نازارەتچى", "Executive supervisor"),
  },
  "change-items": {
    name: t("名称变更", "نامىنى ئۆزگەرتىش", "Change of name"),
    address: t("住所（经营场所）变更", "تۇرۇشلۇق ئورنىنى ئۆزگەرتىش", "Change of registered address"),
    "legal-representative": t("法定代表人（负责人）变更", "قانۇنىي ۋەكىلنى ئۆزگەرتىش", "Change of legal representative"),
    capital: t("注册资本（金）变更", "تىزىملاتقان مەبلەغنى ئۆزگەرتىش", "Change of registered capital"),
    scope: t("经营范围变更", "تىجارەت دائىرىسىنى ئۆزگەرتىش", "Change of business scope"),
    investor: t("投资人（股权）变更", "مەبلەغ سالغۇچى (پاي ھوقۇقى) ئۆزگەرتىش", "Change of investors (shareholding)"),
    officers: t("主要人员变更", "ئاساسلىق خادىملارنى ئۆزگەرتىش", "Change of key personnel"),
    term: t("营业期限变更", "تىجارەت مۇددىتىنى ئۆزگەرتىش", "Change of business term"),
    "enterprise-type": t("企业类型变更", "كارخانا تىپىنى ئۆزگەرتىش", "Change of entity type"),
    articles: t("章程备案", "نىزامنامىنى ئەنگە ئالدۇرۇش", "Articles of association filed"),
  },
  "licence-names": {
    "food-business": t("食品经营许可证", "يېمەكلىك تىجارىتى ئىجازەتنامىسى", "Food business licence"),
    "food-production": t("食品生产许可证", "يېمەكلىك ئىشلەپچىقىرىش ئىجازەتنامىسى", "Food production licence"),
    "road-transport": t("道路运输经营许可证", "يول تىرانسپورت تىجارىتى ئىجازەتنامىسى", "Road transport operating licence"),
    construction: t("建筑业企业资质证书", "قۇرۇلۇش كارخانىسى سالاھىيەت گۇۋاھنامىسى", "Construction enterprise qualification certificate"),
    "construction-safety": t("安全生产许可证（建筑施工）", "بىخەتەر ئىشلەپچىقىرىش ئىجازەتنامىسى (قۇرۇلۇش)", "Work safety licence (construction)"),
    "work-safety": t("安全生产许可证", "بىخەتەر ئىشلەپچىقىرىش ئىجازەتنامىسى", "Work safety licence"),
    "pollutant-discharge": t("排污许可证", "بۇلغىما قويۇپ بېرىش ئىجازەتنامىسى", "Pollutant discharge permit"),
    hygiene: t("公共场所卫生许可证", "ئاممىۋى سورۇن سەھىيە ئىجازەتنامىسى", "Public place hygiene licence"),
    "tobacco-retail": t("烟草专卖零售许可证", "تاماكا مەخسۇس سېتىش پارچە سېتىش ئىجازەتنامىسى", "Tobacco monopoly retail licence"),
    "drug-business": t("药品经营许可证", "دورا تىجارىتى ئىجازەتنامىسى", "Drug trading licence"),
    "medical-institution": t("医疗机构执业许可证", "داۋالاش ئاپپاراتى كەسپىي ئىجازەتنامىسى", "Medical institution practising licence"),
    "hazardous-chemicals": t("危险化学品经营许可证", "خەتەرلىك خىمىيىلىك بۇيۇملار تىجارىتى ئىجازەتنامىسى", "Hazardous chemicals trading licence"),
    "gas-business": t("燃气经营许可证", "گاز تىجارىتى ئىجازەتنامىسى", "Gas business licence"),
    "industrial-production": t("全国工业产品生产许可证", "مەملىكەتلىك سانائەت مەھسۇلاتلىرى ئىشلەپچىقىرىش ئىجازەتنامىسى", "Industrial product production licence"),
  },
  "record-sources": {
    government: t("政府部门公示", "ھۆكۈمەت تارماقلىرى ئاشكارىلىغان", "Published by a government department"),
    enterprise: t("企业自行公示", "كارخانا ئۆزى ئاشكارىلىغان", "Published by the enterprise"),
  },
  "violation-types": {
    "selling-substandard-goods": t("销售不合格产品", "سۈپەتسىز مەھسۇلات سېتىش", "Selling substandard products"),
    "false-advertising": t("发布虚假广告", "يالغان ئېلان تارقىتىش", "False advertising"),
    "unlicensed-operation": t("无证无照经营", "ئىجازەتنامىسىز تىجارەت قىلىش", "Operating without a licence"),
    "price-violation": t("价格违法（不明码标价）", "باھا قانۇنىغا خىلاپلىق (باھا بەلگىسى قويماسلىق)", "Price violation (prices not displayed)"),
    "food-safety": t("违反食品安全规定", "يېمەكلىك بىخەتەرلىكى بەلگىلىمىسىگە خىلاپلىق", "Food safety violation"),
    "environmental-emission": t("超标排放污染物", "بۇلغىمىنى ئۆلچەمدىن ئېشىپ قويۇپ بېرىش", "Emissions above permitted limits"),
    "tax-filing-late": t("未按期进行纳税申报", "باج دوكلاتىنى ۋاقتىدا تاپشۇرماسلىق", "Late tax filing"),
    "trademark-infringement": t("侵犯注册商标专用权", "تىزىملاتقان تاۋار ماركىسىنىڭ مەخسۇس ئىشلىتىش ھوقۇقىغا دەخلى قىلىش", "Trademark infringement"),
    "unfair-competition": t("不正当竞争（虚假宣传）", "ناتوغرا رىقابەت (يالغان تەشۋىقات)", "Unfair competition (misleading publicity)"),
    "measurement-violation": t("违反计量管理规定", "ئۆلچەش باشقۇرۇش بەلگىلىمىسىگە خىلاپلىق", "Weights and measures violation"),
    "work-safety": t("安全生产违法行为", "بىخەتەر ئىشلەپچىقىرىشقا خىلاپ قىلمىش", "Work safety violation"),
    "road-transport-violation": t("道路运输违法行为", "يول تىرانسپورتىغا خىلاپ قىلمىش", "Road transport violation"),
    "hygiene-violation": t("违反公共场所卫生管理规定", "ئاممىۋى سورۇن سەھىيە باشقۇرۇش بەلگىلىمىسىگە خىلاپلىق", "Public hygiene violation"),
    "construction-violation": t("建筑市场违法行为", "قۇرۇلۇش بازىرىغا خىلاپ قىلمىش", "Construction market violation"),
    "registration-violation": t("违反市场主体登记管理规定", "بازار گەۋدىسى تىزىملاش باشقۇرۇش بەلگىلىمىسىگە خىلاپلىق", "Registration rules violation"),
    "consumer-rights": t("侵害消费者权益", "ئىستېمالچىلارنىڭ ھوقۇق-مەنپەئەتىگە دەخلى قىلىش", "Infringing consumer rights"),
    "invoice-violation": t("未按规定开具发票", "بەلگىلىمە بويىچە تالون بەرمەسلىك", "Invoicing violation"),
  },
  "penalty-kinds": {
    warning: t("警告", "ئاگاھلاندۇرۇش", "Warning"),
    fine: t("罚款", "جەرىمانە", "Fine"),
    confiscation: t("没收违法所得", "قانۇنسىز تاپاۋەتنى مۇسادىرە قىلىش", "Confiscation of illegal gains"),
    "confiscation-property": t("没收非法财物", "قانۇنسىز مال-مۈلۈكنى مۇسادىرە قىلىش", "Confiscation of illegal property"),
    suspension: t("责令停产停业", "ئىشلەپچىقىرىش ۋە تىجارەتنى توختىتىشقا بۇيرۇش", "Order to suspend production or business"),
    "licence-suspension": t("暂扣许可证件", "ئىجازەتنامىنى ۋاقىتلىق تۇتۇپ قېلىش", "Licence temporarily withheld"),
    "licence-revocation": t("吊销许可证件", "ئىجازەتنامىنى بىكار قىلىش", "Licence revoked"),
  },
  "abnormal-reasons": {
    "no-annual-report": t("未按照规定期限公示年度报告", "بەلگىلەنگەن مۇددەت ئىچىدە يىللىق دوكلاتىنى ئاشكارىلىمىغان", "Annual report not published by the deadline"),
    "instant-info-not-published": t(
      "未在责令的期限内公示有关企业信息",
      "بۇيرۇلغان مۇددەت ئىچىدە مۇناسىۋەتلىك كارخانا ئۇچۇرلىرىنى ئاشكارىلىمىغان",
      "Company information not published within the period ordered",
    ),
    "false-information": t(
      "公示企业信息隐瞒真实情况、弄虚作假",
      "ئاشكارىلىغان كارخانا ئۇچۇرلىرىدا ھەقىقىي ئەھۋالنى يوشۇرغان، ساختىپەزلىك قىلغان",
      "Published information concealed the facts or was falsified",
    ),
    unreachable: t(
      "通过登记的住所或者经营场所无法联系",
      "تىزىملاتقان تۇرۇشلۇق ئورنى ياكى تىجارەت ئورنى ئارقىلىق ئالاقىلاشقىلى بولمايدۇ",
      "Cannot be contacted at the registered address",
    ),
  },
  "abnormal-removal-reasons": {
    "annual-report-filed": t("补报未报年份年度报告并公示", "يوللانمىغان يىللارنىڭ يىللىق دوكلاتىنى تولۇقلاپ يوللاپ ئاشكارىلىغان", "Missing annual reports filed and published"),
    "info-published": t("依法公示有关企业信息", "مۇناسىۋەتلىك كارخانا ئۇچۇرلىرىنى قانۇن بويىچە ئاشكارىلىغان", "Required information published"),
    corrected: t("更正其公示的企业信息", "ئاشكارىلىغان كارخانا ئۇچۇرلىرىنى تۈزىتىۋالغان", "Published information corrected"),
    "reachable-again": t(
      "依法办理住所或者经营场所变更登记，或者提出通过登记的住所或者经营场所可以重新取得联系",
      "تۇرۇشلۇق ئورنىنى ئۆزگەرتىش تىزىملىتىشىنى بېجىرگەن ياكى تىزىملاتقان ئادرېس ئارقىلىق قايتا ئالاقىلاشقىلى بولىدىغان بولغان",
      "Address updated or contact at the registered address restored",
    ),
  },
  "serious-reasons": {
    "abnormal-three-years": t(
      "被列入经营异常名录届满3年仍未履行相关义务",
      "نورمالسىز تىجارەت تىزىملىكىگە كىرگۈزۈلگىنىگە 3 يىل توشقان بولسىمۇ مۇناسىۋەتلىك مەجبۇرىيەتنى ئادا قىلمىغان",
      "Still on the abnormal-operations list after 3 years",
    ),
    "false-registration": t(
      "提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得登记",
      "يالغان ماتېرىيال تاپشۇرۇپ ياكى ئالدامچىلىق ۋاسىتىسى بىلەن مۇھىم پاكىتنى يوشۇرۇپ تىزىملاتقان",
      "Registration obtained with false documents or fraud",
    ),
    "serious-violation": t(
      "因严重违法行为受到较重行政处罚",
      "ئېغىر قانۇنغا خىلاپ قىلمىشى سەۋەبىدىن ئېغىرراق مەمۇرىي جازاغا ئۇچرىغان",
      "Heavier administrative penalty for a serious violation",
    ),
  },
  "serious-removal-reasons": {
    "period-expired": t(
      "列入严重违法失信名单届满3年，未再发生违法行为",
      "ئېغىر قانۇنغا خىلاپلىق قىلىپ ئىناۋەتسىزلەشكەنلەر تىزىملىكىگە كىرگۈزۈلگىنىگە 3 يىل توشقان، قايتا قانۇنغا خىلاپلىق قىلمىغان",
      "Three years on the serious-violations list without further violations",
    ),
    "credit-repaired": t("已履行相关义务，经申请信用修复", "مۇناسىۋەتلىك مەجبۇرىيەتنى ئادا قىلىپ، ئىلتىماس قىلىپ ئىناۋىتىنى ئەسلىگە كەلتۈرگەن", "Obligations met; credit repaired on application"),
    "basis-revoked": t("列入依据被依法撤销", "تىزىملىككە كىرگۈزۈش ئاساسى قانۇن بويىچە بىكار قىلىنغان", "Grounds for listing revoked"),
  },
  "spot-check-kinds": {
    random: t("双随机抽查", "قوش ئىختىيارىي تەكشۈرۈش", "Random inspection"),
    targeted: t("定向抽查", "نىشانلىق تەكشۈرۈش", "Targeted inspection"),
    special: t("专项检查", "مەخسۇس تەكشۈرۈش", "Special inspection"),
  },
  "spot-check-results": {
    normal: t("未发现问题", "مەسىلە بايقالمىدى", "No problems found"),
    "no-activity": t("未发现开展本次抽查涉及的经营活动", "بۇ قېتىملىق تەكشۈرۈشكە چېتىشلىق تىجارەت پائالىيىتى بايقالمىدى", "No business activity covered by the inspection found"),
    "not-found-at-address": t(
      "通过登记的住所（经营场所）无法联系",
      "تىزىملاتقان تۇرۇشلۇق ئورنى (تىجارەت ئورنى) ئارقىلىق ئالاقىلاشقىلى بولمىدى",
      "Not contactable at the registered address",
    ),
    "problems-corrected": t("发现问题已责令改正", "مەسىلە بايقالدى، تۈزىتىشكە بۇيرۇلدى", "Problems found; correction ordered"),
    "problems-referred": t("发现问题，已移送有关部门处理", "مەسىلە بايقالدى، مۇناسىۋەتلىك تارماققا يۆتكەپ بېرىلدى", "Problems found; referred to the competent department"),
  },
  "contribution-methods": {
    currency: t("货币", "پۇل", "Cash"),
    "in-kind": t("实物", "ماددىي بۇيۇم", "In kind"),
    "intellectual-property": t("知识产权", "بىلىم مۈلۈك ھوقۇقى", "Intellectual property"),
    "land-use-right": t("土地使用权", "يەر ئىشلىتىش ھوقۇقى", "Land-use right"),
    equity: t("股权", "پاي ھوقۇقى", "Equity"),
    other: t("其他", "باشقا", "Other"),
  },
  "judicial-kinds": {
    "equity-freeze": t("股权冻结", "پاي ھوقۇقىنى توڭلىتىش", "Equity freeze"),
    "shareholder-change": t("股东变更", "پايچىنى ئۆزگەرتىش", "Court-ordered change of shareholder"),
  },
  "judicial-statuses": {
    frozen: t("冻结", "توڭلىتىلغان", "Frozen"),
    unfrozen: t("解除冻结", "توڭلىتىش بىكار قىلىنغان", "Released"),
    expired: t("失效", "كۈچتىن قالغان", "Lapsed"),
    done: t("已协助执行", "ئىجرا قىلىشقا ياردەملىشىپ بولۇنغان", "Executed"),
  },
  "ip-pledge-kinds": {
    trademark: t("商标", "تاۋار ماركىسى", "Trademark"),
    patent: t("专利", "پاتېنت", "Patent"),
    copyright: t("著作权", "ئەسەر ھوقۇقى", "Copyright"),
  },
  "record-statuses": {
    valid: t("有效", "ئىناۋەتلىك", "Valid"),
    cancelled: t("注销", "ئەمەلدىن قالدۇرۇلغان", "Cancelled"),
    revoked: t("撤销", "بىكار قىلىنغان", "Revoked"),
    expired: t("已过期", "ۋاقتى ئۆتكەن", "Expired"),
  },
  "website-kinds": {
    website: t("网站", "تور بېكەت", "Website"),
    "online-shop": t("网店", "تور دۇكىنى", "Online shop"),
  },
  "guarantee-kinds": {
    "contract-debt": t("合同", "توختام", "Contractual debt"),
    other: t("其他", "باشقا", "Other"),
  },
  "guarantee-periods": {
    period: t("期间", "مۇددەت", "Fixed period"),
    none: t("未约定", "كېلىشىلمىگەن", "Not agreed"),
  },
  "guarantee-modes": {
    general: t("一般保证", "ئادەتتىكى كېپىللىك", "General guarantee"),
    joint: t("连带保证", "باغلىنىشلىق كېپىللىك", "Joint and several guarantee"),
  },
  "insurance-kinds": {
    pension: t("城镇职工基本养老保险", "شەھەر-بازار خىزمەتچىلىرى ئاساسىي پېنسىيە سۇغۇرتىسى", "Basic pension insurance for urban employees"),
    unemployment: t("失业保险", "ئىشسىزلىق سۇغۇرتىسى", "Unemployment insurance"),
    medical: t("职工基本医疗保险", "خىزمەتچىلەر ئاساسىي داۋالىنىش سۇغۇرتىسى", "Basic medical insurance for employees"),
    injury: t("工伤保险", "ئىش جەريانىدا يارىلىنىش سۇغۇرتىسى", "Work injury insurance"),
    maternity: t("生育保险", "تۇغۇت سۇغۇرتىسى", "Maternity insurance"),
  },
  "operating-states": {
    open: t("开业", "تىجارەت قىلىۋاتىدۇ", "Trading"),
    suspended: t("歇业", "تىجارەت توختىتىلغان", "Suspended"),
    liquidating: t("清算", "ھېساب تازىلاش", "In liquidation"),
  },
  "annual-report-states": {
    "not-filed": t("未年报", "يىللىق دوكلات يوللانمىغان", "Not filed"),
    filed: t("已年报", "يىللىق دوكلات يوللانغان", "Filed"),
    "filed-late": t("已年报（逾期）", "يىللىق دوكلات يوللانغان (مۇددىتى ئۆتكەندىن كېيىن)", "Filed late"),
  },
  "annual-report-forms": {
    company: t("企业年度报告", "كارخانا يىللىق دوكلاتى", "Enterprise annual report"),
    individual: t("个体工商户年度报告", "يەككە تىجارەتچى يىللىق دوكلاتى", "Individual business annual report"),
    cooperative: t("农民专业合作社年度报告", "دېھقانلار كەسپىي كووپېراتىپى يىللىق دوكلاتى", "Farmers' cooperative annual report"),
  },
  "annual-report-items": {
    phone: t("企业联系电话", "ئالاقە تېلېفونى", "Telephone"),
    email: t("电子邮箱", "ئېلخەت ئادرېسى", "Email"),
    address: t("企业通信地址", "خەت-ئالاقە ئادرېسى", "Correspondence address"),
    postcode: t("邮政编码", "پوچتا نومۇرى", "Postcode"),
    employees: t("从业人数", "خىزمەتچىلەر سانى", "Number of employees"),
    "operating-state": t("企业经营状态", "تىجارەت ھالىتى", "Operating state"),
    "total-assets": t("资产总额", "ئومۇمىي مۈلۈك", "Total assets"),
    "total-revenue": t("营业总收入", "ئومۇمىي كىرىم", "Total revenue"),
    "tax-paid": t("纳税总额", "تاپشۇرغان باج ئومۇمىي سوممىسى", "Tax paid"),
    website: t("网站或网店信息", "تور بېكەت ياكى تور دۇكىنى ئۇچۇرى", "Website or online shop"),
    "member-count": t("成员人数", "ئەزالار سانى", "Number of members"),
    "owners-equity": t("所有者权益合计", "ئىگىدارلار ھوقۇقى جەمئىيسى", "Owners' equity"),
    "main-revenue": t("其中：主营业务收入", "ئۇنىڭدىن: ئاساسلىق تىجارەت كىرىمى", "of which main-business revenue"),
    "total-profit": t("利润总额", "ئومۇمىي پايدا", "Total profit"),
    "net-profit": t("净利润", "ساپ پايدا", "Net profit"),
    "total-liabilities": t("负债总额", "ئومۇمىي قەرز", "Total liabilities"),
    contributions: t("股东及出资信息", "پايچىلار ۋە مەبلەغ ئۇچۇرى", "Shareholders and contributions"),
    investments: t("对外投资信息", "سىرتقا مەبلەغ سېلىش ئۇچۇرى", "Investments in other enterprises"),
    guarantees: t("对外提供保证担保信息", "سىرتقا كېپىللىك بېرىش ئۇچۇرى", "Guarantees given"),
    "equity-changes": t("股权变更信息", "پاي ھوقۇقى ئۆزگىرىش ئۇچۇرى", "Equity changes"),
    "social-insurance": t("社保信息", "ئىجتىمائىي سۇغۇرتا ئۇچۇرى", "Social insurance"),
  },
  currencies: {
    CNY: t("人民币", "خەلق پۇلى", "Renminbi (CNY)"),
    USD: t("美元", "ئامېرىكا دوللىرى", "US dollar"),
    HKD: t("港元", "شياڭگاڭ پۇلى", "Hong Kong dollar"),
    EUR: t("欧元", "ياۋرو", "Euro"),
  },
  "authority-kinds": {
    amr: t("市场监督管理部门", "بازار نازارەت قىلىش-باشقۇرۇش تارمىقى", "Market regulation"),
    tax: t("税务部门", "باج تارمىقى", "Tax"),
    environment: t("生态环境部门", "ئېكولوگىيە-مۇھىت تارمىقى", "Ecology and environment"),
    health: t("卫生健康部门", "سەھىيە-ساغلاملىق تارمىقى", "Health"),
    transport: t("交通运输部门", "قاتناش-تىرانسپورت تارمىقى", "Transport"),
    emergency: t("应急管理部门", "جىددىي ئىشلارنى باشقۇرۇش تارمىقى", "Emergency management"),
    housing: t("住房和城乡建设部门", "تۇرالغۇ ۋە شەھەر-يېزا قۇرۇلۇش تارمىقى", "Housing and urban-rural development"),
    tobacco: t("烟草专卖部门", "تاماكا مەخسۇس سېتىش تارمىقى", "Tobacco monopoly"),
  },
} as const satisfies Record<string, Record<string, TermNames>>;

/** A named group of record terms: "legal-rep-roles", "violation-types", … */
export type TermGroup = keyof typeof RECORD_TERMS;

/** The codes of one group, e.g. TermCode<"penalty-kinds"> = "warning" | "fine" | … */
export type TermCode<G extends TermGroup> = keyof (typeof RECORD_TERMS)[G] & string;

export const TERM_GROUPS = Object.keys(RECORD_TERMS) as TermGroup[];

export function isTermGroup(value: string): value is TermGroup {
  return Object.prototype.hasOwnProperty.call(RECORD_TERMS, value);
}

/** The labels of a code in a group, or undefined when the code is unknown. */
export function findTerm(group: TermGroup, code: string): TermNames | undefined {
  const entries: Readonly<Record<string, TermNames>> = RECORD_TERMS[group];
  return Object.prototype.hasOwnProperty.call(entries, code) ? entries[code] : undefined;
}

/** The codes of a group, in dictionary order. */
export function termCodes<G extends TermGroup>(group: G): TermCode<G>[] {
  return Object.keys(RECORD_TERMS[group]) as TermCode<G>[];
}

const RENMINBI_CODES = new Set(["CNY", "cny", "RMB", "rmb"]);

/** Whether a registered currency is the renminbi (amounts then read "万元"; others "万 + currency"). */
export function isRenminbi(currency: string): boolean {
  return RENMINBI_CODES.has(currency);
}
