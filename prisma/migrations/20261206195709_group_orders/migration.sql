-- CreateEnum
CREATE TYPE "FoodCategory" AS ENUM ('JOKBAL_BOSSAM', 'JJIM_TANG', 'JAPANESE', 'PIZZA', 'MEAT', 'WESTERN', 'CHICKEN', 'CHINESE', 'ASIAN', 'BAEKBAN_NOODLE', 'DOSIRAK', 'BUNSIK', 'CAFE_DESSERT', 'FAST_FOOD');

-- CreateEnum
CREATE TYPE "PostStatus" AS ENUM ('RECRUITING', 'CLOSED', 'DONE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "areaCode" TEXT,
ADD COLUMN     "postRadiusKm" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "category" "FoodCategory" NOT NULL,
    "restaurant" TEXT NOT NULL DEFAULT '',
    "menu" TEXT NOT NULL DEFAULT '',
    "wanted" INTEGER NOT NULL,
    "joinedCount" INTEGER NOT NULL DEFAULT 1,
    "deadline" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "deliveryFee" INTEGER,
    "minOrder" INTEGER,
    "status" "PostStatus" NOT NULL DEFAULT 'RECRUITING',
    "closedReason" TEXT,
    "roomId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Post_roomId_key" ON "Post"("roomId");

-- CreateIndex
CREATE INDEX "Post_areaCode_createdAt_id_idx" ON "Post"("areaCode", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Post_areaCode_deadline_id_idx" ON "Post"("areaCode", "deadline", "id");

-- CreateIndex
CREATE INDEX "Post_status_deadline_idx" ON "Post"("status", "deadline");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The database is the backstop for the join race: a post can never hold more people
-- than it wants, and never fewer than its author.
ALTER TABLE "Post" ADD CONSTRAINT "Post_joined_within_wanted" CHECK ("joinedCount" >= 1 AND "joinedCount" <= "wanted" AND "wanted" BETWEEN 2 AND 10);
ALTER TABLE "User" ADD CONSTRAINT "User_postRadiusKm_allowed" CHECK ("postRadiusKm" IN (1, 3, 5));
