-- AlterTable
ALTER TABLE "Room" ADD COLUMN     "imageKey" TEXT;

-- CreateIndex
CREATE INDEX "Message_roomId_kind_seq_idx" ON "Message"("roomId", "kind", "seq");
