-- One open board per child in each family: a child of separated parents is in two
-- families and may have a board in each. The old index was keyed on the child alone.
DROP INDEX "Board_one_open_per_child";
CREATE UNIQUE INDEX "Board_one_open_per_child_per_family" ON "Board"("circleId", "childId") WHERE "status" IN ('ACTIVE', 'GIFT_TIME');
