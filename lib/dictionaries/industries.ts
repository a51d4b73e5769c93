/**
 * Industry classification GB/T 4754-2017: the 20 sections (门类 A–T) and the divisions (大类)
 * most often registered, coded section letter + 2-digit division ("F51").
 *
 * Each division also carries the words companies put into their names (商贸, 建筑工程…) in
 * Chinese, Uyghur and English — index-aligned, so words.zh[i], words.ug[i] and words.en[i] say the
 * same thing — and a few business-scope texts (经营范围) in the style of current registrations.
 */
import type { TermNames } from "./types";

export type IndustrySection = { code: string; names: TermNames };

export type IndustryWords = { zh: readonly string[]; ug: readonly string[]; en: readonly string[] };

export type IndustryDivision = {
  /** Section letter + 2-digit division, e.g. "F51". */
  code: string;
  section: string;
  names: TermNames;
  words: IndustryWords;
  /** Business-scope texts (经营范围) as registered. */
  scopes: readonly string[];
  /** Relative frequency among companies. */
  weight: number;
};

export const INDUSTRY_SECTIONS: readonly IndustrySection[] = [
  { code: "A", names: { zh: "农、林、牧、渔业", ug: "دېھقانچىلىق، ئورمانچىلىق، چارۋىچىلىق ۋە بېلىقچىلىق", en: "Agriculture, forestry, animal husbandry and fishery" } },
  { code: "B", names: { zh: "采矿业", ug: "كانچىلىق", en: "Mining" } },
  { code: "C", names: { zh: "制造业", ug: "ياسىمىچىلىق", en: "Manufacturing" } },
  { code: "D", names: { zh: "电力、热力、燃气及水生产和供应业", ug: "ئېلېكتر، ئىسسىقلىق، گاز ۋە سۇ ئىشلەپچىقىرىش ۋە تەمىنلەش", en: "Electricity, heat, gas and water production and supply" } },
  { code: "E", names: { zh: "建筑业", ug: "قۇرۇلۇش", en: "Construction" } },
  { code: "F", names: { zh: "批发和零售业", ug: "توپ ۋە پارچە سودا", en: "Wholesale and retail trade" } },
  { code: "G", names: { zh: "交通运输、仓储和邮政业", ug: "قاتناش-تىرانسپورت، ئامبار ۋە پوچتا", en: "Transport, storage and postal services" } },
  { code: "H", names: { zh: "住宿和餐饮业", ug: "مېھمانخانا ۋە ئاشخانا", en: "Accommodation and catering" } },
  { code: "I", names: { zh: "信息传输、软件和信息技术服务业", ug: "ئۇچۇر يەتكۈزۈش، يۇمشاق دېتال ۋە ئۇچۇر تېخنىكىسى مۇلازىمىتى", en: "Information transmission, software and information technology services" } },
  { code: "J", names: { zh: "金融业", ug: "پۇل مۇئامىلە", en: "Finance" } },
  { code: "K", names: { zh: "房地产业", ug: "ئۆي-مۈلۈك", en: "Real estate" } },
  { code: "L", names: { zh: "租赁和商务服务业", ug: "ئىجارە ۋە سودا مۇلازىمىتى", en: "Leasing and business services" } },
  { code: "M", names: { zh: "科学研究和技术服务业", ug: "ئىلمىي تەتقىقات ۋە تېخنىكا مۇلازىمىتى", en: "Scientific research and technical services" } },
  { code: "N", names: { zh: "水利、环境和公共设施管理业", ug: "سۇ ئىنشائاتى، مۇھىت ۋە ئاممىۋى ئەسلىھەلەرنى باشقۇرۇش", en: "Water conservancy, environment and public facilities management" } },
  { code: "O", names: { zh: "居民服务、修理和其他服务业", ug: "ئاھالىلەر مۇلازىمىتى، رېمونت ۋە باشقا مۇلازىمەتلەر", en: "Resident services, repair and other services" } },
  { code: "P", names: { zh: "教育", ug: "مائارىپ", en: "Education" } },
  { code: "Q", names: { zh: "卫生和社会工作", ug: "سەھىيە ۋە ئىجتىمائىي خىزمەت", en: "Health and social work" } },
  { code: "R", names: { zh: "文化、体育和娱乐业", ug: "مەدەنىيەت، تەنتەربىيە ۋە كۆڭۈل ئېچىش", en: "Culture, sports and entertainment" } },
  { code: "S", names: { zh: "公共管理、社会保障和社会组织", ug: "ئاممىۋى باشقۇرۇش، ئىجتىمائىي كاپالەت ۋە ئىجتىمائىي تەشكىلاتلار", en: "Public administration, social security and social organisations" } },
  { code: "T", names: { zh: "国际组织", ug: "خەلقئارا تەشكىلاتلار", en: "International organisations" } },
];

const GENERAL_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";
const LICENSED_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）";

/** A business scope in the post-2021 registration style: general items, then licensed items. */
function scope(general: string, licensed?: string): string {
  const first = `一般项目：${general}${GENERAL_TAIL}`;
  return licensed ? `${first}许可项目：${licensed}${LICENSED_TAIL}` : first;
}

function words(pairs: readonly (readonly [string, string, string])[]): IndustryWords {
  return { zh: pairs.map((p) => p[0]), ug: pairs.map((p) => p[1]), en: pairs.map((p) => p[2]) };
}

export const INDUSTRY_DIVISIONS: readonly IndustryDivision[] = [
  {
    code: "A01",
    section: "A",
    names: { zh: "农业", ug: "تېرىقچىلىق", en: "Crop farming" },
    words: words([
      ["农业", "يېزا ئىگىلىك", "Agriculture"],
      ["种植", "تېرىقچىلىق", "Planting"],
      ["农业科技", "يېزا ئىگىلىك پەن-تېخنىكا", "Agricultural Technology"],
      ["林果", "مېۋىچىلىك", "Orchards"],
    ]),
    scopes: [
      scope("谷物种植；棉花种植；蔬菜种植；水果种植；坚果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务；农业机械服务"),
      scope("水果种植；坚果种植；林果技术咨询服务；初级农产品收购；农副产品销售；化肥销售", "农作物种子经营；农药零售"),
      scope("棉花种植；棉花收购；谷物种植；土地整治服务；农业机械租赁；农业专业及辅助性活动"),
    ],
    weight: 3,
  },
  {
    code: "A02",
    section: "A",
    names: { zh: "林业", ug: "ئورمانچىلىق", en: "Forestry" },
    words: words([
      ["林业", "ئورمانچىلىق", "Forestry"],
      ["苗木", "كۆچەت", "Nursery"],
      ["园林", "باغ", "Gardens"],
    ]),
    scopes: [
      scope("林木育种；林木育苗；花卉种植；树木种植经营；园林绿化工程施工"),
      scope("林业产品销售；经济林苗木种植；森林经营和管护；林业专业及辅助性活动", "林木种子生产经营"),
    ],
    weight: 0.6,
  },
  {
    code: "A03",
    section: "A",
    names: { zh: "畜牧业", ug: "چارۋىچىلىق", en: "Animal husbandry" },
    words: words([
      ["畜牧", "چارۋىچىلىق", "Livestock"],
      ["养殖", "باقمىچىلىق", "Breeding"],
      ["牧业", "چارۋا", "Pastoral"],
    ]),
    scopes: [
      scope("牲畜销售；畜牧专业及辅助性活动；饲料原料销售；草种植", "牲畜饲养；种畜禽生产"),
      scope("畜牧渔业饲料销售；牲畜销售（不含犬类）；农副产品销售", "牲畜饲养；家禽饲养；动物无害化处理"),
    ],
    weight: 2,
  },
  {
    code: "A05",
    section: "A",
    names: { zh: "农、林、牧、渔专业及辅助性活动", ug: "دېھقانچىلىق، ئورمانچىلىق، چارۋىچىلىق ۋە بېلىقچىلىق ياردەمچى پائالىيەتلىرى", en: "Support activities for agriculture, forestry, husbandry and fishery" },
    words: words([
      ["农业服务", "يېزا ئىگىلىك مۇلازىمىتى", "Agricultural Services"],
      ["农机服务", "يېزا ئىگىلىك ماشىنىسى مۇلازىمىتى", "Farm Machinery Services"],
      ["农业发展", "يېزا ئىگىلىك تەرەققىيات", "Agricultural Development"],
    ]),
    scopes: [
      scope("农业机械服务；农作物病虫害防治服务；农业生产托管服务；灌溉服务；农业专业及辅助性活动"),
      scope("农作物栽培服务；农作物收割服务；农产品的生产、销售、加工、运输、贮藏及其他相关服务；智能农业管理"),
    ],
    weight: 1,
  },
  {
    code: "B06",
    section: "B",
    names: { zh: "煤炭开采和洗选业", ug: "كۆمۈر قېزىش ۋە يۇيۇش", en: "Coal mining and washing" },
    words: words([
      ["煤业", "كۆمۈر", "Coal"],
      ["矿业", "كانچىلىق", "Mining"],
      ["能源", "ئېنېرگىيە", "Energy"],
    ]),
    scopes: [
      scope("煤炭洗选；煤炭及制品销售；矿山机械销售；选矿", "煤炭开采；矿产资源（非煤矿山）开采"),
      scope("煤制品制造；煤炭及制品销售；矿物洗选加工；普通货物仓储服务", "煤炭开采；道路货物运输（不含危险货物）"),
    ],
    weight: 0.6,
  },
  {
    code: "B07",
    section: "B",
    names: { zh: "石油和天然气开采业", ug: "نېفىت ۋە تەبىئىي گاز قېزىش", en: "Extraction of petroleum and natural gas" },
    words: words([
      ["石油", "نېفىت", "Petroleum"],
      ["油气技术服务", "نېفىت-گاز تېخنىكا مۇلازىمىتى", "Oil and Gas Technical Services"],
      ["石油工程", "نېفىت قۇرۇلۇشى", "Petroleum Engineering"],
    ]),
    scopes: [
      scope("石油天然气技术服务；陆地石油和天然气开采；油田化学品销售；专用设备修理；机械设备租赁"),
      scope("石油钻采专用设备销售；井下作业技术服务；固体废物治理；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "危险化学品经营"),
    ],
    weight: 0.8,
  },
  {
    code: "C13",
    section: "C",
    names: { zh: "农副食品加工业", ug: "يېزا ئىگىلىك قوشۇمچە يېمەكلىكلىرىنى پىششىقلاپ ئىشلەش", en: "Processing of food from agricultural products" },
    words: words([
      ["食品", "يېمەكلىك", "Food"],
      ["农副产品加工", "يېزا ئىگىلىك قوشۇمچە مەھسۇلاتلىرىنى پىششىقلاپ ئىشلەش", "Agricultural Products Processing"],
      ["果业", "مېۋە", "Fruit"],
      ["粮油", "ئاشلىق-ياغ", "Grain and Oil"],
    ]),
    scopes: [
      scope("农副产品销售；食用农产品初加工；食用农产品批发；新鲜水果批发；坚果加工", "食品生产；粮食加工食品生产"),
      scope("粮食收购；谷物磨制；食用植物油加工；粮油仓储服务", "食品生产；食品销售"),
      scope("水果加工；干果、坚果加工；农产品的生产、销售、加工、运输、贮藏及其他相关服务", "食品生产；食品经营"),
    ],
    weight: 2,
  },
  {
    code: "C14",
    section: "C",
    names: { zh: "食品制造业", ug: "يېمەكلىك ياساش", en: "Food manufacturing" },
    words: words([
      ["食品", "يېمەكلىك", "Food"],
      ["清真食品", "ھالال يېمەكلىك", "Halal Food"],
      ["乳业", "سۈت مەھسۇلاتلىرى", "Dairy"],
    ]),
    scopes: [
      scope("食品销售（仅销售预包装食品）；食品互联网销售（仅销售预包装食品）；农副产品销售", "食品生产；乳制品生产"),
      scope("糕点、面包制造（不含现场制售）；食品进出口；日用百货销售", "食品生产；食品销售；食品互联网销售"),
    ],
    weight: 1.5,
  },
  {
    code: "C15",
    section: "C",
    names: { zh: "酒、饮料和精制茶制造业", ug: "ھاراق، ئىچىملىك ۋە چاي ياساش", en: "Manufacture of liquor, beverages and refined tea" },
    words: words([
      ["饮品", "ئىچىملىك", "Beverages"],
      ["酒业", "ھاراق", "Wines and Spirits"],
      ["茶业", "چاي", "Tea"],
    ]),
    scopes: [
      scope("饮料生产；葡萄酒及果酒制造；食品销售（仅销售预包装食品）", "酒制品生产；饮料生产"),
      scope("茶叶种植；茶具销售；农副产品销售", "茶叶制品生产；食品销售"),
    ],
    weight: 0.7,
  },
  {
    code: "C17",
    section: "C",
    names: { zh: "纺织业", ug: "توقۇمىچىلىق", en: "Textiles" },
    words: words([
      ["纺织", "توقۇمىچىلىق", "Textiles"],
      ["棉业", "پاختا", "Cotton"],
      ["纱线", "يىپ", "Yarn"],
    ]),
    scopes: [
      scope("棉纺纱加工；面料纺织加工；棉、麻销售；针纺织品及原料销售；产业用纺织制成品制造"),
      scope("棉花加工；皮棉收购；纺织专用设备销售；货物进出口"),
    ],
    weight: 0.7,
  },
  {
    code: "C18",
    section: "C",
    names: { zh: "纺织服装、服饰业", ug: "توقۇمىچىلىق كىيىم-كېچەك ۋە بېزەك بۇيۇملىرى", en: "Textile garments and apparel" },
    words: words([
      ["服饰", "كىيىم-كېچەك", "Apparel"],
      ["服装", "كىيىم", "Garments"],
      ["艾德莱斯绸", "ئەتلەس", "Atlas Silk"],
    ]),
    scopes: [
      scope("服装制造；服饰制造；服装服饰批发；服装服饰零售；针纺织品销售"),
      scope("丝绸制品制造；民族手工艺品制作；工艺美术品及收藏品零售（象牙及其制品除外）；服装服饰零售"),
    ],
    weight: 1,
  },
  {
    code: "C21",
    section: "C",
    names: { zh: "家具制造业", ug: "ئۆي جاھازلىرى ياساش", en: "Furniture manufacturing" },
    words: words([
      ["家具", "ئۆي جاھازلىرى", "Furniture"],
      ["木业", "ياغاچ", "Woodwork"],
    ]),
    scopes: [
      scope("家具制造；家具销售；家具安装和维修服务；木材加工；建筑装饰材料销售"),
      scope("木制容器制造；办公设备销售；家居用品销售；门窗制造加工"),
    ],
    weight: 0.5,
  },
  {
    code: "C26",
    section: "C",
    names: { zh: "化学原料和化学制品制造业", ug: "خىمىيىلىك خام ئەشيا ۋە خىمىيىلىك مەھسۇلات ياساش", en: "Manufacture of chemical raw materials and products" },
    words: words([
      ["化工", "خىمىيە سانائىتى", "Chemicals"],
      ["新材料", "يېڭى ماتېرىيال", "New Materials"],
    ]),
    scopes: [
      scope("化工产品销售（不含许可类化工产品）；专用化学产品制造（不含危险化学品）；肥料销售", "危险化学品生产；危险化学品经营"),
      scope("复混肥料制造；有机肥料及微生物肥料制造；化肥销售；技术服务、技术开发", "肥料生产"),
    ],
    weight: 0.7,
  },
  {
    code: "C30",
    section: "C",
    names: { zh: "非金属矿物制品业", ug: "مېتال ئەمەس مىنېرال مەھسۇلاتلىرى", en: "Non-metallic mineral products" },
    words: words([
      ["建材", "قۇرۇلۇش ماتېرىياللىرى", "Building Materials"],
      ["水泥制品", "سېمونت مەھسۇلاتلىرى", "Cement Products"],
      ["新型建材", "يېڭى تىپتىكى قۇرۇلۇش ماتېرىياللىرى", "New Building Materials"],
    ]),
    scopes: [
      scope("水泥制品制造；水泥制品销售；砼结构构件制造；建筑材料销售；轻质建筑材料制造"),
      scope("砖瓦制造；建筑用石加工；非金属矿物制品制造；建筑砌块制造", "道路货物运输（不含危险货物）"),
    ],
    weight: 1.2,
  },
  {
    code: "C33",
    section: "C",
    names: { zh: "金属制品业", ug: "مېتال بۇيۇملىرى", en: "Fabricated metal products" },
    words: words([
      ["金属制品", "مېتال بۇيۇملىرى", "Metal Products"],
      ["钢结构", "پولات قۇرۇلما", "Steel Structures"],
      ["门窗", "ئىشىك-دېرىزە", "Doors and Windows"],
    ]),
    scopes: [
      scope("金属结构制造；金属门窗工程施工；金属材料销售；建筑用金属配件制造"),
      scope("金属制品销售；五金产品制造；金属表面处理及热处理加工；机械零件、零部件加工"),
    ],
    weight: 1,
  },
  {
    code: "D44",
    section: "D",
    names: { zh: "电力、热力生产和供应业", ug: "ئېلېكتر ۋە ئىسسىقلىق ئىشلەپچىقىرىش ۋە تەمىنلەش", en: "Production and supply of electricity and heat" },
    words: words([
      ["电力", "ئېلېكتر", "Electric Power"],
      ["新能源", "يېڭى ئېنېرگىيە", "New Energy"],
      ["光伏", "قۇياش ئېنېرگىيىسى", "Photovoltaics"],
      ["热力", "ئىسسىقلىق", "Heating"],
    ]),
    scopes: [
      scope("太阳能发电技术服务；风力发电技术服务；光伏设备及元器件销售；储能技术服务", "发电业务、输电业务、供（配）电业务"),
      scope("热力生产和供应；供暖服务；合同能源管理；节能管理服务"),
    ],
    weight: 1.2,
  },
  {
    code: "D45",
    section: "D",
    names: { zh: "燃气生产和供应业", ug: "گاز ئىشلەپچىقىرىش ۋە تەمىنلەش", en: "Production and supply of gas" },
    words: words([
      ["燃气", "گاز", "Gas"],
      ["天然气", "تەبىئىي گاز", "Natural Gas"],
    ]),
    scopes: [
      scope("燃气器具安装、维修；燃气经营（不含危险化学品）；管道运输设备销售", "燃气经营；燃气汽车加气经营"),
    ],
    weight: 0.4,
  },
  {
    code: "E47",
    section: "E",
    names: { zh: "房屋建筑业", ug: "ئۆي-بىنا قۇرۇلۇشى", en: "Building construction" },
    words: words([
      ["建筑工程", "بىناكارلىق قۇرۇلۇشى", "Construction Engineering"],
      ["建设", "قۇرۇلۇش", "Construction"],
      ["建筑安装", "قۇرۇلۇش-قاچىلاش", "Building and Installation"],
    ]),
    scopes: [
      scope("建筑材料销售；建筑工程机械与设备租赁；劳务服务（不含劳务派遣）", "建设工程施工；房屋建筑和市政基础设施项目工程总承包"),
      scope("住宅水电安装维护服务；土石方工程施工；园林绿化工程施工", "建设工程施工；建筑劳务分包"),
      scope("对外承包工程；建筑用钢筋产品销售；普通机械设备安装服务", "建设工程施工；建设工程监理"),
    ],
    weight: 6,
  },
  {
    code: "E48",
    section: "E",
    names: { zh: "土木工程建筑业", ug: "يەر-ياغاچ قۇرۇلۇشى", en: "Civil engineering" },
    words: words([
      ["路桥工程", "يول-كۆۋرۈك قۇرۇلۇشى", "Road and Bridge Engineering"],
      ["市政工程", "شەھەر قۇرۇلۇشى", "Municipal Engineering"],
      ["水利工程", "سۇ ئىنشائاتى قۇرۇلۇشى", "Water Conservancy Engineering"],
    ]),
    scopes: [
      scope("工程管理服务；土石方工程施工；对外承包工程", "公路管理与养护；建设工程施工"),
      scope("水利相关咨询服务；园林绿化工程施工；市政设施管理", "水利工程建设监理；建设工程施工"),
    ],
    weight: 3,
  },
  {
    code: "E50",
    section: "E",
    names: { zh: "建筑装饰、装修和其他建筑业", ug: "قۇرۇلۇش بېزەش ۋە باشقا قۇرۇلۇشلار", en: "Building decoration and other construction" },
    words: words([
      ["装饰工程", "بېزەش قۇرۇلۇشى", "Decoration Engineering"],
      ["装饰", "بېزەش", "Decoration"],
      ["建筑劳务", "قۇرۇلۇش ئەمگەك مۇلازىمىتى", "Construction Labour Services"],
    ]),
    scopes: [
      scope("建筑装饰材料销售；家具安装和维修服务；五金产品零售", "住宅室内装饰装修；建设工程施工"),
      scope("专业保洁、清洗、消毒服务；门窗安装；防腐材料销售", "建筑劳务分包；施工专业作业"),
    ],
    weight: 4,
  },
  {
    code: "F51",
    section: "F",
    names: { zh: "批发业", ug: "توپ سودا", en: "Wholesale trade" },
    words: words([
      ["商贸", "سودا", "Trading"],
      ["贸易", "تىجارەت", "Trade"],
      ["国际贸易", "خەلقئارا سودا", "International Trade"],
      ["进出口", "ئىمپورت-ئېكسپورت", "Import and Export"],
      ["供应链", "تەمىنلەش زەنجىرى", "Supply Chain"],
    ]),
    scopes: [
      scope("日用百货销售；五金产品批发；建筑材料销售；服装服饰批发；电子产品销售；家用电器销售"),
      scope("货物进出口；技术进出口；农副产品销售；食用农产品批发；机械设备销售", "食品销售"),
      scope("金属材料销售；化工产品销售（不含许可类化工产品）；煤炭及制品销售；润滑油销售"),
      scope("第一类医疗器械销售；办公用品销售；劳动保护用品销售；计算机软硬件及辅助设备批发"),
    ],
    weight: 14,
  },
  {
    code: "F52",
    section: "F",
    names: { zh: "零售业", ug: "پارچە سودا", en: "Retail trade" },
    words: words([
      ["百货", "ماللار", "Department Store"],
      ["超市", "تاللا بازار", "Supermarket"],
      ["连锁", "زەنجىرسىمان دۇكان", "Chain Stores"],
      ["医药", "دورا", "Pharmaceuticals"],
    ]),
    scopes: [
      scope("日用百货销售；五金产品零售；文具用品零售；化妆品零售；针纺织品销售", "食品销售；烟草制品零售"),
      scope("食品销售（仅销售预包装食品）；新鲜水果零售；新鲜蔬菜零售；鲜肉零售", "酒类经营"),
      scope("第二类医疗器械销售；保健食品（预包装）销售；消毒剂销售（不含危险化学品）", "药品零售"),
    ],
    weight: 6,
  },
  {
    code: "G54",
    section: "G",
    names: { zh: "道路运输业", ug: "يول تىرانسپورتى", en: "Road transport" },
    words: words([
      ["运输", "تىرانسپورت", "Transport"],
      ["物流", "ئەشيا ئوبوروتى", "Logistics"],
      ["汽车运输", "ئاپتوموبىل تىرانسپورتى", "Motor Transport"],
    ]),
    scopes: [
      scope("普通货物仓储服务（不含危险化学品等需许可审批的项目）；装卸搬运；国内货物运输代理", "道路货物运输（不含危险货物）"),
      scope("汽车租赁；机动车修理和维护；二手车经纪", "道路旅客运输经营；道路货物运输（网络货运）"),
    ],
    weight: 4,
  },
  {
    code: "G58",
    section: "G",
    names: { zh: "多式联运和运输代理业", ug: "كۆپ خىل بىرلەشمە تىرانسپورت ۋە تىرانسپورت ۋاكالەتچىلىكى", en: "Multimodal transport and freight forwarding" },
    words: words([
      ["国际物流", "خەلقئارا ئەشيا ئوبوروتى", "International Logistics"],
      ["货运代理", "يۈك توشۇش ۋاكالەتچىلىكى", "Freight Forwarding"],
    ]),
    scopes: [
      scope("国际货物运输代理；国内货物运输代理；报关业务；报检业务；供应链管理服务"),
      scope("多式联运服务；陆路国际货物运输代理；海关监管货物仓储服务（不含危险化学品）"),
    ],
    weight: 1.5,
  },
  {
    code: "G59",
    section: "G",
    names: { zh: "装卸搬运和仓储业", ug: "يۈك چۈشۈرۈش-قاچىلاش ۋە ئامبار", en: "Handling and warehousing" },
    words: words([
      ["仓储", "ئامبار", "Warehousing"],
      ["冷链", "توڭلىتىش زەنجىرى", "Cold Chain"],
    ]),
    scopes: [
      scope("普通货物仓储服务（不含危险化学品等需许可审批的项目）；低温仓储（不含危险化学品等需许可审批的项目）；装卸搬运"),
      scope("农产品的生产、销售、加工、运输、贮藏及其他相关服务；停车场服务；非居住房地产租赁"),
    ],
    weight: 1,
  },
  {
    code: "H61",
    section: "H",
    names: { zh: "住宿业", ug: "تۇرالغۇ مۇلازىمىتى", en: "Accommodation" },
    words: words([
      ["酒店", "مېھمانخانا", "Hotel"],
      ["宾馆", "مېھمانسارىي", "Guesthouse"],
    ]),
    scopes: [
      scope("酒店管理；会议及展览服务；停车场服务", "住宿服务；餐饮服务；公共场所卫生许可"),
      scope("物业管理；洗染服务；日用百货销售", "住宿服务；餐饮服务"),
    ],
    weight: 1.5,
  },
  {
    code: "H62",
    section: "H",
    names: { zh: "餐饮业", ug: "ئاشخانا", en: "Catering" },
    words: words([
      ["餐饮", "ئاشخانا", "Catering"],
      ["餐饮管理", "ئاشخانا باشقۇرۇش", "Catering Management"],
      ["美食", "تائاملار", "Cuisine"],
    ]),
    scopes: [
      scope("餐饮管理；外卖递送服务；食品销售（仅销售预包装食品）", "餐饮服务；食品小作坊经营"),
      scope("餐饮管理；农副产品销售；日用百货销售", "餐饮服务；食品销售"),
    ],
    weight: 3,
  },
  {
    code: "I63",
    section: "I",
    names: { zh: "电信、广播电视和卫星传输服务", ug: "تېلېگراف-تېلېفون، رادىيو-تېلېۋىزىيە ۋە سۈنئىي ھەمراھ يەتكۈزۈش مۇلازىمىتى", en: "Telecommunications, broadcasting and satellite transmission" },
    words: words([
      ["通信", "ئالاقە", "Communications"],
      ["通信工程", "ئالاقە قۇرۇلۇشى", "Communications Engineering"],
    ]),
    scopes: [
      scope("通信设备销售；通讯设备修理；5G通信技术服务；信息系统集成服务", "第一类增值电信业务"),
    ],
    weight: 0.5,
  },
  {
    code: "I64",
    section: "I",
    names: { zh: "互联网和相关服务", ug: "ئىنتېرنېت ۋە مۇناسىۋەتلىك مۇلازىمەتلەر", en: "Internet and related services" },
    words: words([
      ["网络科技", "تور تېخنىكىسى", "Network Technology"],
      ["电子商务", "ئېلېكترونلۇق سودا", "E-commerce"],
    ]),
    scopes: [
      scope("互联网销售（除销售需要许可的商品）；信息咨询服务（不含许可类信息咨询服务）；网络技术服务；数字内容制作服务", "第二类增值电信业务"),
      scope("互联网数据服务；广告设计、代理；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广"),
    ],
    weight: 2,
  },
  {
    code: "I65",
    section: "I",
    names: { zh: "软件和信息技术服务业", ug: "يۇمشاق دېتال ۋە ئۇچۇر تېخنىكىسى مۇلازىمىتى", en: "Software and information technology services" },
    words: words([
      ["信息技术", "ئۇچۇر تېخنىكىسى", "Information Technology"],
      ["软件", "يۇمشاق دېتال", "Software"],
      ["数字科技", "رەقەملىك تېخنىكا", "Digital Technology"],
      ["智能科技", "ئەقلىي تېخنىكا", "Smart Technology"],
    ]),
    scopes: [
      scope("软件开发；信息系统集成服务；信息技术咨询服务；计算机软硬件及辅助设备零售；数据处理和存储支持服务"),
      scope("技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；安全技术防范系统设计施工服务；办公设备销售"),
      scope("人工智能应用软件开发；物联网技术服务；网络与信息安全软件开发；信息系统运行维护服务"),
    ],
    weight: 6,
  },
  {
    code: "J67",
    section: "J",
    names: { zh: "资本市场服务", ug: "مەبلەغ بازىرى مۇلازىمىتى", en: "Capital market services" },
    words: words([
      ["投资管理", "مەبلەغ سېلىش باشقۇرۇش", "Investment Management"],
      ["股权投资", "پاي ھوقۇقى مەبلىغى", "Equity Investment"],
    ]),
    scopes: [
      scope("以私募基金从事股权投资、投资管理、资产管理等活动（须在中国证券投资基金业协会完成登记备案后方可从事经营活动）"),
      scope("以自有资金从事投资活动；企业管理咨询；财务咨询"),
    ],
    weight: 0.8,
  },
  {
    code: "K70",
    section: "K",
    names: { zh: "房地产业", ug: "ئۆي-مۈلۈك", en: "Real estate" },
    words: words([
      ["房地产开发", "ئۆي-مۈلۈك ئېچىش", "Property Development"],
      ["物业", "مۈلۈك باشقۇرۇش", "Property Management"],
      ["置业", "ئۆي-مۈلۈك", "Real Estate"],
    ]),
    scopes: [
      scope("房地产经纪；房地产咨询；非居住房地产租赁；住房租赁", "房地产开发经营"),
      scope("物业管理；停车场服务；专业保洁、清洗、消毒服务；园林绿化工程施工"),
    ],
    weight: 2,
  },
  {
    code: "L71",
    section: "L",
    names: { zh: "租赁业", ug: "ئىجارە", en: "Leasing" },
    words: words([
      ["租赁", "ئىجارە", "Leasing"],
      ["设备租赁", "ئۈسكۈنە ئىجارىسى", "Equipment Leasing"],
    ]),
    scopes: [
      scope("建筑工程机械与设备租赁；机械设备租赁；运输设备租赁服务；小微型客车租赁经营服务"),
      scope("租赁服务（不含许可类租赁服务）；办公设备租赁服务；特种设备出租"),
    ],
    weight: 1.5,
  },
  {
    code: "L72",
    section: "L",
    names: { zh: "商务服务业", ug: "سودا مۇلازىمىتى", en: "Business services" },
    words: words([
      ["商务咨询", "سودا مەسلىھەت", "Business Consulting"],
      ["企业管理", "كارخانا باشقۇرۇش", "Enterprise Management"],
      ["文化传媒", "مەدەنىيەت-تاراتقۇ", "Culture and Media"],
      ["旅游", "ساياھەت", "Travel"],
      ["人力资源", "ئادەم كۈچى مەنبەسى", "Human Resources"],
    ]),
    scopes: [
      scope("企业管理咨询；信息咨询服务（不含许可类信息咨询服务）；市场营销策划；会议及展览服务；礼仪服务"),
      scope("广告设计、代理；广告制作；广告发布；组织文化艺术交流活动；图文设计制作"),
      scope("旅游开发项目策划咨询；票务代理服务；会议及展览服务", "旅游业务"),
      scope("人力资源服务（不含职业中介活动、劳务派遣服务）；劳务服务（不含劳务派遣）；企业管理", "劳务派遣服务；职业中介活动"),
    ],
    weight: 8,
  },
  {
    code: "M73",
    section: "M",
    names: { zh: "研究和试验发展", ug: "تەتقىقات ۋە سىناق تەرەققىيات", en: "Research and experimental development" },
    words: words([
      ["生物科技", "بىئولوگىيە تېخنىكىسى", "Biotechnology"],
      ["科技", "پەن-تېخنىكا", "Technology"],
    ]),
    scopes: [
      scope("生物化工产品技术研发；工程和技术研究和试验发展；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广"),
      scope("自然科学研究和试验发展；农业科学研究和试验发展；新材料技术研发"),
    ],
    weight: 2,
  },
  {
    code: "M74",
    section: "M",
    names: { zh: "专业技术服务业", ug: "كەسپىي تېخنىكا مۇلازىمىتى", en: "Professional technical services" },
    words: words([
      ["工程设计", "قۇرۇلۇش لايىھىلەش", "Engineering Design"],
      ["咨询", "مەسلىھەت", "Consulting"],
      ["检测", "تەكشۈرۈش-سىناش", "Testing"],
      ["测绘", "ئۆلچەش-سىزىش", "Surveying and Mapping"],
    ]),
    scopes: [
      scope("工程管理服务；工程造价咨询业务；规划设计管理；工程技术服务（规划管理、勘察、设计、监理除外）", "建设工程设计；建设工程勘察"),
      scope("工程和技术研究和试验发展；环境保护监测；安全咨询服务", "检验检测服务；建设工程质量检测"),
      scope("地理遥感信息服务；测绘服务；土地调查评估服务", "测绘服务"),
    ],
    weight: 4,
  },
  {
    code: "M75",
    section: "M",
    names: { zh: "科技推广和应用服务业", ug: "پەن-تېخنىكا ئومۇملاشتۇرۇش ۋە قوللىنىش مۇلازىمىتى", en: "Technology promotion and application services" },
    words: words([
      ["科技", "پەن-تېخنىكا", "Technology"],
      ["科技发展", "پەن-تېخنىكا تەرەققىياتى", "Technology Development"],
    ]),
    scopes: [
      scope("技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；科技中介服务；创业空间服务"),
      scope("农业科学研究和试验发展；农业机械服务；技术推广服务；节能管理服务"),
    ],
    weight: 3,
  },
  {
    code: "N77",
    section: "N",
    names: { zh: "生态保护和环境治理业", ug: "ئېكولوگىيىنى قوغداش ۋە مۇھىتنى تۈزەش", en: "Ecological protection and environmental treatment" },
    words: words([
      ["环保", "مۇھىت ئاسراش", "Environmental Protection"],
      ["环境工程", "مۇھىت قۇرۇلۇشى", "Environmental Engineering"],
      ["生态", "ئېكولوگىيە", "Ecology"],
    ]),
    scopes: [
      scope("环境保护专用设备销售；大气污染治理；水污染治理；固体废物治理；土壤污染治理与修复服务"),
      scope("生态恢复及生态保护服务；荒漠化治理；水土流失防治服务；植树造林与林木种植"),
    ],
    weight: 1.5,
  },
  {
    code: "N78",
    section: "N",
    names: { zh: "公共设施管理业", ug: "ئاممىۋى ئەسلىھەلەرنى باشقۇرۇش", en: "Public facilities management" },
    words: words([
      ["园林绿化", "باغۋەنچىلىك-كۆكەرتىش", "Landscaping"],
      ["市政设施", "شەھەر ئەسلىھەلىرى", "Municipal Facilities"],
    ]),
    scopes: [
      scope("城市绿化管理；园林绿化工程施工；市政设施管理；城乡市容管理"),
      scope("游览景区管理；公园管理；停车场服务", "城市生活垃圾经营性服务"),
    ],
    weight: 0.7,
  },
  {
    code: "O80",
    section: "O",
    names: { zh: "居民服务业", ug: "ئاھالىلەر مۇلازىمىتى", en: "Resident services" },
    words: words([
      ["家政服务", "ئائىلە مۇلازىمىتى", "Housekeeping Services"],
      ["美容美发", "گۈزەللىك ۋە چاچ ياساش", "Beauty and Hairdressing"],
      ["洗浴", "مۇنچا", "Bathhouse"],
    ]),
    scopes: [
      scope("家政服务；洗染服务；专业保洁、清洗、消毒服务；养老服务"),
      scope("美发饰品销售；化妆品零售；日用百货销售", "生活美容服务；理发服务"),
      scope("洗浴服务；足浴服务；日用百货销售", "公共场所卫生许可"),
    ],
    weight: 1.2,
  },
  {
    code: "O81",
    section: "O",
    names: { zh: "机动车、电子产品和日用产品修理业", ug: "موتورلۇق ماشىنا، ئېلېكترونلۇق مەھسۇلات ۋە كۈندىلىك بۇيۇملارنى رېمونت قىلىش", en: "Repair of motor vehicles, electronics and household goods" },
    words: words([
      ["汽车维修", "ماشىنا رېمونتى", "Car Repair"],
      ["汽车服务", "ماشىنا مۇلازىمىتى", "Car Services"],
      ["维修", "رېمونت", "Repairs"],
    ]),
    scopes: [
      scope("机动车修理和维护；汽车零配件零售；洗车服务；轮胎销售；汽车装饰用品销售"),
      scope("日用电器修理；通讯设备修理；计算机及办公设备维修；家用电器销售"),
    ],
    weight: 1.2,
  },
  {
    code: "P83",
    section: "P",
    names: { zh: "教育", ug: "مائارىپ", en: "Education" },
    words: words([
      ["教育咨询", "مائارىپ مەسلىھەت", "Education Consulting"],
      ["培训", "تەربىيىلەش", "Training"],
    ]),
    scopes: [
      scope("教育咨询服务（不含涉许可审批的教育培训活动）；业务培训（不含教育培训、职业技能培训等需取得许可的培训）；体育竞赛组织"),
      scope("技术服务、技术开发、技术咨询；组织文化艺术交流活动；图书出租", "职业技能培训"),
    ],
    weight: 1,
  },
  {
    code: "Q84",
    section: "Q",
    names: { zh: "卫生", ug: "سەھىيە", en: "Health" },
    words: words([
      ["医疗", "داۋالاش", "Medical"],
      ["诊所", "كلىنىكا", "Clinic"],
      ["健康管理", "ساغلاملىق باشقۇرۇش", "Health Management"],
    ]),
    scopes: [
      scope("健康咨询服务（不含诊疗服务）；第一类医疗器械销售；养生保健服务（非医疗）", "医疗服务"),
      scope("中医养生保健服务（非医疗）；远程健康管理服务；第二类医疗器械销售", "诊所服务；医疗美容服务"),
    ],
    weight: 0.7,
  },
  {
    code: "R87",
    section: "R",
    names: { zh: "广播、电视、电影和录音制作业", ug: "رادىيو، تېلېۋىزىيە، كىنو ۋە ئۈن ئېلىش", en: "Radio, television, film and sound recording" },
    words: words([
      ["影视", "كىنو-تېلېۋىزىيە", "Film and Television"],
      ["文化传播", "مەدەنىيەت تارقىتىش", "Cultural Communication"],
    ]),
    scopes: [
      scope("电影摄制服务；文艺创作；数字内容制作服务（不含出版发行）；摄影扩印服务", "广播电视节目制作经营"),
    ],
    weight: 0.8,
  },
  {
    code: "R88",
    section: "R",
    names: { zh: "文化艺术业", ug: "مەدەنىيەت-سەنئەت", en: "Culture and arts" },
    words: words([
      ["文化艺术", "مەدەنىيەت-سەنئەت", "Culture and Arts"],
      ["民族乐器", "مىللىي چالغۇ ئەسۋابلىرى", "Traditional Instruments"],
      ["文旅", "مەدەنىيەت-ساياھەت", "Culture and Tourism"],
    ]),
    scopes: [
      scope("组织文化艺术交流活动；文艺创作；工艺美术品及礼仪用品制造（象牙及其制品除外）；乐器零售", "营业性演出"),
      scope("民族手工艺品制作；工艺美术品及收藏品零售（象牙及其制品除外）；会议及展览服务"),
    ],
    weight: 0.8,
  },
  {
    code: "R89",
    section: "R",
    names: { zh: "体育", ug: "تەنتەربىيە", en: "Sports" },
    words: words([
      ["体育", "تەنتەربىيە", "Sports"],
      ["健身", "بەدەن چېنىقتۇرۇش", "Fitness"],
    ]),
    scopes: [
      scope("体育场地设施经营（不含高危险性体育运动）；健身休闲活动；体育用品及器材零售；体育竞赛组织"),
    ],
    weight: 0.4,
  },
  {
    code: "R90",
    section: "R",
    names: { zh: "娱乐业", ug: "كۆڭۈل ئېچىش", en: "Entertainment" },
    words: words([
      ["娱乐", "كۆڭۈل ئېچىش", "Entertainment"],
      ["休闲", "دەم ئېلىش", "Leisure"],
    ]),
    scopes: [
      scope("游乐园服务；休闲观光活动；棋牌室服务；游艺用品及室内游艺器材销售", "歌舞娱乐活动"),
    ],
    weight: 0.5,
  },
];

const SECTION_BY_CODE = new Map(INDUSTRY_SECTIONS.map((item) => [item.code, item]));
const DIVISION_BY_CODE = new Map(INDUSTRY_DIVISIONS.map((item) => [item.code, item]));

/** The division with this code ("F51"). */
export function findIndustry(code: string): IndustryDivision | undefined {
  return DIVISION_BY_CODE.get(code);
}

/** The section a division code ("F51") or section letter ("F") belongs to. */
export function sectionOf(code: string): IndustrySection | undefined {
  return SECTION_BY_CODE.get(code.slice(0, 1).toUpperCase());
}
