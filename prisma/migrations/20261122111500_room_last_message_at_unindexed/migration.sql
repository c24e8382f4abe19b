-- Nothing queries rooms by last activity, and the index kept every send from updating
-- the room row in place (HOT).
DROP INDEX "Room_lastMessageAt_idx";
