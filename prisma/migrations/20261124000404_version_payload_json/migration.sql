-- AlterTable
ALTER TABLE "ingested_record_version" ALTER COLUMN "payload" SET DATA TYPE JSON;
