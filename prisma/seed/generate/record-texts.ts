/**
 * Free-text material for generated records: violations with their facts and legal provisions,
 * licences with their issuing department and number formats, banks, courts, collateral.
 */
import type { AuthorityKind } from "../../../lib/dictionaries/authorities";
import type { TermCode } from "../../../lib/dictionaries/record-terms";
import { countyFullNameZh, findPrefecture, type County } from "../../../lib/dictionaries/regions";
import type { Random } from "./random";

export type ViolationSpec = {
  code: TermCode<"violation-types">;
  authority: AuthorityKind;
  /** Facts as the decision states them; {n} is replaced by a small number. */
  facts: readonly string[];
  violated: string;
  basis: string;
  /** Fine range in yuan. */
  fine: readonly [number, number];
  /** Chance that the decision is a warning only. */
  warningOnly: number;
  /** Chance of confiscating illegal gains on top of the fine. */
  confiscation: number;
  /** Industry sections or divisions it applies to; empty: any. */
  applies: readonly string[];
  weight: number;
};

export const VIOLATIONS: readonly ViolationSpec[] = [
  {
    code: "selling-substandard-goods",
    authority: "amr",
    facts: ["销售经抽样检验不合格的电线电缆{n}卷", "销售经抽样检验不合格的复合肥料{n}吨", "销售经抽样检验不合格的儿童服装{n}件", "销售经抽样检验不合格的插座{n}个"],
    violated: "《中华人民共和国产品质量法》第三十九条",
    basis: "《中华人民共和国产品质量法》第四十九条",
    fine: [2000, 50000],
    warningOnly: 0,
    confiscation: 0.6,
    applies: ["F", "C"],
    weight: 3,
  },
  {
    code: "false-advertising",
    authority: "amr",
    facts: ["在其微信公众号发布含有虚假内容的广告，宣称其销售的产品具有治疗功效", "在经营场所张贴含有虚假内容的宣传海报，虚构产品产地及获奖情况"],
    violated: "《中华人民共和国广告法》第二十八条",
    basis: "《中华人民共和国广告法》第五十五条第一款",
    fine: [10000, 200000],
    warningOnly: 0,
    confiscation: 0.2,
    applies: [],
    weight: 1.5,
  },
  {
    code: "unlicensed-operation",
    authority: "amr",
    facts: ["未依法取得许可擅自从事食品经营活动", "未依法取得相关许可擅自从事经营活动，违法经营时间约{n}个月"],
    violated: "《无证无照经营查处办法》第二条",
    basis: "《无证无照经营查处办法》第十三条",
    fine: [1000, 20000],
    warningOnly: 0.1,
    confiscation: 0.4,
    applies: [],
    weight: 2,
  },
  {
    code: "price-violation",
    authority: "amr",
    facts: ["经营场所内销售的{n}种商品未按规定明码标价", "提供服务时未按规定公示收费项目及收费标准"],
    violated: "《中华人民共和国价格法》第十三条第一款",
    basis: "《中华人民共和国价格法》第四十二条",
    fine: [500, 5000],
    warningOnly: 0.45,
    confiscation: 0,
    applies: ["F52", "H61", "H62", "O80", "O81"],
    weight: 3,
  },
  {
    code: "food-safety",
    authority: "amr",
    facts: ["经营超过保质期的预包装食品{n}件", "经营标签不符合规定的预包装食品{n}件", "未按规定查验供货者的许可证和食品出厂检验合格证"],
    violated: "《中华人民共和国食品安全法》第三十四条",
    basis: "《中华人民共和国食品安全法》第一百二十四条第一款",
    fine: [5000, 100000],
    warningOnly: 0.25,
    confiscation: 0.5,
    applies: ["H61", "H62", "F52", "C13", "C14", "C15"],
    weight: 4,
  },
  {
    code: "environmental-emission",
    authority: "environment",
    facts: ["在线监测数据显示其颗粒物排放浓度超过国家规定的排放标准", "废水中化学需氧量排放浓度超过排污许可证规定的排放限值"],
    violated: "《中华人民共和国大气污染防治法》第十八条",
    basis: "《中华人民共和国大气污染防治法》第九十九条",
    fine: [100000, 1000000],
    warningOnly: 0,
    confiscation: 0,
    applies: ["B", "C", "D44"],
    weight: 2,
  },
  {
    code: "tax-filing-late",
    authority: "tax",
    facts: ["未按照规定期限办理增值税纳税申报", "未按照规定期限办理企业所得税纳税申报", "未按照规定期限办理个人所得税（代扣代缴）纳税申报"],
    violated: "《中华人民共和国税收征收管理法》第二十五条",
    basis: "《中华人民共和国税收征收管理法》第六十二条",
    fine: [200, 2000],
    warningOnly: 0,
    confiscation: 0,
    applies: [],
    weight: 4,
  },
  {
    code: "trademark-infringement",
    authority: "amr",
    facts: ["销售侵犯他人注册商标专用权的服装{n}件", "销售侵犯他人注册商标专用权的手机配件{n}件"],
    violated: "《中华人民共和国商标法》第五十七条第（三）项",
    basis: "《中华人民共和国商标法》第六十条第二款",
    fine: [5000, 100000],
    warningOnly: 0,
    confiscation: 0.3,
    applies: ["F51", "F52", "C18"],
    weight: 1,
  },
  {
    code: "unfair-competition",
    authority: "amr",
    facts: ["对其商品的性能、功能作虚假的商业宣传，欺骗、误导消费者"],
    violated: "《中华人民共和国反不正当竞争法》第八条第一款",
    basis: "《中华人民共和国反不正当竞争法》第二十条第一款",
    fine: [200000, 500000],
    warningOnly: 0,
    confiscation: 0,
    applies: [],
    weight: 0.3,
  },
  {
    code: "measurement-violation",
    authority: "amr",
    facts: ["使用未经检定的电子计价秤{n}台从事经营活动", "使用超过检定周期的加油机从事经营活动"],
    violated: "《中华人民共和国计量法》第九条第一款",
    basis: "《中华人民共和国计量法实施细则》第四十三条",
    fine: [300, 1000],
    warningOnly: 0.3,
    confiscation: 0,
    applies: ["F51", "F52", "H62"],
    weight: 1.5,
  },
  {
    code: "work-safety",
    authority: "emergency",
    facts: ["未按照规定对从业人员进行安全生产教育和培训", "未如实记录安全生产教育和培训情况", "未将事故隐患排查治理情况如实记录"],
    violated: "《中华人民共和国安全生产法》第二十八条",
    basis: "《中华人民共和国安全生产法》第九十七条",
    fine: [10000, 50000],
    warningOnly: 0,
    confiscation: 0,
    applies: ["B", "C", "D", "G59"],
    weight: 2,
  },
  {
    code: "road-transport-violation",
    authority: "transport",
    facts: ["未取得道路运输经营许可，擅自从事道路普通货物运输经营", "使用未按规定进行年度审验的车辆从事道路运输经营"],
    violated: "《中华人民共和国道路运输条例》第二十四条",
    basis: "《中华人民共和国道路运输条例》第六十三条",
    fine: [3000, 10000],
    warningOnly: 0,
    confiscation: 0.2,
    applies: ["G54", "G58"],
    weight: 3,
  },
  {
    code: "hygiene-violation",
    authority: "health",
    facts: ["安排未获得有效健康合格证明的从业人员{n}名从事直接为顾客服务的工作", "未按照规定对公共用品用具进行清洗、消毒"],
    violated: "《公共场所卫生管理条例实施细则》第十条",
    basis: "《公共场所卫生管理条例实施细则》第三十八条",
    fine: [500, 5000],
    warningOnly: 0.4,
    confiscation: 0,
    applies: ["H61", "O80", "R89", "R90"],
    weight: 3,
  },
  {
    code: "construction-violation",
    authority: "housing",
    facts: ["未取得施工许可证擅自施工", "将承包的工程违法分包给不具备相应资质的单位"],
    violated: "《中华人民共和国建筑法》第七条",
    basis: "《建筑工程施工许可管理办法》第十二条",
    fine: [20000, 300000],
    warningOnly: 0,
    confiscation: 0,
    applies: ["E"],
    weight: 3,
  },
  {
    code: "registration-violation",
    authority: "amr",
    facts: ["变更住所后未按规定办理变更登记", "经营范围变更后未按规定办理变更登记"],
    violated: "《中华人民共和国市场主体登记管理条例》第二十四条",
    basis: "《中华人民共和国市场主体登记管理条例》第四十六条",
    fine: [10000, 100000],
    warningOnly: 0.3,
    confiscation: 0,
    applies: [],
    weight: 1.5,
  },
  {
    code: "consumer-rights",
    authority: "amr",
    facts: ["对消费者提出的退货要求故意拖延、无理拒绝", "对消费者提出的修理要求故意拖延、无理拒绝"],
    violated: "《中华人民共和国消费者权益保护法》第二十四条",
    basis: "《中华人民共和国消费者权益保护法》第五十六条第一款",
    fine: [5000, 50000],
    warningOnly: 0.3,
    confiscation: 0,
    applies: ["F52", "O81", "H62", "K70"],
    weight: 1.5,
  },
  {
    code: "invoice-violation",
    authority: "tax",
    facts: ["应当开具而未开具发票", "未按照规定的时限、顺序、栏目全部联次一次性开具发票"],
    violated: "《中华人民共和国发票管理办法》第十八条",
    basis: "《中华人民共和国发票管理办法》第三十五条",
    fine: [500, 10000],
    warningOnly: 0,
    confiscation: 0,
    applies: [],
    weight: 1.5,
  },
];

/** Violations that can concern a company of this industry division, with weights. */
export function violationsFor(divisionCode: string): (readonly [ViolationSpec, number])[] {
  const section = divisionCode.slice(0, 1);
  return VIOLATIONS.filter((v) => v.applies.length === 0 || v.applies.includes(divisionCode) || v.applies.includes(section)).map(
    (v) => [v, v.applies.length === 0 ? v.weight : v.weight * 2.5] as const,
  );
}

/** Department decision-number words: 乌天市监处罚〔2023〕123号, 乌税罚〔2023〕12号 … */
export const DECISION_WORDS: Readonly<Record<AuthorityKind, string>> = {
  amr: "市监处罚",
  tax: "税罚",
  environment: "环罚",
  health: "卫公罚",
  transport: "交罚",
  emergency: "应急罚",
  housing: "建罚",
  tobacco: "烟罚",
};

/** "本局" or "本委" for the decision text. */
export function organWord(kind: AuthorityKind): string {
  return kind === "health" ? "本委" : "本局";
}

// ——— Licences ———

export type LicenceIssuer = "amr-county" | "amr-prefecture" | "amr-region" | Exclude<AuthorityKind, "amr">;

export type LicenceSpec = {
  code: TermCode<"licence-names">;
  issuer: LicenceIssuer;
  validYears: number;
  contents: readonly string[];
};

export const LICENCES: Readonly<Record<TermCode<"licence-names">, LicenceSpec>> = {
  "food-business": {
    code: "food-business",
    issuer: "amr-county",
    validYears: 5,
    contents: [
      "预包装食品（含冷藏冷冻食品）销售；散装食品（含冷藏冷冻食品）销售",
      "热食类食品制售；冷食类食品制售",
      "预包装食品（不含冷藏冷冻食品）销售；保健食品销售",
      "热食类食品制售；糕点类食品制售（不含裱花蛋糕）",
    ],
  },
  "food-production": {
    code: "food-production",
    issuer: "amr-prefecture",
    validYears: 5,
    contents: ["糕点（烘烤类糕点）", "粮食加工品（小麦粉）", "饮料（果蔬汁类及其饮料）", "炒货食品及坚果制品（烘炒类）", "乳制品（液体乳）"],
  },
  "road-transport": {
    code: "road-transport",
    issuer: "transport",
    validYears: 4,
    contents: ["道路普通货物运输", "道路普通货物运输；货物专用运输（集装箱）", "道路旅客运输（县内班车客运）"],
  },
  construction: {
    code: "construction",
    issuer: "housing",
    validYears: 5,
    contents: ["建筑工程施工总承包叁级", "市政公用工程施工总承包叁级", "建筑装修装饰工程专业承包贰级", "施工劳务不分等级"],
  },
  "construction-safety": { code: "construction-safety", issuer: "housing", validYears: 3, contents: ["建筑施工"] },
  "work-safety": { code: "work-safety", issuer: "emergency", validYears: 3, contents: ["危险化学品生产", "非煤矿山开采", "煤炭开采"] },
  "pollutant-discharge": {
    code: "pollutant-discharge",
    issuer: "environment",
    validYears: 5,
    contents: ["废气、废水排放（重点管理）", "废气排放（简化管理）", "废水排放（简化管理）"],
  },
  hygiene: { code: "hygiene", issuer: "health", validYears: 4, contents: ["住宿", "美容美发", "沐浴", "游泳场（馆）"] },
  "tobacco-retail": { code: "tobacco-retail", issuer: "tobacco", validYears: 5, contents: ["卷烟、雪茄烟零售"] },
  "drug-business": {
    code: "drug-business",
    issuer: "amr-county",
    validYears: 5,
    contents: ["中成药、化学药制剂、抗生素制剂、生化药品、生物制品（除疫苗）", "中药饮片、中成药、化学药"],
  },
  "medical-institution": { code: "medical-institution", issuer: "health", validYears: 5, contents: ["内科；外科；口腔科", "中医科；康复医学科", "口腔科"] },
  "hazardous-chemicals": {
    code: "hazardous-chemicals",
    issuer: "emergency",
    validYears: 3,
    contents: ["汽油、柴油（闭杯闪点≤60℃）", "工业用化学品（不带储存设施）"],
  },
  "gas-business": { code: "gas-business", issuer: "housing", validYears: 3, contents: ["管道天然气", "压缩天然气（CNG）"] },
  "industrial-production": {
    code: "industrial-production",
    issuer: "amr-region",
    validYears: 5,
    contents: ["建筑用钢筋", "水泥", "电线电缆", "危险化学品包装物、容器"],
  },
};

/** Licences a company of this division typically holds. */
export const LICENCES_BY_DIVISION: Readonly<Record<string, readonly TermCode<"licence-names">[]>> = {
  H61: ["food-business", "hygiene"],
  H62: ["food-business"],
  F52: ["food-business", "tobacco-retail", "drug-business"],
  F51: ["food-business", "hazardous-chemicals"],
  G54: ["road-transport"],
  G58: ["road-transport"],
  E47: ["construction", "construction-safety"],
  E48: ["construction", "construction-safety"],
  E50: ["construction"],
  C13: ["food-production", "pollutant-discharge"],
  C14: ["food-production", "pollutant-discharge"],
  C15: ["food-production"],
  C17: ["pollutant-discharge"],
  C26: ["pollutant-discharge", "work-safety", "hazardous-chemicals"],
  C30: ["pollutant-discharge", "industrial-production"],
  C33: ["industrial-production", "pollutant-discharge"],
  B06: ["work-safety", "pollutant-discharge"],
  B07: ["work-safety", "pollutant-discharge"],
  D44: ["pollutant-discharge"],
  D45: ["gas-business"],
  Q84: ["medical-institution", "drug-business"],
  O80: ["hygiene"],
  R89: ["hygiene"],
  R90: ["hygiene"],
};

/** A licence number in the format its kind uses. */
export function licenceNumber(rng: Random, code: TermCode<"licence-names">, county: County, uscc: string, year: number): string {
  const prefecture = findPrefecture(county.prefectureCode);
  const abbr = prefecture?.zhAbbr ?? "新";
  switch (code) {
    case "food-business":
      return `JY${rng.chance(0.8) ? 1 : 2}${county.code}${rng.digits(7)}`;
    case "food-production":
      return `SC${rng.pick(["101", "104", "106", "114", "124", "127"])}${county.code}${rng.digits(5)}`;
    case "road-transport":
      return `新交运管许可${abbr}字${county.code}${rng.digits(6)}号`;
    case "construction":
      return `D${rng.int(2, 3)}${rng.digits(8)}`;
    case "construction-safety":
      return `（新）JZ安许证字〔${year}〕${rng.digits(6)}`;
    case "work-safety":
      return `（新）${rng.pick(["FM", "WH", "MK"])}安许证字〔${year}〕${rng.digits(4)}`;
    case "pollutant-discharge":
      return `${uscc}${rng.digits(3)}${rng.pick(["P", "V", "U", "Q"])}`;
    case "hygiene":
      return `新卫公字〔${year}〕第${county.code}${rng.digits(4)}号`;
    case "tobacco-retail":
      return `${county.code}${rng.digits(6)}`;
    case "drug-business":
      return `新${rng.pick(["CB", "DB", "CA", "DA"])}${rng.int(991, 999)}${rng.digits(4)}`;
    case "medical-institution":
      return `${rng.digits(8)}${county.code}${rng.digits(2)}D${rng.digits(4)}`;
    case "hazardous-chemicals":
      return `新${abbr}危化经字〔${year}〕${rng.digits(6)}`;
    case "gas-business":
      return `新${year}${county.code.slice(2)}${rng.digits(4)}`;
    case "industrial-production":
      return `（新）XK${rng.int(10, 16)}-${rng.digits(3)}-${rng.digits(5)}`;
  }
}

// ——— Banks, courts, collateral ———

const BANK_PATTERNS: readonly string[] = [
  "中国工商银行股份有限公司{city}分行",
  "中国农业银行股份有限公司{city}分行",
  "中国银行股份有限公司{city}分行",
  "中国建设银行股份有限公司{city}分行",
  "中国邮政储蓄银行股份有限公司{city}分行",
  "昆仑银行股份有限公司{city}分行",
  "交通银行股份有限公司新疆维吾尔自治区分行",
  "乌鲁木齐银行股份有限公司",
  "新疆天山农村商业银行股份有限公司",
  "新疆银行股份有限公司",
];

/** A bank branch that lends in the prefecture of `county`. */
export function bankName(rng: Random, county: County): string {
  const prefecture = findPrefecture(county.prefectureCode);
  const city = prefecture?.short.zh ?? "乌鲁木齐";
  if (county.kind !== "district" && rng.chance(0.15)) return `${county.names.zh}农村信用合作联社`;
  return rng.pick(BANK_PATTERNS).replace("{city}", city);
}

export type Court = { name: string; noticePrefix: string };

/** A court for judicial assistance: the county court mostly, else the intermediate or high court. */
export function courtFor(rng: Random, county: County): Court {
  const prefecture = findPrefecture(county.prefectureCode);
  const r = rng.next();
  if (r < 0.7 || !prefecture) return { name: `${countyFullNameZh(county)}人民法院`, noticePrefix: `新${county.code.slice(2)}` };
  if (r < 0.95) return { name: `${prefecture.names.zh}中级人民法院`, noticePrefix: `新${county.code.slice(2, 4)}` };
  return { name: "新疆维吾尔自治区高级人民法院", noticePrefix: "新" };
}

export const COLLATERAL: readonly string[] = [
  "挖掘机2台（三一SY215C）",
  "重型半挂牵引车3辆",
  "生产设备一批（详见抵押物清单）",
  "库存皮棉1200吨",
  "运输车辆5辆",
  "装载机1台（柳工CLG856H）",
  "库存红枣300吨",
  "冷链运输车2辆",
  "光伏组件及逆变器一批",
  "钢材库存800吨",
];

export const PATENT_SUBJECTS: readonly string[] = [
  "红枣去核装置",
  "棉花清杂设备",
  "节水滴灌控制系统",
  "馕坑温度控制装置",
  "干果分级筛选机",
  "光伏板自动清洁装置",
  "建筑用保温砌块",
];

export const WEB_SYLLABLES: readonly string[] = [
  "tian", "shan", "xin", "jiang", "hua", "feng", "yuan", "tong", "long", "sheng", "da", "kang", "rui", "jin", "kun", "lun", "ai", "nur", "silu", "hong",
];
