/**
 * Enterprise names composed the way real ones are: region prefix + trade name (字号) + industry
 * words + legal form (新疆天山丝路商贸有限公司), with the Uyghur Arabic-script name composed in
 * parallel (شىنجاڭ تەڭرىتاغ سودا چەكلىك شىركىتى). Individual businesses, cooperatives and branches
 * follow their own patterns. Every name is unique within one generated register.
 */
import type { IndustryDivision } from "../../../lib/dictionaries/industries";
import { countyFullNameZh, findPrefecture, type County } from "../../../lib/dictionaries/regions";
import type { Person } from "./people";
import type { Random } from "./random";

export type Brand = { zh: string; ug: string };
export type EnterpriseName = { zh: string; ug: string | null };

/** Characters used in trade names, with their Uyghur transliteration (standard for Chinese syllables). */
const SYLLABLES: readonly (readonly [string, string])[] = [
  ["天", "تيەن"], ["山", "شەن"], ["丝", "سى"], ["路", "لۇ"], ["昆", "كۇن"], ["金", "جىن"], ["泰", "تەي"],
  ["瑞", "رۇي"], ["祥", "شياڭ"], ["鸿", "خۇڭ"], ["达", "دا"], ["盛", "شېڭ"], ["博", "بو"], ["恒", "خېڭ"],
  ["远", "يۈەن"], ["华", "خۇا"], ["新", "شىن"], ["丰", "فېڭ"], ["鑫", "شىن"], ["源", "يۈەن"], ["通", "تۇڭ"],
  ["宏", "خۇڭ"], ["安", "ئەن"], ["德", "دې"], ["隆", "لۇڭ"], ["昌", "چاڭ"], ["和", "خې"], ["兴", "شىڭ"],
  ["富", "فۇ"], ["汇", "خۇي"], ["嘉", "جيا"], ["佳", "جيا"], ["立", "لى"], ["诚", "چېڭ"], ["信", "شىن"],
  ["润", "رۇن"], ["宇", "يۈ"], ["中", "جۇڭ"], ["正", "جېڭ"], ["凯", "كەي"], ["腾", "تېڭ"], ["浩", "خاۋ"],
  ["宝", "باۋ"], ["康", "كاڭ"], ["顺", "شۇن"], ["明", "مىڭ"], ["辉", "خۇي"], ["东", "دۇڭ"], ["亿", "يى"],
  ["万", "ۋەن"], ["邦", "باڭ"], ["鼎", "دىڭ"], ["广", "گۇاڭ"], ["利", "لى"], ["荣", "رۇڭ"], ["阳", "ياڭ"],
  ["光", "گۇاڭ"], ["景", "جىڭ"], ["峰", "فېڭ"], ["云", "يۈن"], ["海", "خەي"], ["美", "مېي"], ["星", "شىڭ"],
  ["晨", "چېن"], ["锦", "جىن"], ["坤", "كۇن"], ["耀", "ياۋ"], ["骏", "جۈن"], ["驰", "چى"], ["益", "يى"],
  ["众", "جۇڭ"], ["合", "خې"], ["创", "چۇاڭ"], ["鹏", "پېڭ"], ["晟", "شېڭ"], ["旭", "شۈ"], ["晶", "جىڭ"],
  ["欣", "شىن"], ["禾", "خې"], ["田", "تيەن"], ["玉", "يۈ"], ["石", "شى"], ["北", "بېي"], ["西", "شى"],
];

/** Trade names of Uyghur or local origin, with their Uyghur form. */
const NATIVE_BRANDS: readonly Brand[] = [
  { zh: "天山", ug: "تەڭرىتاغ" },
  { zh: "昆仑", ug: "كۇنلۇن" },
  { zh: "丝路", ug: "يىپەك يولى" },
  { zh: "雪莲", ug: "قارلىگۈل" },
  { zh: "胡杨", ug: "توغراق" },
  { zh: "帕米尔", ug: "پامىر" },
  { zh: "喀纳斯", ug: "قاناس" },
  { zh: "阿依", ug: "ئاي" },
  { zh: "努尔", ug: "نۇر" },
  { zh: "阿尔曼", ug: "ئارمان" },
  { zh: "塔里木", ug: "تارىم" },
  { zh: "博格达", ug: "بوغدا" },
  { zh: "巴扎", ug: "بازار" },
  { zh: "艾德莱斯", ug: "ئەتلەس" },
  { zh: "古丽", ug: "گۈل" },
  { zh: "木卡姆", ug: "مۇقام" },
  { zh: "阿克", ug: "ئاق" },
  { zh: "绿洲", ug: "بوستان" },
  { zh: "石榴籽", ug: "ئانار دانىسى" },
  { zh: "托木尔", ug: "تۆمۈر" },
  { zh: "阿曼", ug: "ئامان" },
  { zh: "喀拉", ug: "قارا" },
];

const ZH_NUMBERS = ["", "", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Pairs that read as place names or are reserved (中国, 中华…): not used as trade names. */
const AVOIDED_PAIRS = new Set(["山西", "山东", "广西", "广东", "海南", "东北", "西北", "华北", "华东", "中华", "中国", "北京", "天安", "新华"]);

export function randomBrand(rng: Random): Brand {
  if (rng.chance(0.14)) return rng.pick(NATIVE_BRANDS);
  const first = rng.pick(SYLLABLES);
  let second = rng.pick(SYLLABLES);
  while (second[0] === first[0] || AVOIDED_PAIRS.has(first[0] + second[0])) second = rng.pick(SYLLABLES);
  if (rng.chance(0.12)) {
    let third = rng.pick(SYLLABLES);
    while (third[0] === first[0] || third[0] === second[0]) third = rng.pick(SYLLABLES);
    return { zh: first[0] + second[0] + third[0], ug: first[1] + second[1] + third[1] };
  }
  return { zh: first[0] + second[0], ug: first[1] + second[1] };
}

function extendBrand(rng: Random, brand: Brand): Brand {
  const extra = rng.pick(SYLLABLES);
  return { zh: brand.zh + extra[0], ug: brand.ug + extra[1] };
}

type Prefix = { zh: string; ug: string };

/** Place prefix of a company name: 新疆, the prefecture (乌鲁木齐, 巴州) or the county (库尔勒). */
function placePrefix(rng: Random, county: County): Prefix {
  const r = rng.next();
  const parent = findPrefecture(county.prefectureCode);
  if (r < 0.38 || !parent) return { zh: "新疆", ug: "شىنجاڭ" };
  if (r < 0.75 || county.kind === "district") return { zh: parent.short.zh, ug: parent.short.ug };
  return { zh: county.short.zh, ug: county.short.ug };
}

type IndustryWord = { zh: string; ug: string };

function industryWord(rng: Random, industry: IndustryDivision): IndustryWord {
  const index = Math.floor(rng.next() * industry.words.zh.length);
  return { zh: industry.words.zh[index], ug: industry.words.ug[index] };
}

type Form = { zh: string; ug: string };

function legalForm(rng: Random, typeCode: string, industry: IndustryDivision): Form {
  switch (typeCode) {
    case "joint-stock":
      return { zh: "股份有限公司", ug: "ھەسسىدارلىق چەكلىك شىركىتى" };
    case "partnership":
      return rng.chance(0.8)
        ? { zh: "合伙企业（有限合伙）", ug: "شېرىكچىلىك كارخانىسى (چەكلىك شېرىكچىلىك)" }
        : { zh: "合伙企业（普通合伙）", ug: "شېرىكچىلىك كارخانىسى (ئادەتتىكى شېرىكچىلىك)" };
    case "state-owned":
      return rng.chance(0.3) ? { zh: "总公司", ug: "باش شىركىتى" } : { zh: "公司", ug: "شىركىتى" };
    case "collective":
      return industry.section === "C" ? { zh: "厂", ug: "زاۋۇتى" } : { zh: "公司", ug: "شىركىتى" };
    case "sole-proprietorship":
      if (industry.section === "C") return { zh: "厂", ug: "زاۋۇتى" };
      if (industry.section === "F") return rng.chance(0.5) ? { zh: "经营部", ug: "تىجارەت بۆلۈمى" } : { zh: "商行", ug: "سودا دۇكىنى" };
      return { zh: "服务部", ug: "مۇلازىمەت بۆلۈمى" };
    default:
      return rng.chance(0.72) ? { zh: "有限公司", ug: "چەكلىك شىركىتى" } : { zh: "有限责任公司", ug: "چەكلىك مەسئۇلىيەت شىركىتى" };
  }
}

type ShopWord = { zh: string; ug: string };

/** What individual businesses call themselves, by industry division. */
const SHOP_WORDS: Readonly<Record<string, readonly ShopWord[]>> = {
  H62: [
    { zh: "馕店", ug: "نان دۇكىنى" },
    { zh: "拉面馆", ug: "لەڭمەن ئاشخانىسى" },
    { zh: "烤肉店", ug: "كاۋاپ دۇكىنى" },
    { zh: "抓饭馆", ug: "پولۇ ئاشخانىسى" },
    { zh: "餐厅", ug: "ئاشخانىسى" },
    { zh: "快餐店", ug: "تېز تاماق دۇكىنى" },
    { zh: "烤包子店", ug: "سامسا دۇكىنى" },
  ],
  F52: [
    { zh: "服装店", ug: "كىيىم-كېچەك دۇكىنى" },
    { zh: "超市", ug: "تاللا بازىرى" },
    { zh: "五金店", ug: "سايمان دۇكىنى" },
    { zh: "干果店", ug: "قۇرۇق مېۋە دۇكىنى" },
    { zh: "日用百货店", ug: "كۈندىلىك بۇيۇملار دۇكىنى" },
    { zh: "水果店", ug: "مېۋە دۇكىنى" },
    { zh: "农资店", ug: "يېزا ئىگىلىك ماتېرىياللىرى دۇكىنى" },
    { zh: "手机店", ug: "يانفون دۇكىنى" },
    { zh: "鞋店", ug: "ئاياغ دۇكىنى" },
    { zh: "茶叶店", ug: "چاي دۇكىنى" },
    { zh: "商行", ug: "سودا دۇكىنى" },
    { zh: "便利店", ug: "قولايلىق دۇكىنى" },
    { zh: "鲜肉店", ug: "گۆش دۇكىنى" },
    { zh: "艾德莱斯绸店", ug: "ئەتلەس دۇكىنى" },
  ],
  F51: [
    { zh: "批发部", ug: "توپ سودا دۇكىنى" },
    { zh: "经营部", ug: "تىجارەت بۆلۈمى" },
  ],
  O81: [
    { zh: "汽车维修部", ug: "ماشىنا رېمونت ئورنى" },
    { zh: "手机维修部", ug: "يانفون رېمونت دۇكىنى" },
    { zh: "家电维修部", ug: "ئائىلە ئېلېكتر سايمانلىرى رېمونت دۇكىنى" },
  ],
  O80: [
    { zh: "美发店", ug: "چاچ ياساش دۇكىنى" },
    { zh: "洗衣店", ug: "كىر يۇيۇش دۇكىنى" },
    { zh: "照相馆", ug: "سۈرەتخانىسى" },
    { zh: "裁缝店", ug: "تىككۈچىلىك دۇكىنى" },
  ],
  G54: [{ zh: "货运部", ug: "يۈك توشۇش ئورنى" }],
  C13: [
    { zh: "馕坊", ug: "نانۋايخانىسى" },
    { zh: "面粉加工坊", ug: "ئۇن تارتىش ئورنى" },
  ],
};

type CoopProduct = { zh: string; ug: string };

const COOP_PRODUCTS: Readonly<Record<string, { kind: CoopProduct; products: readonly CoopProduct[] }>> = {
  A01: {
    kind: { zh: "种植", ug: "تېرىقچىلىق" },
    products: [
      { zh: "红枣", ug: "چىلان" },
      { zh: "核桃", ug: "ياڭاق" },
      { zh: "棉花", ug: "پاختا" },
      { zh: "葡萄", ug: "ئۈزۈم" },
      { zh: "林果", ug: "مېۋە" },
      { zh: "蔬菜", ug: "كۆكتات" },
      { zh: "小麦", ug: "بۇغداي" },
      { zh: "苹果", ug: "ئالما" },
      { zh: "香梨", ug: "نەشپۈت" },
      { zh: "巴旦木", ug: "بادام" },
      { zh: "石榴", ug: "ئانار" },
      { zh: "甜瓜", ug: "قوغۇن" },
    ],
  },
  A03: {
    kind: { zh: "养殖", ug: "باقمىچىلىق" },
    products: [
      { zh: "牛羊", ug: "كالا-قوي" },
      { zh: "肉羊", ug: "قوي" },
      { zh: "奶牛", ug: "سۈت كالىسى" },
      { zh: "肉鸽", ug: "كەپتەر" },
      { zh: "家禽", ug: "ئۆي قۇشلىرى" },
      { zh: "马", ug: "ئات" },
    ],
  },
  A05: {
    kind: { zh: "服务", ug: "مۇلازىمەت" },
    products: [
      { zh: "农机", ug: "يېزا ئىگىلىك ماشىنىسى" },
      { zh: "植保", ug: "ئۆسۈملۈك قوغداش" },
    ],
  },
};

export type CompanyNameInput = {
  rng: Random;
  typeCode: string;
  county: County;
  industry: IndustryDivision;
  /** The legal representative / operator (individual businesses are often named after them). */
  person: Person;
  /** Also compose the Uyghur Arabic-script name. */
  withUg: boolean;
  /** Names already used in this register (current and former); the result is added to it. */
  taken: Set<string>;
};

function compose(input: CompanyNameInput, brand: Brand): EnterpriseName {
  const { rng, typeCode, county, industry, person, withUg } = input;

  if (typeCode === "individual-business") {
    const words = SHOP_WORDS[industry.code] ?? SHOP_WORDS.F52;
    const shop = rng.pick(words);
    const usePerson = rng.chance(0.6) && (!withUg || person.shortUg !== null);
    const zhName = usePerson ? person.shortZh : brand.zh;
    const ugName = usePerson ? person.shortUg : brand.ug;
    return {
      zh: `${countyFullNameZh(county)}${zhName}${shop.zh}`,
      ug: withUg ? `${ugName ?? brand.ug} ${shop.ug}` : null,
    };
  }

  if (typeCode === "farmers-cooperative") {
    const spec = COOP_PRODUCTS[industry.code] ?? COOP_PRODUCTS.A01;
    const product = rng.pick(spec.products);
    return {
      zh: `${countyFullNameZh(county)}${brand.zh}${product.zh}${spec.kind.zh}农民专业合作社`,
      ug: withUg ? `${county.names.ug} ${brand.ug} ${product.ug} ${spec.kind.ug} دېھقانلار كەسپىي كووپېراتىپى` : null,
    };
  }

  const word = industryWord(rng, industry);
  const form = legalForm(rng, typeCode, industry);

  if (typeCode === "sole-proprietorship") {
    // 汽车服务 + 服务部 → 汽车服务部; 商行 + 商行 → 商行.
    const overlap = ["服务", "商行", "经营"].find((part) => word.zh.endsWith(part) && form.zh.startsWith(part));
    const zhWord = overlap ? word.zh.slice(0, -overlap.length) : word.zh;
    return {
      zh: `${countyFullNameZh(county)}${brand.zh}${zhWord}${form.zh}`,
      ug: withUg ? `${county.short.ug} ${brand.ug} ${word.ug} ${form.ug}` : null,
    };
  }

  if (rng.chance(0.05)) {
    // Trade name first, region in brackets: 天山丝路（新疆）商贸有限公司.
    return {
      zh: `${brand.zh}（新疆）${word.zh}${form.zh}`,
      ug: withUg ? `${brand.ug} (شىنجاڭ) ${word.ug} ${form.ug}` : null,
    };
  }
  const prefix = placePrefix(rng, county);
  return {
    zh: `${prefix.zh}${brand.zh}${word.zh}${form.zh}`,
    ug: withUg ? `${prefix.ug} ${brand.ug} ${word.ug} ${form.ug}` : null,
  };
}

/** A new, unique enterprise name (recorded in `taken`). */
export function createCompanyName(input: CompanyNameInput): EnterpriseName {
  const { rng, taken } = input;
  let brand = randomBrand(rng);
  for (let attempt = 0; attempt < 8; attempt++) {
    const name = compose(input, brand);
    if (!taken.has(name.zh)) {
      taken.add(name.zh);
      return name;
    }
    brand = attempt < 5 ? randomBrand(rng) : extendBrand(rng, brand);
  }
  // Practically unreachable: distinguish with an ordinal.
  const base = compose(input, extendBrand(rng, brand));
  for (let n = 2; ; n++) {
    const ordinal = n < ZH_NUMBERS.length ? ZH_NUMBERS[n] : String(n);
    const zh = `${base.zh}（第${ordinal}）`;
    if (!taken.has(zh)) {
      taken.add(zh);
      return { zh, ug: base.ug === null ? null : `${base.ug} (${n})` };
    }
  }
}

export type BranchNameInput = {
  parent: EnterpriseName;
  parentPrefectureCode: string;
  county: County;
  taken: Set<string>;
};

/** 新疆天山丝路商贸有限公司喀什分公司; in the parent's own prefecture the county name is used. */
export function createBranchName({ parent, parentPrefectureCode, county, taken }: BranchNameInput): EnterpriseName {
  const prefecture = findPrefecture(county.prefectureCode);
  const samePrefecture = county.prefectureCode === parentPrefectureCode || !prefecture;
  const placeZh = samePrefecture ? county.names.zh : prefecture.short.zh;
  const placeUg = samePrefecture ? county.short.ug : prefecture.short.ug;
  for (let n = 1; ; n++) {
    const ordinalZh = n === 1 ? "" : `第${n < ZH_NUMBERS.length ? ZH_NUMBERS[n] : String(n)}`;
    const zh = `${parent.zh}${placeZh}${ordinalZh}分公司`;
    if (!taken.has(zh)) {
      taken.add(zh);
      const ordinalUg = n === 1 ? "" : `${n}-`;
      return { zh, ug: parent.ug === null ? null : `${parent.ug} ${placeUg} ${ordinalUg}شۆبە شىركىتى` };
    }
  }
}
