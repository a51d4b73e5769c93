/** A search document shared by the Meilisearch unit tests. */
import type { SearchDocument } from "@/lib/search/contract";

export const SAMPLE_DOCUMENT: SearchDocument = {
  uscc: "91650100MA77XXXX1X",
  registrationNumber: "650100000012345",
  nameZh: "乌鲁木齐天山商贸有限公司",
  nameUg: "ئۈرۈمچى تيانشان سودا چەكلىك شىركىتى",
  formerNames: ["乌鲁木齐天山贸易公司"],
  legalRepName: "张伟",
  type: "1100",
  status: "active",
  isLive: true,
  regionCode: "650102",
  prefectureCode: "650100",
  industryCode: "F51",
  industrySection: "F",
  establishedOn: "2015-03-02",
  establishedYear: 2015,
  capital: 500.5,
  hasPenaltiesInPublicity: false,
  isOnAbnormalList: true,
  isOnSeriousViolationList: false,
  pinyin: "wulumuqitianshanshangmaoyouxiangongsi",
  pinyinInitials: "wlmqtssmyxgs",
};
