-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "aliveAt" TIMESTAMP(3);
