-- CreateTable
CREATE TABLE "api_key" (
    "id" VARCHAR(16) NOT NULL,
    "authority_id" TEXT NOT NULL,
    "kinds" TEXT[],
    "secret_sha256" CHAR(64) NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingested_record" (
    "id" BIGSERIAL NOT NULL,
    "authority_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "document_number" TEXT NOT NULL,
    "enterprise_id" INTEGER NOT NULL,
    "record_id" INTEGER,
    "version" INTEGER NOT NULL,
    "payload_sha256" CHAR(64) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'current',
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ingested_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingested_record_version" (
    "id" BIGSERIAL NOT NULL,
    "ingested_record_id" BIGINT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "payload_sha256" CHAR(64) NOT NULL,
    "source" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ingested_record_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_change" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "enterprise_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "record_id" TEXT,

    CONSTRAINT "public_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "api_key_authority_id_idx" ON "api_key"("authority_id");

-- CreateIndex
CREATE INDEX "ingested_record_enterprise_id_idx" ON "ingested_record"("enterprise_id");

-- CreateIndex
CREATE UNIQUE INDEX "ingested_record_authority_id_kind_document_number_key" ON "ingested_record"("authority_id", "kind", "document_number");

-- CreateIndex
CREATE UNIQUE INDEX "ingested_record_version_ingested_record_id_version_key" ON "ingested_record_version"("ingested_record_id", "version");

-- CreateIndex
CREATE INDEX "public_change_enterprise_id_id_idx" ON "public_change"("enterprise_id", "id");

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_authority_id_fkey" FOREIGN KEY ("authority_id") REFERENCES "authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingested_record_version" ADD CONSTRAINT "ingested_record_version_ingested_record_id_fkey" FOREIGN KEY ("ingested_record_id") REFERENCES "ingested_record"("id") ON DELETE CASCADE ON UPDATE CASCADE;
