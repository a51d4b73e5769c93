-- AlterTable
ALTER TABLE "contribution" ADD COLUMN     "changed_on" DATE;
