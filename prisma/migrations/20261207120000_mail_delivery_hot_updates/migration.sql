-- A mail's status changes twice after its claim (the hand-over, the outcome; decision 302). With "status"
-- in an index every such UPDATE wrote a new entry into all three indexes of the table; without it, and
-- with room left on each page, PostgreSQL updates the row on its own page (a HOT update) and no index is
-- touched. Half of each page stays free, so a batch's hand-over markers (one UPDATE for all its rows)
-- find room beside their rows; the outcomes reuse the space of the versions the hand-overs left behind
-- (pruned on the page). The member-row statement of the digests still finds a member's digests by user,
-- kind and period end, and checks the status on the row as it already did for the frequency.
DROP INDEX "MailDelivery_userId_kind_status_until_idx";
CREATE INDEX "MailDelivery_userId_kind_until_idx" ON "MailDelivery"("userId", "kind", "until");
ALTER TABLE "MailDelivery" SET (fillfactor = 50);
