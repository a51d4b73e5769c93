-- CreateIndex
CREATE INDEX "enterprise_name_zh_idx" ON "enterprise"("name_zh");

-- CreateIndex
CREATE INDEX "search_entry_is_abnormal_idx" ON "search_entry"("is_abnormal");

-- CreateIndex
CREATE INDEX "search_entry_is_serious_idx" ON "search_entry"("is_serious");

-- CreateIndex
CREATE INDEX "search_entry_penalty_public_until_idx" ON "search_entry"("penalty_public_until");
