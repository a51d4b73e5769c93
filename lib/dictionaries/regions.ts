/**
 * Administrative divisions of the Xinjiang Uygur Autonomous Region (GB/T 2260): the region, its
 * 14 prefecture-level units and a selection of their county-level divisions, with names in
 * Chinese, Uyghur (Arabic script) and English.
 *
 * Besides the display names each unit carries the short forms used inside company and authority
 * names (乌鲁木齐 / ئۈرۈمچى, 天山区 → ئۈرۈمچى شەھەرلىك تەڭرىتاغ رايونلۇق …).
 */
import type { TermNames } from "./types";

export const REGION_CODE = "650000";

export type PrefectureKind = "city" | "prefecture" | "autonomous-prefecture";
export type CountyKind = "district" | "county" | "city" | "autonomous-county";

export type Prefecture = {
  code: string;
  kind: PrefectureKind;
  names: TermNames;
  /** Without the administrative suffix: 乌鲁木齐, 巴州, ئۈرۈمچى, Ürümqi. */
  short: TermNames;
  /** Uyghur attributive form used before an institution: ئۈرۈمچى شەھەرلىك. */
  ugAttributive: string;
  /** Abbreviation used in document numbers: 乌, 喀地, 巴州. */
  zhAbbr: string;
  /** Telephone area code (without the leading 0 trunk prefix it is written 0991). */
  areaCode: string;
  postcode: string;
};

export type County = {
  code: string;
  prefectureCode: string;
  kind: CountyKind;
  names: TermNames;
  short: TermNames;
  ugAttributive: string;
  /** Relative number of market entities registered there. */
  weight: number;
};

export type Region = {
  code: string;
  names: TermNames;
  short: TermNames;
  ugAttributive: string;
};

export const REGION: Region = {
  code: REGION_CODE,
  names: { zh: "新疆维吾尔自治区", ug: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى", en: "Xinjiang Uygur Autonomous Region" },
  short: { zh: "新疆", ug: "شىنجاڭ", en: "Xinjiang" },
  ugAttributive: "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق",
};

function prefecture(
  code: string,
  kind: PrefectureKind,
  zh: string,
  zhShort: string,
  zhAbbr: string,
  ugStem: string,
  ugShort: string,
  enShort: string,
  enStem: string,
  areaCode: string,
  postcode: string,
): Prefecture {
  const ug =
    kind === "city" ? `${ugStem} شەھىرى` : kind === "prefecture" ? `${ugStem} ۋىلايىتى` : `${ugStem} ئاپتونوم ئوبلاستى`;
  const ugAttributive =
    kind === "city"
      ? `${ugStem} شەھەرلىك`
      : kind === "prefecture"
        ? `${ugStem} ۋىلايەتلىك`
        : `${ugStem} ئاپتونوم ئوبلاستلىق`;
  const en = kind === "city" ? enStem : kind === "prefecture" ? `${enStem} Prefecture` : `${enStem} Autonomous Prefecture`;
  return {
    code,
    kind,
    names: { zh, ug, en },
    short: { zh: zhShort, ug: ugShort, en: enShort },
    ugAttributive,
    zhAbbr,
    areaCode,
    postcode,
  };
}

export const PREFECTURES: readonly Prefecture[] = [
  prefecture("650100", "city", "乌鲁木齐市", "乌鲁木齐", "乌", "ئۈرۈمچى", "ئۈرۈمچى", "Ürümqi", "Ürümqi", "0991", "830000"),
  prefecture("650200", "city", "克拉玛依市", "克拉玛依", "克", "قاراماي", "قاراماي", "Karamay", "Karamay", "0990", "834000"),
  prefecture("650400", "city", "吐鲁番市", "吐鲁番", "吐", "تۇرپان", "تۇرپان", "Turpan", "Turpan", "0995", "838000"),
  prefecture("650500", "city", "哈密市", "哈密", "哈", "قۇمۇل", "قۇمۇل", "Hami", "Hami", "0902", "839000"),
  prefecture("652300", "autonomous-prefecture", "昌吉回族自治州", "昌吉", "昌州", "سانجى خۇيزۇ", "سانجى", "Changji", "Changji Hui", "0994", "831100"),
  prefecture("652700", "autonomous-prefecture", "博尔塔拉蒙古自治州", "博州", "博州", "بۆرتالا موڭغۇل", "بۆرتالا", "Bortala", "Bortala Mongol", "0909", "833400"),
  prefecture("652800", "autonomous-prefecture", "巴音郭楞蒙古自治州", "巴州", "巴州", "بايىنغولىن موڭغۇل", "بايىنغولىن", "Bayingolin", "Bayingolin Mongol", "0996", "841000"),
  prefecture("652900", "prefecture", "阿克苏地区", "阿克苏", "阿地", "ئاقسۇ", "ئاقسۇ", "Aksu", "Aksu", "0997", "843000"),
  prefecture("653000", "autonomous-prefecture", "克孜勒苏柯尔克孜自治州", "克州", "克州", "قىزىلسۇ قىرغىز", "قىزىلسۇ", "Kizilsu", "Kizilsu Kirghiz", "0908", "845350"),
  prefecture("653100", "prefecture", "喀什地区", "喀什", "喀地", "قەشقەر", "قەشقەر", "Kashgar", "Kashgar", "0998", "844000"),
  prefecture("653200", "prefecture", "和田地区", "和田", "和地", "خوتەن", "خوتەن", "Hotan", "Hotan", "0903", "848000"),
  prefecture("654000", "autonomous-prefecture", "伊犁哈萨克自治州", "伊犁", "伊州", "ئىلى قازاق", "ئىلى", "Ili", "Ili Kazakh", "0999", "835000"),
  prefecture("654200", "prefecture", "塔城地区", "塔城", "塔地", "تارباغاتاي", "تارباغاتاي", "Tacheng", "Tacheng", "0901", "834700"),
  prefecture("654300", "prefecture", "阿勒泰地区", "阿勒泰", "阿勒泰地", "ئالتاي", "ئالتاي", "Altay", "Altay", "0906", "836500"),
];

const ZH_SUFFIX = /(哈萨克|蒙古|回族|锡伯|塔吉克|柯尔克孜)?自治县$|区$|县$|市$/;

/**
 * A county-level division. `ugStem` is the Uyghur name without its suffix ("تەڭرىتاغ",
 * "باركۆل قازاق" for an autonomous county); `ugShort` defaults to the stem.
 */
function county(
  code: string,
  kind: CountyKind,
  zh: string,
  ugStem: string,
  enStem: string,
  weight: number,
  ugShort: string = ugStem,
  enShort: string = enStem,
): County {
  const ug =
    kind === "district"
      ? `${ugStem} رايونى`
      : kind === "county"
        ? `${ugStem} ناھىيىسى`
        : kind === "city"
          ? `${ugStem} شەھىرى`
          : `${ugStem} ئاپتونوم ناھىيىسى`;
  const ugAttributive =
    kind === "district"
      ? `${ugStem} رايونلۇق`
      : kind === "county"
        ? `${ugStem} ناھىيىلىك`
        : kind === "city"
          ? `${ugStem} شەھەرلىك`
          : `${ugStem} ئاپتونوم ناھىيىلىك`;
  const en =
    kind === "district"
      ? `${enStem} District`
      : kind === "county"
        ? `${enStem} County`
        : kind === "city"
          ? `${enStem} City`
          : `${enStem} Autonomous County`;
  return {
    code,
    prefectureCode: `${code.slice(0, 4)}00`,
    kind,
    names: { zh, ug, en },
    short: { zh: zh.replace(ZH_SUFFIX, ""), ug: ugShort, en: enShort },
    ugAttributive,
    weight,
  };
}

export const COUNTIES: readonly County[] = [
  // 乌鲁木齐市: most companies of the region are registered here.
  county("650102", "district", "天山区", "تەڭرىتاغ", "Tianshan", 9),
  county("650103", "district", "沙依巴克区", "سايباغ", "Saybag", 9),
  county("650104", "district", "新市区", "يېڭىشەھەر", "Xinshi", 10),
  county("650105", "district", "水磨沟区", "شۇيموگۇ", "Shuimogou", 6),
  county("650106", "district", "头屯河区", "تۇدۇڭخابا", "Toutunhe", 4),
  county("650107", "district", "达坂城区", "داۋانچىڭ", "Dabancheng", 0.8),
  county("650109", "district", "米东区", "مىدۇڭ", "Midong", 4),
  county("650121", "county", "乌鲁木齐县", "ئۈرۈمچى", "Ürümqi", 0.8),
  // 克拉玛依市
  county("650202", "district", "独山子区", "مايتاغ", "Dushanzi", 0.8),
  county("650203", "district", "克拉玛依区", "قاراماي", "Karamay", 2),
  county("650204", "district", "白碱滩区", "جەرەنبۇلاق", "Baijiantan", 0.6),
  county("650205", "district", "乌尔禾区", "ئورقۇ", "Urho", 0.3),
  // 吐鲁番市
  county("650402", "district", "高昌区", "قاراغوجا", "Gaochang", 1.8),
  county("650421", "county", "鄯善县", "پىچان", "Shanshan", 0.9),
  county("650422", "county", "托克逊县", "توقسۇن", "Toksun", 0.6),
  // 哈密市
  county("650502", "district", "伊州区", "ئىۋىرغول", "Yizhou", 2),
  county("650521", "autonomous-county", "巴里坤哈萨克自治县", "باركۆل قازاق", "Barkol Kazakh", 0.4, "باركۆل", "Barkol"),
  county("650522", "county", "伊吾县", "ئارا تۈرۈك", "Yiwu", 0.2),
  // 昌吉回族自治州
  county("652301", "city", "昌吉市", "سانجى", "Changji", 3),
  county("652302", "city", "阜康市", "فۇكاڭ", "Fukang", 0.9),
  county("652323", "county", "呼图壁县", "قۇتۇبى", "Hutubi", 0.7),
  county("652324", "county", "玛纳斯县", "ماناس", "Manas", 0.7),
  county("652325", "county", "奇台县", "گۇچۇڭ", "Qitai", 0.8),
  county("652327", "county", "吉木萨尔县", "جىمسار", "Jimsar", 0.5),
  county("652328", "autonomous-county", "木垒哈萨克自治县", "مورى قازاق", "Mori Kazakh", 0.3, "مورى", "Mori"),
  // 博尔塔拉蒙古自治州
  county("652701", "city", "博乐市", "بۆرتالا", "Bole", 1.4),
  county("652702", "city", "阿拉山口市", "ئالاتاۋ ئېغىزى", "Alashankou", 0.3),
  county("652722", "county", "精河县", "جىڭ", "Jinghe", 0.5),
  county("652723", "county", "温泉县", "ئارىشاڭ", "Wenquan", 0.3),
  // 巴音郭楞蒙古自治州
  county("652801", "city", "库尔勒市", "كورلا", "Korla", 4),
  county("652822", "county", "轮台县", "بۈگۈر", "Luntai", 0.6),
  county("652823", "county", "尉犁县", "لوپنۇر", "Yuli", 0.5),
  county("652824", "county", "若羌县", "چاقىلىق", "Ruoqiang", 0.3),
  county("652825", "county", "且末县", "چەرچەن", "Qiemo", 0.3),
  county("652826", "autonomous-county", "焉耆回族自治县", "قاراشەھەر خۇيزۇ", "Yanqi Hui", 0.6, "قاراشەھەر", "Yanqi"),
  county("652827", "county", "和静县", "خېجىڭ", "Hejing", 0.5),
  county("652829", "county", "博湖县", "باغراش", "Bohu", 0.3),
  // 阿克苏地区
  county("652901", "city", "阿克苏市", "ئاقسۇ", "Aksu", 3),
  county("652902", "city", "库车市", "كۇچا", "Kuqa", 1.5),
  county("652922", "county", "温宿县", "ئونسۇ", "Wensu", 0.8),
  county("652924", "county", "沙雅县", "شايار", "Xayar", 0.7),
  county("652925", "county", "新和县", "توقسۇ", "Xinhe", 0.5),
  county("652926", "county", "拜城县", "باي", "Baicheng", 0.6),
  county("652927", "county", "乌什县", "ئۇچتۇرپان", "Wushi", 0.5),
  county("652928", "county", "阿瓦提县", "ئاۋات", "Awat", 0.6),
  // 克孜勒苏柯尔克孜自治州
  county("653001", "city", "阿图什市", "ئاتۇش", "Artux", 1),
  county("653022", "county", "阿克陶县", "ئاقتو", "Akto", 0.5),
  county("653023", "county", "阿合奇县", "ئاقچى", "Akqi", 0.2),
  county("653024", "county", "乌恰县", "ئۇلۇغچات", "Ulugqat", 0.3),
  // 喀什地区
  county("653101", "city", "喀什市", "قەشقەر", "Kashgar", 4),
  county("653121", "county", "疏附县", "كونا شەھەر", "Shufu", 1),
  county("653122", "county", "疏勒县", "يېڭىشەھەر", "Shule", 1),
  county("653125", "county", "莎车县", "يەكەن", "Shache", 1.5),
  county("653126", "county", "叶城县", "قاغىلىق", "Yecheng", 1),
  county("653129", "county", "伽师县", "پەيزىۋات", "Jiashi", 0.7),
  county("653130", "county", "巴楚县", "مارالبېشى", "Bachu", 0.7),
  county("653131", "autonomous-county", "塔什库尔干塔吉克自治县", "تاشقورغان تاجىك", "Taxkorgan Tajik", 0.2, "تاشقورغان", "Taxkorgan"),
  // 和田地区
  county("653201", "city", "和田市", "خوتەن", "Hotan", 2),
  county("653221", "county", "和田县", "خوتەن", "Hotan", 0.7),
  county("653222", "county", "墨玉县", "قاراقاش", "Moyu", 0.8),
  county("653223", "county", "皮山县", "گۇما", "Pishan", 0.5),
  county("653224", "county", "洛浦县", "لوپ", "Lop", 0.6),
  county("653225", "county", "策勒县", "چىرا", "Qira", 0.4),
  county("653226", "county", "于田县", "كېرىيە", "Yutian", 0.5),
  county("653227", "county", "民丰县", "نىيە", "Minfeng", 0.2),
  // 伊犁哈萨克自治州
  county("654002", "city", "伊宁市", "غۇلجا", "Yining", 3),
  county("654003", "city", "奎屯市", "كۈيتۇن", "Kuytun", 1.5),
  county("654004", "city", "霍尔果斯市", "قورغاس", "Horgos", 1),
  county("654021", "county", "伊宁县", "غۇلجا", "Yining", 0.8),
  county("654022", "autonomous-county", "察布查尔锡伯自治县", "چاپچال شىبە", "Qapqal Xibe", 0.6, "چاپچال", "Qapqal"),
  county("654023", "county", "霍城县", "قورغاس", "Huocheng", 0.7),
  county("654025", "county", "新源县", "كۈنەس", "Xinyuan", 0.6),
  county("654028", "county", "尼勒克县", "نىلقا", "Nilka", 0.4),
  // 塔城地区
  county("654201", "city", "塔城市", "چۆچەك", "Tacheng", 1),
  county("654202", "city", "乌苏市", "شىخۇ", "Wusu", 1),
  county("654221", "county", "额敏县", "دۆربىلجىن", "Emin", 0.6),
  county("654224", "county", "托里县", "تولى", "Toli", 0.3),
  county("654225", "county", "裕民县", "چاغانتوقاي", "Yumin", 0.2),
  county("654226", "autonomous-county", "和布克赛尔蒙古自治县", "قوبۇقسار موڭغۇل", "Hoboksar Mongol", 0.3, "قوبۇقسار", "Hoboksar"),
  // 阿勒泰地区
  county("654301", "city", "阿勒泰市", "ئالتاي", "Altay", 1.2),
  county("654321", "county", "布尔津县", "بۇرچىن", "Burqin", 0.4),
  county("654322", "county", "富蕴县", "كۆكتوقاي", "Fuyun", 0.4),
  county("654323", "county", "福海县", "بۇرۇلتوقاي", "Fuhai", 0.3),
  county("654324", "county", "哈巴河县", "قابا", "Habahe", 0.3),
  county("654325", "county", "青河县", "چىڭگىل", "Qinghe", 0.2),
  county("654326", "county", "吉木乃县", "جېمىنەي", "Jeminay", 0.2),
];

const PREFECTURE_BY_CODE = new Map(PREFECTURES.map((item) => [item.code, item]));
const COUNTY_BY_CODE = new Map(COUNTIES.map((item) => [item.code, item]));

export function findPrefecture(code: string): Prefecture | undefined {
  return PREFECTURE_BY_CODE.get(code);
}

export function findCounty(code: string): County | undefined {
  return COUNTY_BY_CODE.get(code);
}

/** The county, prefecture or region with this GB/T 2260 code. */
export function findRegion(code: string): County | Prefecture | Region | undefined {
  if (code === REGION_CODE) return REGION;
  return COUNTY_BY_CODE.get(code) ?? PREFECTURE_BY_CODE.get(code);
}

/** The prefecture-level unit a county (or prefecture) code belongs to. */
export function prefectureOf(code: string): Prefecture | undefined {
  return PREFECTURE_BY_CODE.get(`${code.slice(0, 4)}00`);
}

/** Counties of one prefecture. */
export function countiesOf(prefectureCode: string): County[] {
  return COUNTIES.filter((item) => item.prefectureCode === prefectureCode);
}

/**
 * The registered form of a county's name inside a longer Chinese name: districts of a
 * prefecture-level city carry the city (乌鲁木齐市天山区), other counties stand alone (莎车县).
 */
export function countyFullNameZh(item: County): string {
  const parent = PREFECTURE_BY_CODE.get(item.prefectureCode);
  return item.kind === "district" && parent ? `${parent.names.zh}${item.names.zh}` : item.names.zh;
}
