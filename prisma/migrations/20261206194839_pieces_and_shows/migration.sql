-- CreateEnum
CREATE TYPE "ShowKind" AS ENUM ('MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportTarget" AS ENUM ('MESSAGE', 'PIECE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "wornTitleId" TEXT;

-- CreateTable
CREATE TABLE "Show" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "ShowKind" NOT NULL,
    "title" TEXT NOT NULL,
    "normTitle" TEXT NOT NULL,
    "year" INTEGER,
    "genre" TEXT,
    "venue" TEXT,
    "runStart" DATE,
    "runEnd" DATE,
    "posterUrl" TEXT,
    "roomId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Show_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Piece" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "showId" TEXT NOT NULL,
    "kind" "ShowKind" NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "time" TEXT,
    "venue" TEXT,
    "cast" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "seat" TEXT,
    "price" INTEGER,
    "companions" TEXT,
    "rating" INTEGER,
    "review" TEXT,
    "note" TEXT,
    "layout" TEXT NOT NULL DEFAULT 'classic',
    "theme" TEXT NOT NULL DEFAULT 'grape',
    "photoKey" TEXT,
    "photoThumbKey" TEXT,
    "artKey" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "shareToken" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Piece_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PieceFile" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "pieceId" TEXT,
    "key" TEXT NOT NULL,
    "thumbKey" TEXT,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PieceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PieceLike" (
    "pieceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PieceLike_pkey" PRIMARY KEY ("pieceId","userId")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "target" "ReportTarget" NOT NULL,
    "targetId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserBlock" (
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserBlock_pkey" PRIMARY KEY ("blockerId","blockedId")
);

-- CreateTable
CREATE TABLE "UserTitle" (
    "userId" TEXT NOT NULL,
    "titleId" TEXT NOT NULL,
    "earnedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserTitle_pkey" PRIMARY KEY ("userId","titleId")
);

-- CreateTable
CREATE TABLE "StatsShare" (
    "token" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatsShare_pkey" PRIMARY KEY ("token")
);

-- CreateIndex
CREATE UNIQUE INDEX "Show_key_key" ON "Show"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Show_roomId_key" ON "Show"("roomId");

-- CreateIndex
CREATE INDEX "Show_kind_createdAt_idx" ON "Show"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "Show_normTitle_trgm" ON "Show" USING GIN ("normTitle" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Piece_shareToken_key" ON "Piece"("shareToken");

-- CreateIndex
CREATE INDEX "Piece_ownerId_date_idx" ON "Piece"("ownerId", "date");

-- CreateIndex
CREATE INDEX "Piece_showId_isPublic_createdAt_idx" ON "Piece"("showId", "isPublic", "createdAt");

-- CreateIndex
CREATE INDEX "Piece_showId_isPublic_likeCount_idx" ON "Piece"("showId", "isPublic", "likeCount");

-- CreateIndex
CREATE INDEX "PieceFile_pieceId_position_idx" ON "PieceFile"("pieceId", "position");

-- CreateIndex
CREATE INDEX "PieceFile_ownerId_createdAt_idx" ON "PieceFile"("ownerId", "createdAt");

-- CreateIndex
CREATE INDEX "PieceLike_userId_createdAt_idx" ON "PieceLike"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Report_target_targetId_idx" ON "Report"("target", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_reporterId_target_targetId_key" ON "Report"("reporterId", "target", "targetId");

-- CreateIndex
CREATE INDEX "UserBlock_blockedId_idx" ON "UserBlock"("blockedId");

-- CreateIndex
CREATE UNIQUE INDEX "StatsShare_userId_year_key" ON "StatsShare"("userId", "year");

-- AddForeignKey
ALTER TABLE "Piece" ADD CONSTRAINT "Piece_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Piece" ADD CONSTRAINT "Piece_showId_fkey" FOREIGN KEY ("showId") REFERENCES "Show"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceFile" ADD CONSTRAINT "PieceFile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceFile" ADD CONSTRAINT "PieceFile_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceLike" ADD CONSTRAINT "PieceLike_pieceId_fkey" FOREIGN KEY ("pieceId") REFERENCES "Piece"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PieceLike" ADD CONSTRAINT "PieceLike_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserBlock" ADD CONSTRAINT "UserBlock_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserBlock" ADD CONSTRAINT "UserBlock_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserTitle" ADD CONSTRAINT "UserTitle_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatsShare" ADD CONSTRAINT "StatsShare_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
