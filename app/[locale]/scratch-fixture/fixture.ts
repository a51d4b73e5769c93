// SCRATCH — delete before hand-over.
import type { AnnualReport, CompanyProfile } from "@/lib/records/company-profile";

const amr = { id: "650100-amr", names: { zh: "乌鲁木齐市市场监督管理局", ug: "ئۈرۈمچى شەھەرلىك بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى", en: "Ürümqi Administration for Market Regulation" } };
const tax = { id: "650100-tax", names: { zh: "国家税务总局乌鲁木齐市税务局", ug: "دۆلەتلىك باج ئومۇمىي ئىدارىسى ئۈرۈمچى شەھەرلىك باج ئىدارىسى", en: "Ürümqi Tax Bureau" } };

export const profile: CompanyProfile = {
  uscc: "91650100MA77XQ1X31",
  registrationNumber: "650100050012345",
  nameZh: "新疆天山丝路商贸有限责任公司",
  nameUg: "شىنجاڭ تەڭرىتاغ يىپەك يولى سودا چەكلىك مەسئۇلىيەت شىركىتى",
  formerNames: [{ name: "乌鲁木齐丝路商贸有限公司", until: "2019-03-12" }],
  type: "llc",
  status: "active",
  statusChangedOn: null,
  legalRepresentative: { name: "艾力·买买提", role: "legal-representative" },
  capital: { amount: "1200.000000", currency: "CNY" },
  establishedOn: "2015-06-18",
  termFrom: "2015-06-18",
  termTo: null,
  approvedOn: "2023-04-02",
  authority: amr,
  regionCode: "650102",
  industryCode: "F51",
  addressLabel: "domicile",
  address: "新疆乌鲁木齐市天山区解放南路 123 号 4 楼 401 室",
  scope: "一般项目：日用百货销售；针纺织品销售；服装服饰批发；工艺美术品及收藏品零售（象牙及其制品除外）；食品销售（仅销售预包装食品）；互联网销售（除销售需要许可的商品）。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
  parent: null,
  alerts: { isOnAbnormalList: true, isOnSeriousViolationList: false, penaltiesInPublicity: 1 },
  government: {
    shareholders: [
      { name: "艾力·买买提", kind: "natural-person", idDocument: { type: "resident-id", number: null, isNaturalPerson: true } },
      { name: "新疆丝路投资控股有限公司", kind: "enterprise-legal-person", idDocument: { type: "business-licence", number: "91650100228590283B", isNaturalPerson: false } },
    ],
    keyPersons: [
      { name: "艾力·买买提", title: "executive-director" },
      { name: "古丽娜尔·吐尔逊", title: "supervisor" },
    ],
    branches: [{ uscc: "91650102MA7ABCDE1X", nameZh: "新疆天山丝路商贸有限责任公司喀什分公司", nameUg: null, status: "active" }],
    changes: [
      { item: "name", before: "乌鲁木齐丝路商贸有限公司", after: "新疆天山丝路商贸有限责任公司", changedOn: "2019-03-12" },
      { item: "capital", before: "500万元", after: "1200万元", changedOn: "2021-08-30" },
    ],
    liquidation: null,
    licences: [
      { documentNumber: "JY16501020012345", name: "food-business", content: "预包装食品（不含冷藏冷冻食品）销售", validFrom: "2021-01-05", validTo: "2026-01-04", status: "valid", authority: amr, authorityName: null, publishedOn: "2021-01-12" },
    ],
    penalties: [
      { decisionNumber: "乌天市监处罚〔2025〕118号", violationType: "false-advertising", kinds: ["warning", "fine"], content: "责令停止发布虚假广告，罚款人民币贰万元整。", fineYuan: "20000.00", authority: amr, decidedOn: "2025-09-01", publishedOn: "2025-09-10", publicityEndsOn: "2028-09-10", documentText: "乌鲁木齐市天山区市场监督管理局\n行政处罚决定书\n乌天市监处罚〔2025〕118号\n\n当事人：新疆天山丝路商贸有限责任公司……" },
    ],
    abnormalListings: [
      { reason: "no-annual-report", listedOn: "2024-07-10", listedBy: amr, removalReason: null, removedOn: null, removedBy: null },
      { reason: "unreachable", listedOn: "2020-07-01", listedBy: amr, removalReason: "address-verified", removedOn: "2020-11-15", removedBy: amr },
    ],
    seriousViolations: [],
    spotChecks: [{ authority: tax, kind: "random", checkedOn: "2023-05-20", result: "no-problem" }],
    chattelMortgages: [],
    equityPledges: [
      {
        registrationNumber: "650100202300012",
        pledgor: { name: "艾力·买买提", idDocument: { type: "resident-id", number: null, isNaturalPerson: true } },
        pledgedAmount: "300",
        pledgee: { name: "中国农业银行股份有限公司乌鲁木齐分行", idDocument: { type: "business-licence", number: "91650100710892567X", isNaturalPerson: false } },
        registeredOn: "2023-02-14",
        authority: amr,
        status: "valid",
        publishedOn: "2023-02-15",
      },
    ],
    judicialAssistance: [],
  },
  selfPublished: {
    annualReports: [
      { year: 2024, state: "filed-late", submittedOn: "2025-08-02" },
      { year: 2023, state: "filed", submittedOn: "2024-05-11" },
    ],
    contributions: [
      { shareholderName: "艾力·买买提", subscribed: "720", subscribedOn: "2035-06-30", subscribedVia: "currency", paid: "200", paidOn: "2016-01-10", paidVia: "currency" },
    ],
    equityChanges: [{ shareholderName: "新疆丝路投资控股有限公司", ratioBefore: "30.0000", ratioAfter: "40.0000", changedOn: "2021-08-30" }],
    licences: [],
    ipPledges: [],
  },
  updatedAt: "2025-11-20T08:15:00.000Z",
};

export const report: AnnualReport = {
  company: { uscc: profile.uscc, nameZh: profile.nameZh, nameUg: profile.nameUg, status: "active" },
  year: 2024,
  form: "company",
  state: "filed-late",
  submittedOn: "2025-08-02",
  basic: { name: profile.nameZh, phone: "0991-2345678", postcode: "830002", address: profile.address, email: "info@tianshan-silk.example.cn", employees: 23, operatingState: "open", hasWebsite: true, hasInvestments: false, hasEquityTransfer: true, memberCount: null },
  websites: [{ kind: "online-shop", name: "天山丝路旗舰店", url: "https://tianshan-silk.example.cn/shop" }],
  contributions: profile.selfPublished.contributions,
  investments: [],
  assets: { isPublished: false },
  guarantees: { isPublished: true, rows: [] },
  equityChanges: profile.selfPublished.equityChanges,
  socialInsurance: { isPublished: true, rows: [{ kind: "pension", insuredCount: 21, contributionBase: "96.5", paid: "15.44", arrears: "0" }] },
  amendments: [{ item: "phone", before: "0991-1111111", after: "0991-2345678", amendedOn: "2025-08-20" }],
};
