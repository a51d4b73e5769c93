/**
 * Natural persons for the demo register: names as registered (Han names; Uyghur and Kazakh names
 * in Chinese transliteration with the middle dot, plus the Arabic-script form), resident ID numbers
 * (GB 11643-1999) and mobile numbers.
 */
import { COUNTIES } from "../../../lib/dictionaries/regions";
import { residentIdCheckChar } from "../../../lib/codes/resident-id";
import { civilFromDay, dayFromCivil } from "./dates";
import type { Random } from "./random";

export type Ethnicity = "han" | "uyghur" | "kazakh";

export type Person = {
  /** The name as registered, in Chinese characters: 王建华, 艾力·买买提. */
  zh: string;
  /** The name in Uyghur Arabic script, for Uyghur and Kazakh names; null for Han names. */
  ug: string | null;
  /** The part used in shop names: 艾力 / ئەلى, or the full Han name. */
  shortZh: string;
  shortUg: string | null;
  ethnicity: Ethnicity;
  isMale: boolean;
  idNumber: string;
};

type NamePair = readonly [zh: string, ug: string];

// ——— Han names ———
const HAN_SURNAMES: readonly string[] = [
  ..."王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤",
];
// Weighted towards the most common surnames by listing the top ones again.
const HAN_SURNAME_POOL: readonly string[] = [...HAN_SURNAMES, ..."王李张刘陈杨赵黄周吴王李张刘陈马"];
const HAN_MALE_CHARS: readonly string[] = [..."伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志新文斌海亮成东振江晓军永伟德"];
const HAN_FEMALE_CHARS: readonly string[] = [..."芳娜敏静丽艳娟霞秀玲桂英兰萍红梅琳燕婷雪慧倩颖洁晶瑶琴佳欣悦璐丹莉晓月春"];

// ——— Uyghur names: [Chinese transliteration, Arabic script] ———
const UYGHUR_MALE: readonly NamePair[] = [
  ["艾力", "ئەلى"],
  ["买买提", "مەمەت"],
  ["麦麦提", "مەمەت"],
  ["艾则孜", "ئەزىز"],
  ["阿不都热合曼", "ئابدۇراخمان"],
  ["阿不都拉", "ئابدۇللا"],
  ["吐尔逊", "تۇرسۇن"],
  ["艾合买提", "ئەخمەت"],
  ["热合曼", "راخمان"],
  ["玉素甫", "يۈسۈپ"],
  ["依明", "ئىمىن"],
  ["努尔买买提", "نۇرمەمەت"],
  ["艾克拜尔", "ئەكبەر"],
  ["亚森", "ياسىن"],
  ["库尔班", "قۇربان"],
  ["司马义", "ئىسمائىل"],
  ["阿迪力", "ئادىل"],
  ["买合木提", "مەھمۇت"],
  ["塔依尔", "تاھىر"],
  ["肉孜", "روزى"],
  ["吾斯曼", "ئوسمان"],
  ["热西提", "رەشىت"],
  ["伊力哈木", "ئىلھام"],
  ["阿里木", "ئالىم"],
  ["卡德尔", "قادىر"],
  ["艾尔肯", "ئەركىن"],
  ["帕尔哈提", "پەرھات"],
  ["吐尔洪", "تۇرغۇن"],
  ["米吉提", "مىجىت"],
  ["阿不都热依木", "ئابدۇرېھىم"],
  ["艾山", "ھەسەن"],
  ["玉山", "ھۈسەن"],
  ["牙合甫", "ياقۇپ"],
  ["吐尔地", "تۇردى"],
  ["阿布来提", "ئابلەت"],
  ["买买提明", "مەمتىمىن"],
  ["艾买提", "ئەھمەت"],
  ["木合塔尔", "مۇختەر"],
  ["伊斯拉木", "ئىسلام"],
  ["努尔艾力", "نۇرئەلى"],
];
const UYGHUR_FEMALE: readonly NamePair[] = [
  ["阿依古丽", "ئايگۈل"],
  ["古丽米热", "گۈلمىرە"],
  ["帕提古丽", "پاتىگۈل"],
  ["热依拉", "رەيلا"],
  ["迪丽努尔", "دىلنۇر"],
  ["阿依努尔", "ئاينۇر"],
  ["古丽巴哈尔", "گۈلباھار"],
  ["努尔古丽", "نۇرگۈل"],
  ["米合热古丽", "مېھرىگۈل"],
  ["祖丽胡玛尔", "زۇلھۇمار"],
  ["阿孜古丽", "ئازىگۈل"],
  ["帕丽达", "پەرىدە"],
  ["再努尔", "زەينۇر"],
  ["布阿依谢姆", "بۇئايشەم"],
  ["萨拉麦提", "سالامەت"],
  ["古再丽努尔", "گۈزەلنۇر"],
  ["迪丽拜尔", "دىلبەر"],
  ["热娜", "رەنا"],
  ["阿娜尔古丽", "ئانارگۈل"],
  ["吐尼沙", "تۇنىسا"],
  ["阿米娜", "ئامىنە"],
  ["麦尔哈巴", "مەرھابا"],
  ["祖力菲亚", "زۇلپىيە"],
  ["穆凯热姆", "مۇكەررەم"],
];

// ——— Kazakh names ———
const KAZAKH_MALE: readonly NamePair[] = [
  ["叶尔兰", "ئېرلان"],
  ["努尔兰", "نۇرلان"],
  ["巴合提", "باقىت"],
  ["哈那提", "قانات"],
  ["阿斯哈尔", "ئاسقار"],
  ["别克", "بەك"],
  ["叶尔波力", "ئېربول"],
  ["加恩斯", "جانىس"],
  ["胡安德克", "قۋاندىق"],
];
const KAZAKH_FEMALE: readonly NamePair[] = [
  ["古丽娜尔", "گۈلنار"],
  ["阿依达娜", "ئايدانا"],
  ["加娜尔", "جانار"],
  ["阿依古丽", "ئايگۈل"],
  ["沙吾列", "ساۋلە"],
];

/** Birth places outside Xinjiang for part of the Han population (real GB/T 2260 codes). */
const OTHER_PROVINCE_CODES: readonly string[] = ["410102", "410305", "510104", "510703", "620102", "620502", "371302", "340102", "130102", "610103"];

const XINJIANG_CODES: readonly string[] = COUNTIES.map((county) => county.code);

// GB 11643 check characters live in lib/codes/resident-id.ts (forms check them too).
export { isValidResidentId, residentIdCheckChar } from "../../../lib/codes/resident-id";

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** A valid resident ID number: division + birth date + sequence (odd for men) + check character. */
export function makeResidentId(rng: Random, division: string, birthDay: number, isMale: boolean): string {
  const [y, m, d] = civilFromDay(birthDay);
  let sequence = rng.int(0, 499) * 2 + (isMale ? 1 : 0);
  if (sequence > 999) sequence -= 2;
  const first17 = `${division}${y}${pad(m, 2)}${pad(d, 2)}${pad(sequence, 3)}`;
  return first17 + residentIdCheckChar(first17);
}

/** A mainland mobile number: 1[3-9] followed by 9 digits. */
export function mobilePhone(rng: Random): string {
  return `1${rng.int(3, 9)}${rng.digits(9)}`;
}

export type PersonOptions = {
  /** County where the person lives (most are born in it or nearby). */
  countyCode: string;
  /** Share of Uyghur names in this place (0–1). */
  uyghurShare: number;
  /** Share of Kazakh names in this place (0–1). */
  kazakhShare: number;
  /** Day number the person must be adult on. */
  adultOn: number;
  isMale?: boolean;
};

function birthDivision(rng: Random, ethnicity: Ethnicity, countyCode: string): string {
  const r = rng.next();
  if (ethnicity === "han" && r < 0.22) return rng.pick(OTHER_PROVINCE_CODES);
  if (r < 0.7) return countyCode;
  return rng.pick(XINJIANG_CODES);
}

/** A natural person aged 20–68 on `adultOn`. */
export function createPerson(rng: Random, options: PersonOptions): Person {
  const r = rng.next();
  const ethnicity: Ethnicity = r < options.uyghurShare ? "uyghur" : r < options.uyghurShare + options.kazakhShare ? "kazakh" : "han";
  const isMale = options.isMale ?? rng.chance(0.68);
  const birthDay = options.adultOn - rng.int(20 * 365, 68 * 365);
  const idNumber = makeResidentId(rng, birthDivision(rng, ethnicity, options.countyCode), birthDay, isMale);

  if (ethnicity === "han") {
    const chars = isMale ? HAN_MALE_CHARS : HAN_FEMALE_CHARS;
    const given = rng.chance(0.3) ? rng.pick(chars) : rng.pick(chars) + rng.pick(chars);
    const zh = rng.pick(HAN_SURNAME_POOL) + given;
    return { zh, ug: null, shortZh: zh, shortUg: null, ethnicity, isMale, idNumber };
  }
  const pool = ethnicity === "uyghur" ? (isMale ? UYGHUR_MALE : UYGHUR_FEMALE) : isMale ? KAZAKH_MALE : KAZAKH_FEMALE;
  const fathers = ethnicity === "uyghur" ? UYGHUR_MALE : KAZAKH_MALE;
  const given = rng.pick(pool);
  let father = rng.pick(fathers);
  if (father[0] === given[0]) father = rng.pick(fathers);
  return {
    zh: `${given[0]}·${father[0]}`,
    ug: `${given[1]} ${father[1]}`,
    shortZh: given[0],
    shortUg: given[1],
    ethnicity,
    isMale,
    idNumber,
  };
}

/** Share of Uyghur and Kazakh names among people registered in a prefecture. */
export const POPULATION_MIX: Readonly<Record<string, { uyghur: number; kazakh: number }>> = {
  "650100": { uyghur: 0.4, kazakh: 0.03 },
  "650200": { uyghur: 0.2, kazakh: 0.05 },
  "650400": { uyghur: 0.72, kazakh: 0 },
  "650500": { uyghur: 0.3, kazakh: 0.08 },
  "652300": { uyghur: 0.15, kazakh: 0.1 },
  "652700": { uyghur: 0.2, kazakh: 0.12 },
  "652800": { uyghur: 0.42, kazakh: 0 },
  "652900": { uyghur: 0.76, kazakh: 0 },
  "653000": { uyghur: 0.66, kazakh: 0 },
  "653100": { uyghur: 0.9, kazakh: 0 },
  "653200": { uyghur: 0.95, kazakh: 0 },
  "654000": { uyghur: 0.45, kazakh: 0.2 },
  "654200": { uyghur: 0.12, kazakh: 0.25 },
  "654300": { uyghur: 0.05, kazakh: 0.45 },
};
