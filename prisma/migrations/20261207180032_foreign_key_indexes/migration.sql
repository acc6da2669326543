-- Every foreign key leads an index (decision 319): the AVG export and account deletion look rows up by
-- these columns (Message.deletedById, Report.reporterId, …), and deleting a user or community makes
-- PostgreSQL find the referencing rows of each ON DELETE SET NULL / CASCADE key, a full scan without one.

-- CreateIndex
CREATE INDEX "AgendaMeasurement_recordedById_idx" ON "AgendaMeasurement"("recordedById");

-- CreateIndex
CREATE INDEX "Channel_createdById_idx" ON "Channel"("createdById");

-- CreateIndex
CREATE INDEX "Document_createdById_idx" ON "Document"("createdById");

-- CreateIndex
CREATE INDEX "DocumentChange_authorId_idx" ON "DocumentChange"("authorId");

-- CreateIndex
CREATE INDEX "DocumentUpdate_authorId_idx" ON "DocumentUpdate"("authorId");

-- CreateIndex
CREATE INDEX "DocumentVersion_authorId_idx" ON "DocumentVersion"("authorId");

-- CreateIndex
CREATE INDEX "Event_createdById_idx" ON "Event"("createdById");

-- CreateIndex
CREATE INDEX "Invitation_invitedById_idx" ON "Invitation"("invitedById");

-- CreateIndex
CREATE INDEX "JoinRequest_decidedById_idx" ON "JoinRequest"("decidedById");

-- CreateIndex
CREATE INDEX "KnowledgeAnswer_linkedById_idx" ON "KnowledgeAnswer"("linkedById");

-- CreateIndex
CREATE INDEX "KnowledgeAnswer_libraryItemId_idx" ON "KnowledgeAnswer"("libraryItemId");

-- CreateIndex
CREATE INDEX "KnowledgeComment_authorId_idx" ON "KnowledgeComment"("authorId");

-- CreateIndex
CREATE INDEX "KnowledgeQuestion_authorId_idx" ON "KnowledgeQuestion"("authorId");

-- CreateIndex
CREATE INDEX "LibraryAttachment_uploadedById_idx" ON "LibraryAttachment"("uploadedById");

-- CreateIndex
CREATE INDEX "LibraryItem_mergedIntoId_idx" ON "LibraryItem"("mergedIntoId");

-- CreateIndex
CREATE INDEX "LibraryRevision_actorId_idx" ON "LibraryRevision"("actorId");

-- CreateIndex
CREATE INDEX "Message_deletedById_idx" ON "Message"("deletedById");

-- CreateIndex
CREATE INDEX "Message_replyToId_idx" ON "Message"("replyToId");

-- CreateIndex
CREATE INDEX "ModerationAction_actorId_idx" ON "ModerationAction"("actorId");

-- CreateIndex
CREATE INDEX "Notification_actorId_idx" ON "Notification"("actorId");

-- CreateIndex
CREATE INDEX "Notification_communityId_idx" ON "Notification"("communityId");

-- CreateIndex
CREATE INDEX "Report_handledById_idx" ON "Report"("handledById");

-- CreateIndex
CREATE INDEX "Report_reporterId_idx" ON "Report"("reporterId");

-- CreateIndex
CREATE INDEX "ReviewComment_authorId_idx" ON "ReviewComment"("authorId");

-- CreateIndex
CREATE INDEX "ReviewDecision_createdById_idx" ON "ReviewDecision"("createdById");

-- CreateIndex
CREATE INDEX "ReviewRound_createdById_idx" ON "ReviewRound"("createdById");

-- CreateIndex
CREATE INDEX "Topic_authorId_idx" ON "Topic"("authorId");
