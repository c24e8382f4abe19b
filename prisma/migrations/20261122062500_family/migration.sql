-- CreateEnum
CREATE TYPE "WishStatus" AS ENUM ('WISHED', 'ON_BOARD', 'GIVEN');

-- CreateEnum
CREATE TYPE "BoardStatus" AS ENUM ('ACTIVE', 'GIFT_TIME', 'DONE');

-- CreateEnum
CREATE TYPE "GrapeEventKind" AS ENUM ('GIVEN', 'ATTACHED');

-- CreateEnum
CREATE TYPE "MissionRepeat" AS ENUM ('NONE', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "MissionRunStatus" AS ENUM ('TODO', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CallStatus" AS ENUM ('RINGING', 'ACTIVE', 'ENDED', 'MISSED', 'DECLINED');

-- CreateTable
CREATE TABLE "Wish" (
    "id" TEXT NOT NULL,
    "circleId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "imageUrl" TEXT,
    "price" INTEGER,
    "link" TEXT,
    "source" TEXT NOT NULL DEFAULT 'catalog',
    "sourceId" TEXT,
    "status" "WishStatus" NOT NULL DEFAULT 'WISHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "givenAt" TIMESTAMP(3),

    CONSTRAINT "Wish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Board" (
    "id" TEXT NOT NULL,
    "circleId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "wishId" TEXT NOT NULL,
    "goal" INTEGER NOT NULL DEFAULT 31,
    "given" INTEGER NOT NULL DEFAULT 0,
    "attached" INTEGER NOT NULL DEFAULT 0,
    "status" "BoardStatus" NOT NULL DEFAULT 'ACTIVE',
    "startedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fullAt" TIMESTAMP(3),
    "giftGivenAt" TIMESTAMP(3),

    CONSTRAINT "Board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrapeEvent" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "kind" "GrapeEventKind" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "actorId" TEXT NOT NULL,
    "missionRunId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrapeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mission" (
    "id" TEXT NOT NULL,
    "circleId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "reward" INTEGER NOT NULL DEFAULT 1,
    "startsOn" DATE,
    "dueAt" TIMESTAMP(3),
    "repeat" "MissionRepeat" NOT NULL DEFAULT 'NONE',
    "weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionRun" (
    "id" TEXT NOT NULL,
    "missionId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "status" "MissionRunStatus" NOT NULL DEFAULT 'TODO',
    "photoKey" TEXT,
    "rejectReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "MissionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionSeen" (
    "circleId" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionSeen_pkey" PRIMARY KEY ("circleId","suggestionId")
);

-- CreateTable
CREATE TABLE "Call" (
    "id" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "callerId" TEXT NOT NULL,
    "status" "CallStatus" NOT NULL DEFAULT 'RINGING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Call_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Wish_circleId_childId_idx" ON "Wish"("circleId", "childId");

-- CreateIndex
CREATE INDEX "Board_circleId_childId_idx" ON "Board"("circleId", "childId");

-- CreateIndex
CREATE INDEX "GrapeEvent_boardId_createdAt_idx" ON "GrapeEvent"("boardId", "createdAt");

-- CreateIndex
CREATE INDEX "Mission_circleId_childId_idx" ON "Mission"("circleId", "childId");

-- CreateIndex
CREATE INDEX "MissionRun_status_idx" ON "MissionRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "MissionRun_missionId_day_key" ON "MissionRun"("missionId", "day");

-- CreateIndex
CREATE INDEX "Call_roomId_status_idx" ON "Call"("roomId", "status");

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_wishId_fkey" FOREIGN KEY ("wishId") REFERENCES "Wish"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrapeEvent" ADD CONSTRAINT "GrapeEvent_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionRun" ADD CONSTRAINT "MissionRun_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grapes can never over-fill a board or be attached before they are given.
ALTER TABLE "Board" ADD CONSTRAINT "Board_counts_valid" CHECK ("goal" BETWEEN 10 AND 50 AND "given" >= 0 AND "attached" >= 0 AND "attached" <= "given" AND "given" <= "goal");

-- One unfinished board per child.
CREATE UNIQUE INDEX "Board_one_open_per_child" ON "Board"("childId") WHERE "status" <> 'DONE';

-- A mission reward is 1 to 10 grapes.
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_reward_valid" CHECK ("reward" BETWEEN 1 AND 10);
