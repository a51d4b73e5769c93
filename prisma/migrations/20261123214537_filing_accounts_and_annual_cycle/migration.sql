-- AlterTable
ALTER TABLE "abnormal_listing" ADD COLUMN     "report_year" INTEGER;

-- AlterTable
ALTER TABLE "annual_report" ADD COLUMN     "reference_number" TEXT,
ADD COLUMN     "submitted_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "filer_account" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "liaison_name" TEXT NOT NULL,
    "liaison_phone" TEXT NOT NULL,
    "liaison_id_number" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "activated_at" TIMESTAMPTZ(3) NOT NULL,
    "password_changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "filer_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "filing_code" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "code_sha256" CHAR(64) NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "issued_by" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "filing_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulator_user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "authority_id" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regulator_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_session" (
    "id" CHAR(64) NOT NULL,
    "filer_account_id" INTEGER,
    "regulator_user_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_failure" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "account" TEXT NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "login_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_draft" (
    "id" SERIAL NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "amends_report_id" INTEGER,
    "answers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "annual_report_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "removal_application" (
    "id" SERIAL NOT NULL,
    "listing_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "decided_at" TIMESTAMPTZ(3),
    "decided_by" TEXT,
    "rejection_note" TEXT,

    CONSTRAINT "removal_application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "serious_list_warning" (
    "listing_id" INTEGER NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "notice_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,

    CONSTRAINT "serious_list_warning_pkey" PRIMARY KEY ("listing_id")
);

-- CreateTable
CREATE TABLE "annual_cycle_run" (
    "id" SERIAL NOT NULL,
    "as_of" DATE NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "actor" TEXT NOT NULL,
    "listed" INTEGER NOT NULL DEFAULT 0,
    "warned" INTEGER NOT NULL DEFAULT 0,
    "moved" INTEGER NOT NULL DEFAULT 0,
    "removed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "annual_cycle_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "filer_account_enterprise_id_key" ON "filer_account"("enterprise_id");

-- CreateIndex
CREATE UNIQUE INDEX "filing_code_code_sha256_key" ON "filing_code"("code_sha256");

-- CreateIndex
CREATE INDEX "filing_code_enterprise_id_idx" ON "filing_code"("enterprise_id");

-- CreateIndex
CREATE UNIQUE INDEX "regulator_user_username_key" ON "regulator_user"("username");

-- CreateIndex
CREATE INDEX "user_session_filer_account_id_idx" ON "user_session"("filer_account_id");

-- CreateIndex
CREATE INDEX "user_session_regulator_user_id_idx" ON "user_session"("regulator_user_id");

-- CreateIndex
CREATE INDEX "user_session_expires_at_idx" ON "user_session"("expires_at");

-- CreateIndex
CREATE INDEX "login_failure_account_at_idx" ON "login_failure"("account", "at");

-- CreateIndex
CREATE INDEX "login_failure_address_at_idx" ON "login_failure"("address", "at");

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_draft_enterprise_id_year_key" ON "annual_report_draft"("enterprise_id", "year");

-- CreateIndex
CREATE INDEX "removal_application_enterprise_id_idx" ON "removal_application"("enterprise_id");

-- CreateIndex
CREATE INDEX "removal_application_state_idx" ON "removal_application"("state");

-- CreateIndex
CREATE INDEX "serious_list_warning_enterprise_id_idx" ON "serious_list_warning"("enterprise_id");

-- CreateIndex
CREATE INDEX "annual_cycle_run_as_of_idx" ON "annual_cycle_run"("as_of");

-- CreateIndex
CREATE INDEX "abnormal_listing_removed_on_listed_on_idx" ON "abnormal_listing"("removed_on", "listed_on");

-- CreateIndex
CREATE UNIQUE INDEX "abnormal_listing_enterprise_id_report_year_key" ON "abnormal_listing"("enterprise_id", "report_year");

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_reference_number_key" ON "annual_report"("reference_number");

-- AddForeignKey
ALTER TABLE "filer_account" ADD CONSTRAINT "filer_account_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filing_code" ADD CONSTRAINT "filing_code_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regulator_user" ADD CONSTRAINT "regulator_user_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_filer_account_id_fkey" FOREIGN KEY ("filer_account_id") REFERENCES "filer_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_regulator_user_id_fkey" FOREIGN KEY ("regulator_user_id") REFERENCES "regulator_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_draft" ADD CONSTRAINT "annual_report_draft_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "removal_application" ADD CONSTRAINT "removal_application_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "abnormal_listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "removal_application" ADD CONSTRAINT "removal_application_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serious_list_warning" ADD CONSTRAINT "serious_list_warning_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "abnormal_listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "serious_list_warning" ADD CONSTRAINT "serious_list_warning_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;
