-- AlterEnum
ALTER TYPE "BoardStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "cancelledById" TEXT;

-- AlterTable
ALTER TABLE "Wish" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- One open board per child: a cancelled board, like a finished one, no longer counts.
-- (Lists only the open states, so it does not use the new enum value in this transaction.)
DROP INDEX "Board_one_open_per_child";
CREATE UNIQUE INDEX "Board_one_open_per_child" ON "Board"("childId") WHERE "status" IN ('ACTIVE', 'GIFT_TIME');
