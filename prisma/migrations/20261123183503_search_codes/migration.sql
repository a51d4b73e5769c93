-- AlterTable
ALTER TABLE "search_entry" ADD COLUMN     "registration_number" VARCHAR(15),
ADD COLUMN     "uscc" CHAR(18);

-- CreateIndex
CREATE INDEX "search_entry_uscc_idx" ON "search_entry"("uscc");

-- CreateIndex
CREATE INDEX "search_entry_registration_number_idx" ON "search_entry"("registration_number");
