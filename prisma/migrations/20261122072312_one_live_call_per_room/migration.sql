-- At most one ringing or active call per room: two simultaneous starts cannot both ring.
CREATE UNIQUE INDEX "Call_one_live_per_room" ON "Call"("roomId") WHERE "status" IN ('RINGING', 'ACTIVE');
