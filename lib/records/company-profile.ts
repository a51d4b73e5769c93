/**
 * The public projection of a company: exactly what anyone may see, in the shape every output
 * (page, JSON API, PDF, search document, export) uses. Built only by lib/records/public-projection.ts.
 *
 * Conventions: structured values are dictionary codes (translate with `termLabel` from
 * lib/dictionaries); free text stays as registered; dates are "YYYY-MM-DD"; amounts are decimal
 * strings (万元 unless the field name says Yuan); `null` means "not registered / none".
 */

export type LocalisedNames = { zh: string; ug: string; en: string };

export type AuthorityRef = { id: string; names: LocalisedNames };

/** A natural person's ID number is never public: the field is `null` and `isNaturalPerson` true. */
export type PublicIdDocument = { type: string; number: string | null; isNaturalPerson: boolean };

export type CompanyRef = { uscc: string; nameZh: string; nameUg: string | null; status: string };

export type Shareholder = { name: string; kind: string; idDocument: PublicIdDocument };
export type KeyPerson = { name: string; title: string };
export type ChangeRecord = { item: string; before: string; after: string; changedOn: string };
export type FormerName = { name: string; until: string };
export type Liquidation = { leader: string; members: string; startedOn: string };

export type Licence = {
  documentNumber: string;
  name: string;
  content: string;
  validFrom: string;
  validTo: string | null;
  status: string;
  authority: AuthorityRef | null;
  /** As printed on a self-published licence. */
  authorityName: string | null;
  publishedOn: string;
};

export type Penalty = {
  decisionNumber: string;
  violationType: string;
  kinds: string[];
  content: string;
  fineYuan: string | null;
  authority: AuthorityRef;
  decidedOn: string;
  publishedOn: string;
  publicityEndsOn: string;
  documentText: string;
};

export type ListEntry = {
  reason: string;
  listedOn: string;
  listedBy: AuthorityRef;
  removalReason: string | null;
  removedOn: string | null;
  removedBy: AuthorityRef | null;
};

export type SeriousListWarning = { noticeOn: string; dueOn: string };

export type SpotCheck = { authority: AuthorityRef; kind: string; checkedOn: string; result: string };

export type ChattelMortgage = {
  registrationNumber: string;
  registeredOn: string;
  authority: AuthorityRef;
  securedAmount: string;
  mortgagee: string;
  collateral: string;
  status: string;
  publishedOn: string;
};

export type EquityPledge = {
  registrationNumber: string;
  pledgor: { name: string; idDocument: PublicIdDocument };
  pledgedAmount: string;
  pledgee: { name: string; idDocument: PublicIdDocument };
  registeredOn: string;
  authority: AuthorityRef;
  status: string;
  publishedOn: string;
};

export type JudicialAssistance = {
  kind: string;
  subjectName: string;
  equityAmount: string;
  court: string;
  noticeNumber: string;
  status: string;
  fromOn: string;
  toOn: string | null;
  publishedOn: string;
};

export type Contribution = {
  shareholderName: string;
  subscribed: string;
  subscribedOn: string | null;
  subscribedVia: string;
  paid: string;
  paidOn: string | null;
  paidVia: string | null;
};

export type EquityChange = { shareholderName: string; ratioBefore: string; ratioAfter: string; changedOn: string };

export type IpPledge = {
  registrationNumber: string;
  kind: string;
  name: string;
  pledgor: string;
  pledgee: string;
  termFrom: string;
  termTo: string | null;
  status: string;
  publishedOn: string;
};

export type AnnualReportSummary = { year: number; state: string; submittedOn: string };

export type CompanyProfile = {
  uscc: string;
  registrationNumber: string | null;
  nameZh: string;
  nameUg: string | null;
  formerNames: FormerName[];
  type: string;
  status: string;
  statusChangedOn: string | null;
  legalRepresentative: { name: string; role: string };
  capital: { amount: string; currency: string } | null;
  establishedOn: string;
  termFrom: string | null;
  /** `null`: no fixed term (长期). */
  termTo: string | null;
  approvedOn: string | null;
  authority: AuthorityRef;
  regionCode: string;
  industryCode: string;
  addressLabel: string;
  address: string;
  scope: string;
  /** A branch's head office. */
  parent: CompanyRef | null;
  alerts: {
    isOnAbnormalList: boolean;
    isOnSeriousViolationList: boolean;
    penaltiesInPublicity: number;
    /**
     * The published warning that a listing still open will move the company to the
     * serious-violation list on `dueOn` (3 years after listing; notice 60 days before). Absent
     * (not null) when there is none, so the data hash of credit reports without one is unchanged.
     */
    seriousListWarning?: SeriousListWarning;
  };
  government: {
    shareholders: Shareholder[];
    keyPersons: KeyPerson[];
    branches: CompanyRef[];
    changes: ChangeRecord[];
    liquidation: Liquidation | null;
    licences: Licence[];
    penalties: Penalty[];
    abnormalListings: ListEntry[];
    seriousViolations: ListEntry[];
    spotChecks: SpotCheck[];
    chattelMortgages: ChattelMortgage[];
    equityPledges: EquityPledge[];
    judicialAssistance: JudicialAssistance[];
  };
  selfPublished: {
    annualReports: AnnualReportSummary[];
    contributions: Contribution[];
    equityChanges: EquityChange[];
    licences: Licence[];
    ipPledges: IpPledge[];
    /** Penalties the company published itself (企业自行公示), still in publicity. */
    penalties: Penalty[];
  };
  /** When the public record last changed (ISO timestamp). */
  updatedAt: string;
};

/** A block the company chose not to publish carries no values at all. */
export type Withheld = { isPublished: false };
export type Published<T> = { isPublished: true } & T;

export type AnnualReportAssets = {
  totalAssets: string | null;
  ownersEquity: string | null;
  totalRevenue: string | null;
  mainRevenue: string | null;
  totalProfit: string | null;
  netProfit: string | null;
  taxPaid: string | null;
  totalLiabilities: string | null;
};

export type AnnualReportGuarantee = {
  creditor: string;
  debtor: string;
  kind: string;
  amount: string;
  termFrom: string;
  termTo: string;
  period: string;
  mode: string;
};

export type AnnualReportSocialInsurance = {
  kind: string;
  insuredCount: number;
  contributionBase: string;
  paid: string;
  arrears: string;
};

export type AnnualReport = {
  company: CompanyRef;
  year: number;
  form: string;
  state: string;
  submittedOn: string;
  basic: {
    name: string;
    phone: string | null;
    postcode: string | null;
    address: string | null;
    email: string | null;
    employees: number | null;
    operatingState: string | null;
    hasWebsite: boolean;
    hasInvestments: boolean;
    hasEquityTransfer: boolean;
    memberCount: number | null;
  };
  websites: { kind: string; name: string; url: string }[];
  contributions: Contribution[];
  investments: { investeeName: string; investeeUscc: string | null }[];
  assets: Withheld | Published<AnnualReportAssets>;
  guarantees: Withheld | Published<{ rows: AnnualReportGuarantee[] }>;
  equityChanges: EquityChange[];
  socialInsurance: Withheld | Published<{ rows: AnnualReportSocialInsurance[] }>;
  amendments: { item: string; before: string; after: string; amendedOn: string }[];
};
