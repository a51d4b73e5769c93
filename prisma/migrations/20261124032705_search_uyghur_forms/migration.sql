-- The Uyghur name's search forms (lib/uyghur/search-forms.ts) move into search_entry: search no
-- longer reads enterprise.name_ug, so its trigram index goes.
-- DropIndex
DROP INDEX "enterprise_name_ug_trgm_idx";

-- AlterTable: empty at first. The data step of this migration (lib/db/migration-data-steps.ts)
-- fills the rows already there, in the same transaction, before the next migration indexes them.
ALTER TABLE "search_entry" ADD COLUMN     "name_ug" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "name_ug_latin" TEXT NOT NULL DEFAULT '';
