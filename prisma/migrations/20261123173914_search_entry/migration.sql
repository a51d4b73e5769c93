-- pg_trgm indexes Chinese and Arabic-script text (a PostgreSQL contrib extension, loaded by PGlite too).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "search_entry" (
    "enterprise_id" INTEGER NOT NULL,
    "names" TEXT NOT NULL,
    "name_bigrams" TEXT[],
    "person" TEXT NOT NULL,
    "person_bigrams" TEXT[],
    "pinyin" TEXT NOT NULL,
    "pinyin_initials" TEXT NOT NULL,
    "prefecture_code" CHAR(6),
    "type" TEXT,
    "status" TEXT,
    "is_live" BOOLEAN NOT NULL DEFAULT true,
    "industry_section" CHAR(1),
    "established_on" DATE,
    "capital" DECIMAL(20,6),
    "penalty_public_until" DATE,
    "is_abnormal" BOOLEAN NOT NULL DEFAULT false,
    "is_serious" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "search_entry_pkey" PRIMARY KEY ("enterprise_id")
);

-- CreateIndex
CREATE INDEX "search_entry_name_bigrams_idx" ON "search_entry" USING GIN ("name_bigrams");

-- CreateIndex
CREATE INDEX "search_entry_person_bigrams_idx" ON "search_entry" USING GIN ("person_bigrams");

-- CreateIndex
CREATE INDEX "search_entry_names_trgm_idx" ON "search_entry" USING GIN ("names" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_entry_pinyin_trgm_idx" ON "search_entry" USING GIN ("pinyin" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_entry_pinyin_initials_trgm_idx" ON "search_entry" USING GIN ("pinyin_initials" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_entry_prefecture_code_idx" ON "search_entry"("prefecture_code");

-- CreateIndex
CREATE INDEX "search_entry_status_idx" ON "search_entry"("status");

-- CreateIndex
CREATE INDEX "enterprise_name_ug_trgm_idx" ON "enterprise" USING GIN ("name_ug" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "search_entry" ADD CONSTRAINT "search_entry_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;
