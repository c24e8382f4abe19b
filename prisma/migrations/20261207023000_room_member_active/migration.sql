-- The chat list: index-only member counts and first four members per room (docs/decisions.md, issue 12).
CREATE INDEX "RoomMember_active_roomId_userId" ON "RoomMember"("roomId", "userId") WHERE "leftAt" IS NULL AND "bannedAt" IS NULL;
