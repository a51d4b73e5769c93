-- CreateTable
CREATE TABLE "authority" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_ug" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "authority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enterprise" (
    "id" SERIAL NOT NULL,
    "uscc" CHAR(18) NOT NULL,
    "registration_number" VARCHAR(15),
    "name_zh" TEXT NOT NULL,
    "name_ug" TEXT,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "legal_rep_name" TEXT NOT NULL,
    "legal_rep_role" TEXT NOT NULL,
    "legal_rep_id_number" TEXT,
    "capital" DECIMAL(20,6),
    "currency" TEXT NOT NULL DEFAULT 'CNY',
    "established_on" DATE NOT NULL,
    "term_from" DATE,
    "term_to" DATE,
    "approved_on" DATE,
    "authority_id" TEXT NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "industry_code" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "status_changed_on" DATE,
    "parent_id" INTEGER,
    "liaison_name" TEXT,
    "liaison_phone" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shareholder" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "is_natural_person" BOOLEAN NOT NULL,
    "id_document_type" TEXT NOT NULL,
    "id_document_number" TEXT NOT NULL,

    CONSTRAINT "shareholder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contribution" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "shareholder_name" TEXT NOT NULL,
    "subscribed" DECIMAL(20,6) NOT NULL,
    "subscribed_on" DATE,
    "subscribed_via" TEXT NOT NULL,
    "paid" DECIMAL(20,6) NOT NULL,
    "paid_on" DATE,
    "paid_via" TEXT,
    "published_on" DATE NOT NULL,

    CONSTRAINT "contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "key_person" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "key_person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_record" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "changed_on" DATE NOT NULL,

    CONSTRAINT "change_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "liquidation" (
    "enterprise_id" INTEGER NOT NULL,
    "leader" TEXT NOT NULL,
    "members" TEXT NOT NULL,
    "started_on" DATE NOT NULL,

    CONSTRAINT "liquidation_pkey" PRIMARY KEY ("enterprise_id")
);

-- CreateTable
CREATE TABLE "licence" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "authority_id" TEXT,
    "authority_name" TEXT,
    "source" TEXT NOT NULL DEFAULT 'government',
    "document_number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "status_changed_on" DATE,
    "published_on" DATE NOT NULL,

    CONSTRAINT "licence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "penalty" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "authority_id" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'government',
    "decision_number" TEXT NOT NULL,
    "violation_type" TEXT NOT NULL,
    "kinds" TEXT[],
    "content" TEXT NOT NULL,
    "fine_yuan" DECIMAL(16,2),
    "is_minor" BOOLEAN NOT NULL DEFAULT false,
    "decided_on" DATE NOT NULL,
    "published_on" DATE NOT NULL,
    "publicity_ends_on" DATE NOT NULL,
    "repaired_on" DATE,
    "annulled_on" DATE,
    "document_text" TEXT NOT NULL,

    CONSTRAINT "penalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "abnormal_listing" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "listed_on" DATE NOT NULL,
    "listed_by_id" TEXT NOT NULL,
    "removal_reason" TEXT,
    "removed_on" DATE,
    "removed_by_id" TEXT,

    CONSTRAINT "abnormal_listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "serious_violation" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "listed_on" DATE NOT NULL,
    "listed_by_id" TEXT NOT NULL,
    "removal_reason" TEXT,
    "removed_on" DATE,
    "removed_by_id" TEXT,

    CONSTRAINT "serious_violation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "spot_check" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "authority_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "checked_on" DATE NOT NULL,
    "result" TEXT NOT NULL,

    CONSTRAINT "spot_check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chattel_mortgage" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "registration_number" TEXT NOT NULL,
    "registered_on" DATE NOT NULL,
    "authority_id" TEXT NOT NULL,
    "secured_amount" DECIMAL(20,6) NOT NULL,
    "mortgagee" TEXT NOT NULL,
    "collateral" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "published_on" DATE NOT NULL,

    CONSTRAINT "chattel_mortgage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "equity_pledge" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "registration_number" TEXT NOT NULL,
    "pledgor_name" TEXT NOT NULL,
    "pledgor_is_natural" BOOLEAN NOT NULL,
    "pledgor_id_number" TEXT NOT NULL,
    "pledged_amount" DECIMAL(20,6) NOT NULL,
    "pledgee_name" TEXT NOT NULL,
    "pledgee_is_natural" BOOLEAN NOT NULL,
    "pledgee_id_number" TEXT NOT NULL,
    "registered_on" DATE NOT NULL,
    "authority_id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "published_on" DATE NOT NULL,

    CONSTRAINT "equity_pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "judicial_assistance" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "subject_name" TEXT NOT NULL,
    "equity_amount" DECIMAL(20,6) NOT NULL,
    "court" TEXT NOT NULL,
    "notice_number" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "from_on" DATE NOT NULL,
    "to_on" DATE,
    "published_on" DATE NOT NULL,

    CONSTRAINT "judicial_assistance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "equity_change" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "shareholder_name" TEXT NOT NULL,
    "ratio_before" DECIMAL(7,4) NOT NULL,
    "ratio_after" DECIMAL(7,4) NOT NULL,
    "changed_on" DATE NOT NULL,
    "published_on" DATE NOT NULL,

    CONSTRAINT "equity_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ip_pledge" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "registration_number" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "pledgor" TEXT NOT NULL,
    "pledgee" TEXT NOT NULL,
    "term_from" DATE NOT NULL,
    "term_to" DATE,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "published_on" DATE NOT NULL,

    CONSTRAINT "ip_pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "form" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "submitted_on" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "postcode" TEXT,
    "address" TEXT,
    "email" TEXT,
    "employees" INTEGER,
    "operating_state" TEXT,
    "has_website" BOOLEAN NOT NULL DEFAULT false,
    "has_investments" BOOLEAN NOT NULL DEFAULT false,
    "has_equity_transfer" BOOLEAN NOT NULL DEFAULT false,
    "member_count" INTEGER,
    "publish_assets" BOOLEAN NOT NULL,
    "total_assets" DECIMAL(20,6),
    "owners_equity" DECIMAL(20,6),
    "total_revenue" DECIMAL(20,6),
    "main_revenue" DECIMAL(20,6),
    "total_profit" DECIMAL(20,6),
    "net_profit" DECIMAL(20,6),
    "tax_paid" DECIMAL(20,6),
    "total_liabilities" DECIMAL(20,6),
    "publish_guarantees" BOOLEAN NOT NULL,
    "publish_social_insurance" BOOLEAN NOT NULL,

    CONSTRAINT "annual_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_website" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "annual_report_website_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_contribution" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "shareholder_name" TEXT NOT NULL,
    "subscribed" DECIMAL(20,6) NOT NULL,
    "subscribed_on" DATE,
    "subscribed_via" TEXT NOT NULL,
    "paid" DECIMAL(20,6) NOT NULL,
    "paid_on" DATE,
    "paid_via" TEXT,

    CONSTRAINT "annual_report_contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_investment" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "investee_name" TEXT NOT NULL,
    "investee_uscc" TEXT,

    CONSTRAINT "annual_report_investment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_guarantee" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "creditor" TEXT NOT NULL,
    "debtor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" DECIMAL(20,6) NOT NULL,
    "term_from" DATE NOT NULL,
    "term_to" DATE NOT NULL,
    "period" TEXT NOT NULL,
    "mode" TEXT NOT NULL,

    CONSTRAINT "annual_report_guarantee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_equity_change" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "shareholder_name" TEXT NOT NULL,
    "ratio_before" DECIMAL(7,4) NOT NULL,
    "ratio_after" DECIMAL(7,4) NOT NULL,
    "changed_on" DATE NOT NULL,

    CONSTRAINT "annual_report_equity_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_social_insurance" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "insured_count" INTEGER NOT NULL,
    "contribution_base" DECIMAL(20,6) NOT NULL,
    "paid" DECIMAL(20,6) NOT NULL,
    "arrears" DECIMAL(20,6) NOT NULL,

    CONSTRAINT "annual_report_social_insurance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_amendment" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "amended_on" DATE NOT NULL,

    CONSTRAINT "annual_report_amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "enterprise_id" INTEGER,
    "detail" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_outbox" (
    "id" BIGSERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "op" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),
    "last_error" TEXT,

    CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "enterprise_uscc_key" ON "enterprise"("uscc");

-- CreateIndex
CREATE UNIQUE INDEX "enterprise_registration_number_key" ON "enterprise"("registration_number");

-- CreateIndex
CREATE INDEX "enterprise_parent_id_idx" ON "enterprise"("parent_id");

-- CreateIndex
CREATE INDEX "enterprise_region_code_idx" ON "enterprise"("region_code");

-- CreateIndex
CREATE INDEX "enterprise_status_idx" ON "enterprise"("status");

-- CreateIndex
CREATE INDEX "shareholder_enterprise_id_idx" ON "shareholder"("enterprise_id");

-- CreateIndex
CREATE INDEX "contribution_enterprise_id_idx" ON "contribution"("enterprise_id");

-- CreateIndex
CREATE INDEX "key_person_enterprise_id_idx" ON "key_person"("enterprise_id");

-- CreateIndex
CREATE INDEX "change_record_enterprise_id_idx" ON "change_record"("enterprise_id");

-- CreateIndex
CREATE INDEX "licence_enterprise_id_idx" ON "licence"("enterprise_id");

-- CreateIndex
CREATE INDEX "penalty_enterprise_id_idx" ON "penalty"("enterprise_id");

-- CreateIndex
CREATE INDEX "abnormal_listing_enterprise_id_idx" ON "abnormal_listing"("enterprise_id");

-- CreateIndex
CREATE INDEX "serious_violation_enterprise_id_idx" ON "serious_violation"("enterprise_id");

-- CreateIndex
CREATE INDEX "spot_check_enterprise_id_idx" ON "spot_check"("enterprise_id");

-- CreateIndex
CREATE INDEX "chattel_mortgage_enterprise_id_idx" ON "chattel_mortgage"("enterprise_id");

-- CreateIndex
CREATE INDEX "equity_pledge_enterprise_id_idx" ON "equity_pledge"("enterprise_id");

-- CreateIndex
CREATE INDEX "judicial_assistance_enterprise_id_idx" ON "judicial_assistance"("enterprise_id");

-- CreateIndex
CREATE INDEX "equity_change_enterprise_id_idx" ON "equity_change"("enterprise_id");

-- CreateIndex
CREATE INDEX "ip_pledge_enterprise_id_idx" ON "ip_pledge"("enterprise_id");

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_enterprise_id_year_key" ON "annual_report"("enterprise_id", "year");

-- CreateIndex
CREATE INDEX "annual_report_website_report_id_idx" ON "annual_report_website"("report_id");

-- CreateIndex
CREATE INDEX "annual_report_contribution_report_id_idx" ON "annual_report_contribution"("report_id");

-- CreateIndex
CREATE INDEX "annual_report_investment_report_id_idx" ON "annual_report_investment"("report_id");

-- CreateIndex
CREATE INDEX "annual_report_guarantee_report_id_idx" ON "annual_report_guarantee"("report_id");

-- CreateIndex
CREATE INDEX "annual_report_equity_change_report_id_idx" ON "annual_report_equity_change"("report_id");

-- CreateIndex
CREATE INDEX "annual_report_social_insurance_report_id_idx" ON "annual_report_social_insurance"("report_id");

-- CreateIndex
CREATE INDEX "annual_report_amendment_report_id_idx" ON "annual_report_amendment"("report_id");

-- CreateIndex
CREATE INDEX "audit_log_enterprise_id_idx" ON "audit_log"("enterprise_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "search_outbox_processed_at_next_attempt_at_idx" ON "search_outbox"("processed_at", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enterprise" ADD CONSTRAINT "enterprise_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shareholder" ADD CONSTRAINT "shareholder_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contribution" ADD CONSTRAINT "contribution_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "key_person" ADD CONSTRAINT "key_person_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_record" ADD CONSTRAINT "change_record_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "liquidation" ADD CONSTRAINT "liquidation_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "licence" ADD CONSTRAINT "licence_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "licence" ADD CONSTRAINT "licence_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penalty" ADD CONSTRAINT "penalty_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penalty" ADD CONSTRAINT "penalty_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "abnormal_listing" ADD CONSTRAINT "abnormal_listing_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "abnormal_listing" ADD CONSTRAINT "abnormal_listing_listed_by_id_fkey" FOREIGN KEY ("listed_by_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "abnormal_listing" ADD CONSTRAINT "abnormal_listing_removed_by_id_fkey" FOREIGN KEY ("removed_by_id") REFERENCES "authority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serious_violation" ADD CONSTRAINT "serious_violation_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serious_violation" ADD CONSTRAINT "serious_violation_listed_by_id_fkey" FOREIGN KEY ("listed_by_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serious_violation" ADD CONSTRAINT "serious_violation_removed_by_id_fkey" FOREIGN KEY ("removed_by_id") REFERENCES "authority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spot_check" ADD CONSTRAINT "spot_check_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "spot_check" ADD CONSTRAINT "spot_check_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chattel_mortgage" ADD CONSTRAINT "chattel_mortgage_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chattel_mortgage" ADD CONSTRAINT "chattel_mortgage_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "equity_pledge" ADD CONSTRAINT "equity_pledge_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "equity_pledge" ADD CONSTRAINT "equity_pledge_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "judicial_assistance" ADD CONSTRAINT "judicial_assistance_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "equity_change" ADD CONSTRAINT "equity_change_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ip_pledge" ADD CONSTRAINT "ip_pledge_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_website" ADD CONSTRAINT "annual_report_website_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_contribution" ADD CONSTRAINT "annual_report_contribution_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_investment" ADD CONSTRAINT "annual_report_investment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_guarantee" ADD CONSTRAINT "annual_report_guarantee_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_equity_change" ADD CONSTRAINT "annual_report_equity_change_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_social_insurance" ADD CONSTRAINT "annual_report_social_insurance_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_amendment" ADD CONSTRAINT "annual_report_amendment_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
