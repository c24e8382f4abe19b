-- CreateEnum
CREATE TYPE "QuestionFrequency" AS ENUM ('ALWAYS', 'DAILY', 'OFF');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "birthday" DATE;

-- CreateTable
CREATE TABLE "CoupleSettings" (
    "circleId" TEXT NOT NULL,
    "questionFrequency" "QuestionFrequency" NOT NULL DEFAULT 'ALWAYS',
    "startDate" DATE,
    "icsToken" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoupleSettings_pkey" PRIMARY KEY ("circleId")
);

-- CreateTable
CREATE TABLE "CoupleQuestion" (
    "id" TEXT NOT NULL,
    "circleId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "keyword" TEXT NOT NULL,
    "triggerSeq" INTEGER,
    "cardSeq" INTEGER,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "revealedAt" TIMESTAMP(3),

    CONSTRAINT "CoupleQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoupleAnswer" (
    "coupleQuestionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoupleAnswer_pkey" PRIMARY KEY ("coupleQuestionId","userId")
);

-- CreateTable
CREATE TABLE "WordCount" (
    "circleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "word" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WordCount_pkey" PRIMARY KEY ("circleId","day","userId","word")
);

-- CreateTable
CREATE TABLE "CoupleWordRule" (
    "circleId" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "excluded" BOOLEAN NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoupleWordRule_pkey" PRIMARY KEY ("circleId","word")
);

-- CreateTable
CREATE TABLE "CoupleEvent" (
    "id" TEXT NOT NULL,
    "circleId" TEXT NOT NULL,
    "createdById" TEXT,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "time" TEXT,
    "memo" TEXT NOT NULL DEFAULT '',
    "isDDay" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoupleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CoupleSettings_icsToken_key" ON "CoupleSettings"("icsToken");

-- CreateIndex
CREATE INDEX "CoupleQuestion_circleId_askedAt_idx" ON "CoupleQuestion"("circleId", "askedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CoupleQuestion_circleId_questionId_key" ON "CoupleQuestion"("circleId", "questionId");

-- CreateIndex
CREATE INDEX "CoupleEvent_circleId_date_idx" ON "CoupleEvent"("circleId", "date");

-- AddForeignKey
ALTER TABLE "CoupleSettings" ADD CONSTRAINT "CoupleSettings_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoupleQuestion" ADD CONSTRAINT "CoupleQuestion_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoupleAnswer" ADD CONSTRAINT "CoupleAnswer_coupleQuestionId_fkey" FOREIGN KEY ("coupleQuestionId") REFERENCES "CoupleQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordCount" ADD CONSTRAINT "WordCount_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoupleWordRule" ADD CONSTRAINT "CoupleWordRule_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoupleEvent" ADD CONSTRAINT "CoupleEvent_circleId_fkey" FOREIGN KEY ("circleId") REFERENCES "Circle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one open (unrevealed) question per couple: a keyword seen while one is open is dropped.
CREATE UNIQUE INDEX "CoupleQuestion_one_open" ON "CoupleQuestion"("circleId") WHERE "revealedAt" IS NULL;
