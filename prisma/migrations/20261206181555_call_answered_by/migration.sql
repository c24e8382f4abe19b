-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "answeredById" TEXT;
