-- AlterTable
ALTER TABLE "Mission" ADD COLUMN     "assignedNotifiedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Mission_assignedNotifiedAt_startsOn_idx" ON "Mission"("assignedNotifiedAt", "startsOn");

-- Existing missions: those visible from their creation day were announced when they were
-- made, and scheduled ones whose day has already passed are not announced late. Only
-- missions still waiting for their start day (or starting today) are left for the job.
-- (No semicolons in these comments: the offline engine splits the script on them.)
UPDATE "Mission" SET "assignedNotifiedAt" = "createdAt"
WHERE "deletedAt" IS NOT NULL
   OR "startsOn" IS NULL
   OR "startsOn" <= ("createdAt" + INTERVAL '9 hours')::date
   OR "startsOn" < (now() AT TIME ZONE 'UTC' + INTERVAL '9 hours')::date;
