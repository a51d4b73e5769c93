-- Every writer of search_entry fills the Uyghur forms (buildSearchEntry): no default.
-- AlterTable
ALTER TABLE "search_entry" ALTER COLUMN "name_ug" DROP DEFAULT,
ALTER COLUMN "name_ug_latin" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "search_entry_name_ug_trgm_idx" ON "search_entry" USING GIN ("name_ug" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_entry_name_ug_latin_trgm_idx" ON "search_entry" USING GIN ("name_ug_latin" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "search_entry_name_ug_latin_idx" ON "search_entry"("name_ug_latin");
