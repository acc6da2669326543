-- CreateEnum
CREATE TYPE "AgendaActionStatus" AS ENUM ('GEPLAND', 'LOPEND', 'AFGEROND', 'GESTOPT');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HOGER', 'LAGER');

-- CreateEnum
CREATE TYPE "ReviewRoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReviewDecisionKind" AS ENUM ('GOAL_CHANGED', 'ACTION_ADDED', 'ACTION_STOPPED', 'OTHER');

-- CreateEnum
CREATE TYPE "KnowledgeQuestionStatus" AS ENUM ('OPEN', 'BEANTWOORD');

-- CreateTable
CREATE TABLE "AgendaGoal" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaAction" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owners" TEXT[],
    "status" "AgendaActionStatus" NOT NULL DEFAULT 'GEPLAND',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaIndicator" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "actionId" TEXT,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "baseline" DOUBLE PRECISION,
    "targetValue" DOUBLE PRECISION NOT NULL,
    "targetDate" DATE NOT NULL,
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'HOGER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaMeasurement" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "measuredOn" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRound" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "status" "ReviewRoundStatus" NOT NULL DEFAULT 'OPEN',
    "snapshot" JSONB NOT NULL,
    "snapshotAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "authorId" TEXT,
    "goalRef" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "kind" "ReviewDecisionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "links" TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeQuestion" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "status" "KnowledgeQuestionStatus" NOT NULL DEFAULT 'OPEN',
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeVote" (
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeVote_pkey" PRIMARY KEY ("questionId","userId")
);

-- CreateTable
CREATE TABLE "KnowledgeComment" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeAnswer" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "libraryItemId" TEXT NOT NULL,
    "linkedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgendaGoal_themeId_sortOrder_idx" ON "AgendaGoal"("themeId", "sortOrder");

-- CreateIndex
CREATE INDEX "AgendaAction_goalId_sortOrder_idx" ON "AgendaAction"("goalId", "sortOrder");

-- CreateIndex
CREATE INDEX "AgendaIndicator_goalId_idx" ON "AgendaIndicator"("goalId");

-- CreateIndex
CREATE INDEX "AgendaIndicator_actionId_idx" ON "AgendaIndicator"("actionId");

-- CreateIndex
CREATE INDEX "AgendaMeasurement_indicatorId_measuredOn_idx" ON "AgendaMeasurement"("indicatorId", "measuredOn");

-- CreateIndex
CREATE INDEX "ReviewRound_createdAt_idx" ON "ReviewRound"("createdAt");

-- CreateIndex
CREATE INDEX "ReviewComment_roundId_createdAt_idx" ON "ReviewComment"("roundId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewDecision_roundId_createdAt_idx" ON "ReviewDecision"("roundId", "createdAt");

-- CreateIndex
CREATE INDEX "KnowledgeQuestion_themeId_status_idx" ON "KnowledgeQuestion"("themeId", "status");

-- CreateIndex
CREATE INDEX "KnowledgeVote_userId_idx" ON "KnowledgeVote"("userId");

-- CreateIndex
CREATE INDEX "KnowledgeComment_questionId_createdAt_idx" ON "KnowledgeComment"("questionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgeAnswer_questionId_libraryItemId_key" ON "KnowledgeAnswer"("questionId", "libraryItemId");

-- AddForeignKey
ALTER TABLE "AgendaGoal" ADD CONSTRAINT "AgendaGoal_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaAction" ADD CONSTRAINT "AgendaAction_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "AgendaGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaIndicator" ADD CONSTRAINT "AgendaIndicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "AgendaGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaIndicator" ADD CONSTRAINT "AgendaIndicator_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "AgendaAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaMeasurement" ADD CONSTRAINT "AgendaMeasurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "AgendaIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaMeasurement" ADD CONSTRAINT "AgendaMeasurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRound" ADD CONSTRAINT "ReviewRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReviewRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReviewRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeQuestion" ADD CONSTRAINT "KnowledgeQuestion_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeQuestion" ADD CONSTRAINT "KnowledgeQuestion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeVote" ADD CONSTRAINT "KnowledgeVote_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "KnowledgeQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeVote" ADD CONSTRAINT "KnowledgeVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeComment" ADD CONSTRAINT "KnowledgeComment_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "KnowledgeQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeComment" ADD CONSTRAINT "KnowledgeComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeAnswer" ADD CONSTRAINT "KnowledgeAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "KnowledgeQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeAnswer" ADD CONSTRAINT "KnowledgeAnswer_libraryItemId_fkey" FOREIGN KEY ("libraryItemId") REFERENCES "LibraryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeAnswer" ADD CONSTRAINT "KnowledgeAnswer_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A review round's snapshot is frozen at creation (docs/decisions/076):
-- the application never updates it, and the database refuses it as well.
CREATE FUNCTION "review_round_snapshot_immutable"() RETURNS trigger AS $$
BEGIN
  IF NEW."snapshot" IS DISTINCT FROM OLD."snapshot" OR NEW."snapshotAt" IS DISTINCT FROM OLD."snapshotAt" THEN
    RAISE EXCEPTION 'ReviewRound.snapshot is immutable' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ReviewRound_snapshot_immutable"
  BEFORE UPDATE ON "ReviewRound"
  FOR EACH ROW EXECUTE FUNCTION "review_round_snapshot_immutable"();
