-- CreateTable
CREATE TABLE "credit_report" (
    "id" VARCHAR(12) NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "generated_at" TIMESTAMPTZ(3) NOT NULL,
    "pdf_sha256" CHAR(64) NOT NULL,
    "data_sha256" CHAR(64) NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "batch_id" VARCHAR(12),

    CONSTRAINT "credit_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_batch" (
    "id" VARCHAR(12) NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" TEXT NOT NULL DEFAULT 'running',
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "finished_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,

    CONSTRAINT "report_batch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "credit_report_pdf_sha256_key" ON "credit_report"("pdf_sha256");

-- CreateIndex
CREATE INDEX "credit_report_enterprise_id_idx" ON "credit_report"("enterprise_id");

-- CreateIndex
CREATE INDEX "credit_report_batch_id_idx" ON "credit_report"("batch_id");

-- AddForeignKey
ALTER TABLE "credit_report" ADD CONSTRAINT "credit_report_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_report" ADD CONSTRAINT "credit_report_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "report_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
