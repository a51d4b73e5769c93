/**
 * Every authority that registers companies or publishes records about them: the market-regulation
 * bureaus of the region, of each prefecture and of each county, and per prefecture the other
 * departments that issue licences and penalties (tax, ecology and environment, health, transport,
 * emergency management, housing and urban-rural development, tobacco monopoly).
 *
 * Ids are stable codes: "<kind prefix>-<GB/T 2260 code>", e.g. "amr-650102", "tax-650100".
 */
import { COUNTIES, PREFECTURES, REGION, countyFullNameZh, findPrefecture, type County, type Prefecture } from "./regions";
import type { TermNames } from "./types";

export type AuthorityKind = "amr" | "tax" | "environment" | "health" | "transport" | "emergency" | "housing" | "tobacco";

/** Camel-case view for the app. */
export type Authority = { id: string; kind: AuthorityKind; regionCode: string; names: TermNames };

/** A row of the `authority` table (column names as in the database). */
export type AuthorityRow = {
  id: string;
  kind: AuthorityKind;
  region_code: string;
  name_zh: string;
  name_ug: string;
  name_en: string;
};

/** The per-prefecture departments other than market regulation, and their id prefixes. */
export const DEPARTMENT_ID_PREFIX: Readonly<Record<Exclude<AuthorityKind, "amr">, string>> = {
  tax: "tax",
  environment: "env",
  health: "health",
  transport: "transport",
  emergency: "emergency",
  housing: "housing",
  tobacco: "tobacco",
};

type DepartmentNaming = { zh: string; ug: string; en: string };

const DEPARTMENT_NAMES: Readonly<Record<Exclude<AuthorityKind, "amr" | "tax">, DepartmentNaming>> = {
  environment: { zh: "生态环境局", ug: "ئېكولوگىيە-مۇھىت ئىدارىسى", en: "Bureau of Ecology and Environment" },
  health: { zh: "卫生健康委员会", ug: "سەھىيە-ساغلاملىق كومىتېتى", en: "Health Commission" },
  transport: { zh: "交通运输局", ug: "قاتناش-تىرانسپورت ئىدارىسى", en: "Transport Bureau" },
  emergency: { zh: "应急管理局", ug: "جىددىي ئىشلارنى باشقۇرۇش ئىدارىسى", en: "Emergency Management Bureau" },
  housing: { zh: "住房和城乡建设局", ug: "تۇرالغۇ ۋە شەھەر-يېزا قۇرۇلۇش ئىدارىسى", en: "Housing and Urban-Rural Development Bureau" },
  tobacco: { zh: "烟草专卖局", ug: "تاماكا مەخسۇس سېتىش ئىدارىسى", en: "Tobacco Monopoly Bureau" },
};

const AMR = { zh: "市场监督管理局", ug: "بازار نازارەت قىلىش-باشقۇرۇش ئىدارىسى", en: "Administration for Market Regulation" };

function row(id: string, kind: AuthorityKind, regionCode: string, names: TermNames): AuthorityRow {
  return { id, kind, region_code: regionCode, name_zh: names.zh, name_ug: names.ug, name_en: names.en };
}

function countyAmr(county: County, parent: Prefecture): AuthorityRow {
  const ug =
    county.kind === "district"
      ? `${parent.ugAttributive} ${county.ugAttributive} ${AMR.ug}`
      : `${county.ugAttributive} ${AMR.ug}`;
  return row(`amr-${county.code}`, "amr", county.code, {
    zh: `${countyFullNameZh(county)}${AMR.zh}`,
    ug,
    en: `${county.names.en} ${AMR.en}, ${parent.short.en}`,
  });
}

function prefectureDepartments(parent: Prefecture): AuthorityRow[] {
  const rows: AuthorityRow[] = [
    row(`amr-${parent.code}`, "amr", parent.code, {
      zh: `${parent.names.zh}${AMR.zh}`,
      ug: `${parent.ugAttributive} ${AMR.ug}`,
      en: `${parent.names.en} ${AMR.en}`,
    }),
    row(`tax-${parent.code}`, "tax", parent.code, {
      zh: `国家税务总局${parent.names.zh}税务局`,
      ug: `دۆلەت باج باش ئىدارىسى ${parent.ugAttributive} باج ئىدارىسى`,
      en: `${parent.names.en} Tax Service, State Taxation Administration`,
    }),
  ];
  for (const kind of ["environment", "health", "transport", "emergency", "housing", "tobacco"] as const) {
    const naming = DEPARTMENT_NAMES[kind];
    rows.push(
      row(`${DEPARTMENT_ID_PREFIX[kind]}-${parent.code}`, kind, parent.code, {
        zh: `${parent.names.zh}${naming.zh}`,
        ug: `${parent.ugAttributive} ${naming.ug}`,
        en: `${parent.names.en} ${naming.en}`,
      }),
    );
  }
  return rows;
}

let cachedRows: AuthorityRow[] | undefined;

/** Every authority row: region, then per prefecture its departments and its counties' bureaus. */
export function buildAuthorities(): AuthorityRow[] {
  if (cachedRows) return cachedRows.map((item) => ({ ...item }));
  const rows: AuthorityRow[] = [
    row("amr-650000", "amr", REGION.code, {
      zh: `${REGION.names.zh}${AMR.zh}`,
      ug: `${REGION.ugAttributive} ${AMR.ug}`,
      en: `${REGION.names.en} ${AMR.en}`,
    }),
  ];
  for (const parent of PREFECTURES) {
    rows.push(...prefectureDepartments(parent));
    for (const county of COUNTIES) {
      if (county.prefectureCode === parent.code) rows.push(countyAmr(county, parent));
    }
  }
  cachedRows = rows;
  return rows.map((item) => ({ ...item }));
}

let cachedById: Map<string, Authority> | undefined;

function authorityIndex(): Map<string, Authority> {
  if (!cachedById) {
    cachedById = new Map(
      buildAuthorities().map((item) => [
        item.id,
        { id: item.id, kind: item.kind, regionCode: item.region_code, names: { zh: item.name_zh, ug: item.name_ug, en: item.name_en } },
      ]),
    );
  }
  return cachedById;
}

/** Every authority, camel-cased. */
export function listAuthorities(): Authority[] {
  return [...authorityIndex().values()];
}

export function findAuthority(id: string): Authority | undefined {
  return authorityIndex().get(id);
}

/**
 * The authorities in an authority's area, itself included: the autonomous region's covers every
 * authority, a prefecture's the prefecture's departments and county bureaus, a county's only
 * itself (departments sit at prefecture level). The same area rule as the regulator's removal
 * decisions (lib/records/removal-applications.ts). Unknown id: none.
 */
export function authorityIdsInAreaOf(authorityId: string): string[] {
  const authority = findAuthority(authorityId);
  if (!authority) return [];
  const code = authority.regionCode;
  const prefix = code.endsWith("0000") ? code.slice(0, 2) : code.endsWith("00") ? code.slice(0, 4) : code;
  return listAuthorities()
    .filter((item) => item.regionCode.startsWith(prefix))
    .map((item) => item.id);
}

export type CountyAuthorityIds = {
  /** The county bureau that registers companies there. */
  amr: string;
  prefectureAmr: string;
  regionAmr: string;
  tax: string;
  environment: string;
  health: string;
  transport: string;
  emergency: string;
  housing: string;
  tobacco: string;
};

/** The ids of the authorities responsible for a county (departments sit at prefecture level). */
export function authorityIdsFor(countyCode: string): CountyAuthorityIds {
  const parent = findPrefecture(`${countyCode.slice(0, 4)}00`);
  const prefectureCode = parent?.code ?? countyCode;
  return {
    amr: `amr-${countyCode}`,
    prefectureAmr: `amr-${prefectureCode}`,
    regionAmr: `amr-${REGION.code}`,
    tax: `tax-${prefectureCode}`,
    environment: `env-${prefectureCode}`,
    health: `health-${prefectureCode}`,
    transport: `transport-${prefectureCode}`,
    emergency: `emergency-${prefectureCode}`,
    housing: `housing-${prefectureCode}`,
    tobacco: `tobacco-${prefectureCode}`,
  };
}
