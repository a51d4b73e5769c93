-- CreateIndex
CREATE INDEX "abnormal_listing_listed_on_id_idx" ON "abnormal_listing"("listed_on", "id");

-- CreateIndex
CREATE INDEX "penalty_published_on_id_idx" ON "penalty"("published_on", "id");
