/**
 * Registered addresses: 新疆维吾尔自治区 + prefecture + county + road + number (+ building/room),
 * or a township/village address for farms and cooperatives.
 */
import { countyFullNameZh, findPrefecture, type County } from "../../../lib/dictionaries/regions";
import type { Random } from "./random";

/** Real street names of some cities; elsewhere the roads most Xinjiang towns have. */
const ROADS_BY_COUNTY: Readonly<Record<string, readonly string[]>> = {
  "650102": ["解放南路", "解放北路", "新华南路", "新华北路", "人民路", "中山路", "团结路", "延安路", "和平南路", "大湾北路", "胜利路", "光明路"],
  "650103": ["友好南路", "友好北路", "西虹东路", "西虹西路", "克拉玛依西路", "扬子江路", "黄河路", "仓房沟北路", "西北路", "奇台路"],
  "650104": ["北京南路", "北京中路", "北京北路", "长春南路", "河北东路", "苏州路", "喀什东路", "银川路", "南纬路", "天津北路", "高新街"],
  "650105": ["南湖南路", "南湖北路", "会展大道", "温泉东路", "七道湾路", "新民路", "昆明路", "西山路"],
  "650106": ["高铁北五路", "乌昌大道", "长沙路", "嵩山街", "阿里山街", "天山街", "澎湖路"],
  "650107": ["达坂城路", "盐湖路", "迎宾路"],
  "650109": ["米东南路", "米东北路", "振兴路", "友谊路", "古牧地东路", "古牧地西路"],
  "650121": ["板房沟路", "水西沟路", "永丰路"],
  "650203": ["准噶尔路", "友谊路", "迎宾大道", "塔河路", "昆仑路", "南新路"],
  "652301": ["延安北路", "北京南路", "建国西路", "宁边路", "世纪大道", "长宁路"],
  "652801": ["人民东路", "人民西路", "石化大道", "萨依巴格路", "建国北路", "交通西路", "梨香路"],
  "652901": ["西大街", "东大街", "迎宾路", "南大街", "英巴格路", "塔北路"],
  "653101": ["解放北路", "解放南路", "人民东路", "人民西路", "色满路", "克孜都维路", "吾斯塘博依路", "世纪大道"],
  "653201": ["北京西路", "北京东路", "杭州大道", "塔乃依北路", "古江巴格路", "文化路"],
  "654002": ["解放西路", "斯大林街", "新华西路", "阿合买提江街", "飞机场路", "伊犁河路"],
};

const COMMON_ROADS: readonly string[] = [
  "人民路", "解放路", "建设路", "团结路", "文化路", "迎宾路", "友好路", "光明路", "胜利路", "和平路",
  "幸福路", "新华路", "民主路", "天山路", "长江路", "黄河路", "北京路", "上海路", "振兴路", "工业园区纬二路",
  "东环路", "西环路", "南环路", "北环路", "世纪大道", "新城大道", "广场路", "丝路大道",
];

const BUILDINGS: readonly string[] = [
  "大厦", "广场", "国际大厦", "商务中心", "金融大厦", "财富中心", "综合楼", "商住楼", "科技大厦", "写字楼",
];

const BUILDING_BRANDS: readonly string[] = ["天山", "时代", "中天", "汇嘉", "华凌", "宏源", "鸿福", "昆仑", "银都", "金石", "美居", "泰和", "新天", "丝路"];

const TOWNSHIPS: readonly string[] = [
  "托格拉克乡", "阿瓦提乡", "英阿瓦提乡", "阿克其乡", "库木巴格乡", "巴格其镇", "喀拉苏乡", "英吾斯塘乡",
  "阿热勒乡", "铁提尔乡", "兰干乡", "夏马勒乡", "园艺场", "团结乡", "红旗镇", "乌兰乌苏镇",
];

const VILLAGES: readonly string[] = [
  "阿热勒村", "英阿瓦提村", "托万克村", "巴格其村", "库木巴格村", "阿克塔木村", "喀拉墩村", "其兰巴格村",
  "博斯坦村", "吐格曼贝希村", "永兴村", "新丰村", "团结村", "幸福村", "光明村", "红星村",
];

function streetPart(rng: Random, county: County): string {
  const roads = ROADS_BY_COUNTY[county.code] ?? COMMON_ROADS;
  const road = rng.chance(0.85) ? rng.pick(roads) : rng.pick(COMMON_ROADS);
  let text = `${road}${rng.int(1, 999)}号`;
  const r = rng.next();
  if (r < 0.35) {
    text += `${rng.pick(BUILDING_BRANDS)}${rng.pick(BUILDINGS)}${rng.int(2, 28)}层${rng.int(1, 28)}${String(rng.int(1, 20)).padStart(2, "0")}室`;
  } else if (r < 0.6) {
    text += `${rng.int(1, 12)}栋${rng.int(1, 6)}单元${rng.int(1, 6)}0${rng.int(1, 8)}室`;
  } else if (r < 0.75) {
    text += `${rng.int(1, 30)}号商铺`;
  }
  return text;
}

/** "新疆维吾尔自治区" + prefecture (unless the county is a district of it) + county + street. */
export function regionPrefix(county: County): string {
  const parent = findPrefecture(county.prefectureCode);
  const countyPart = countyFullNameZh(county);
  const prefecturePart = parent && !countyPart.startsWith(parent.names.zh) ? parent.names.zh : "";
  return `新疆维吾尔自治区${prefecturePart}${countyPart}`;
}

/** A street address in the county. */
export function createAddress(rng: Random, county: County): string {
  return `${regionPrefix(county)}${streetPart(rng, county)}`;
}

/** A township / village address (farms, cooperatives, rural shops). */
export function createRuralAddress(rng: Random, county: County): string {
  if (county.kind === "district" && county.prefectureCode === "650100" && county.code !== "650121" && county.code !== "650107") {
    return createAddress(rng, county);
  }
  return `${regionPrefix(county)}${rng.pick(TOWNSHIPS)}${rng.pick(VILLAGES)}${rng.int(1, 12)}组${rng.int(1, 120)}号`;
}
