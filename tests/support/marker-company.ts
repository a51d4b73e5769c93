import { createHash } from "node:crypto";
import { Client } from "pg";
import { generateUscc } from "@/lib/codes/credit-code";
import { createRandom } from "@/prisma/seed/generate/random";
import { insertSearchEntry } from "@/lib/search/postgres/search-entry";
import { refreshSearchFacts } from "@/lib/search/postgres/search-facts";

/**
 * A company whose private fields hold marker values, planted straight into the database so
 * tests can prove that no marker reaches any public output (page, JSON, …). Idempotent.
 */
export const MARKERS = {
  legalRepId: "MARKERLEGALREPID0001",
  liaisonName: "MARKER-LIAISON-NAME",
  liaisonPhone: "MARKER-LIAISON-PHONE",
  shareholderId: "MARKERSHAREHOLDERID1",
  pledgorId: "MARKERPLEDGORID00001",
  pledgeeId: "MARKERPLEDGEEID00001",
  hiddenAssets: "987654.321987",
  hiddenRevenue: "876543.210876",
  hiddenGuaranteeCreditor: "MARKER-HIDDEN-GUARANTEE-CREDITOR",
  hiddenInsuranceBase: "765432.109765",
  hiddenAmendment: "MARKER-HIDDEN-AMENDMENT",
  expiredPenalty: "MARKER-EXPIRED-PENALTY",
  annulledPenalty: "MARKER-ANNULLED-PENALTY",
  repairedPenalty: "MARKER-REPAIRED-PENALTY",
  // The filer account of the liaison person (lib/auth/filer-accounts.ts): never public.
  filerLiaisonName: "MARKER-FILER-LIAISON-NAME",
  filerLiaisonPhone: "MARKER-FILER-PHONE",
  filerLiaisonIdNumber: "MARKERFILERIDNUMBER1",
  filerPasswordHash: "MARKER-PASSWORD-HASH",
  filingCodeHash: createHash("sha256").update("MARKER-FILING-CODE").digest("hex"),
} as const;

/** Visible values: the same tests check these DO appear, so a blank page cannot pass. */
export const VISIBLE = {
  name: "新疆标记测试商贸有限公司",
  penalty: "新标记罚〔2026〕1号",
  shareholder: "标记股东甲",
  companyShareholderCode: "91650100MA77777770",
  year: 2025,
} as const;

export const MARKER_USCC = generateUscc({ authority: "9", entityType: "1", division: "650102", random: createRandom(424242).source });

export async function plantMarkerCompany(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ id: number }>("SELECT id FROM enterprise WHERE uscc = $1", [MARKER_USCC]);
    if (existing.rowCount) {
      await plantMarkerFilerAccount(client, existing.rows[0].id);
      return MARKER_USCC;
    }
    await client.query("BEGIN");
    const authority = (await client.query<{ id: string }>("SELECT id FROM authority ORDER BY id LIMIT 1")).rows[0].id;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO enterprise (uscc, name_zh, type, status, legal_rep_name, legal_rep_role, legal_rep_id_number, capital,
         established_on, authority_id, region_code, industry_code, address, scope, liaison_name, liaison_phone)
       VALUES ($1, $2, 'llc', 'active', '王标记', 'legal-representative', $3, 100, '2015-03-02', $4,
         '650102', 'F51', '新疆维吾尔自治区乌鲁木齐市天山区人民路1号', '日用百货销售', $5, $6) RETURNING id`,
      [MARKER_USCC, VISIBLE.name, MARKERS.legalRepId, authority, MARKERS.liaisonName, MARKERS.liaisonPhone],
    );
    const id = rows[0].id;
    // The app writes a company's search entry with it (lib/search/postgres/search-entry.ts).
    await insertSearchEntry(client, id, { nameZh: VISIBLE.name, nameUg: null, formerNames: [], legalRepName: "王标记" });
    await client.query(
      `INSERT INTO shareholder (enterprise_id, position, name, kind, is_natural_person, id_document_type, id_document_number)
       VALUES ($1, 1, $2, 'natural-person', true, 'resident-id', $3),
              ($1, 2, '标记投资有限公司', 'enterprise-legal-person', false, 'business-licence', $4)`,
      [id, VISIBLE.shareholder, MARKERS.shareholderId, VISIBLE.companyShareholderCode],
    );
    await client.query(
      `INSERT INTO equity_pledge (enterprise_id, registration_number, pledgor_name, pledgor_is_natural, pledgor_id_number,
         pledged_amount, pledgee_name, pledgee_is_natural, pledgee_id_number, registered_on, authority_id, published_on)
       VALUES ($1, '650102202500001', '王标记', true, $2, 10, '李标记', true, $3, '2025-01-10', $4, '2025-01-12')`,
      [id, MARKERS.pledgorId, MARKERS.pledgeeId, authority],
    );
    const penalty = `INSERT INTO penalty (enterprise_id, authority_id, decision_number, violation_type, kinds, content, fine_yuan,
         is_minor, decided_on, published_on, publicity_ends_on, repaired_on, annulled_on, document_text)
       VALUES ($1, $2, $3, 'false-advertising', '{fine}', '罚款', 5000, false, $4, $4, $5, $6, $7, $3)`;
    await client.query(penalty, [id, authority, VISIBLE.penalty, "2026-06-01", "2029-06-01", null, null]);
    await client.query(penalty, [id, authority, MARKERS.expiredPenalty, "2020-01-01", "2023-01-01", null, null]);
    await client.query(penalty, [id, authority, MARKERS.annulledPenalty, "2026-01-01", "2029-01-01", null, "2026-02-01"]);
    await client.query(penalty, [id, authority, MARKERS.repairedPenalty, "2026-01-01", "2029-01-01", "2026-04-01", null]);
    const report = await client.query<{ id: number }>(
      `INSERT INTO annual_report (enterprise_id, year, form, state, submitted_on, name, employees, publish_assets, total_assets,
         total_revenue, main_revenue, publish_guarantees, publish_social_insurance)
       VALUES ($1, $2, 'company', 'filed', '2026-03-01', $3, 12, false, $4, $5, $5, false, false) RETURNING id`,
      [id, VISIBLE.year, VISIBLE.name, MARKERS.hiddenAssets, MARKERS.hiddenRevenue],
    );
    const reportId = report.rows[0].id;
    await client.query(
      `INSERT INTO annual_report_guarantee (report_id, creditor, debtor, kind, amount, term_from, term_to, period, mode)
       VALUES ($1, $2, '某债务人', 'contract-debt', 50, '2025-01-01', '2026-01-01', 'period', 'joint')`,
      [reportId, MARKERS.hiddenGuaranteeCreditor],
    );
    await client.query(
      `INSERT INTO annual_report_social_insurance (report_id, kind, insured_count, contribution_base, paid, arrears)
       VALUES ($1, 'pension', 10, $2, 1, 0)`,
      [reportId, MARKERS.hiddenInsuranceBase],
    );
    await client.query(
      `INSERT INTO annual_report_amendment (report_id, item, before, after, amended_on)
       VALUES ($1, 'total-assets', $2, $3, '2026-04-01'), ($1, 'phone', '0991-1234567', '0991-7654321', '2026-04-02')`,
      [reportId, MARKERS.hiddenAmendment, MARKERS.hiddenAssets],
    );
    await plantMarkerFilerAccount(client, id);
    await refreshSearchFacts(client, { fromId: id, toId: id });
    await client.query("COMMIT");
    return MARKER_USCC;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The marker company's filer account and a filing code (idempotent). */
async function plantMarkerFilerAccount(client: Client, enterpriseId: number): Promise<void> {
  await client.query(
    `INSERT INTO filer_account (enterprise_id, liaison_name, liaison_phone, liaison_id_number, password_hash, activated_at, password_changed_at)
     VALUES ($1, $2, $3, $4, $5, '2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z') ON CONFLICT (enterprise_id) DO NOTHING`,
    [enterpriseId, MARKERS.filerLiaisonName, MARKERS.filerLiaisonPhone, MARKERS.filerLiaisonIdNumber, MARKERS.filerPasswordHash],
  );
  await client.query(
    `INSERT INTO filing_code (enterprise_id, code_sha256, issued_at, issued_by, expires_at)
     VALUES ($1, $2, '2026-01-04T02:00:00Z', 'regulator:marker', '2099-01-01T00:00:00Z') ON CONFLICT (code_sha256) DO NOTHING`,
    [enterpriseId, MARKERS.filingCodeHash],
  );
}

/** The markers found in `text` (empty when nothing leaked). */
export function leakedMarkers(text: string): string[] {
  return Object.values(MARKERS).filter((marker) => text.includes(marker));
}
