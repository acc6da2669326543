/**
 * The digest's sections, in order of `order`. To add one: write a
 * DigestSection in this folder, take what may be shown from the content
 * registry (server/content: `listedSql`/`readableSql` of the kind's adapter),
 * add it to this list and name its id in the adapter's `consumers.digest`.
 */
import type { AnyDigestSection } from "../types.ts";
import { discussionsSection } from "./discussions.ts";
import { documentsSection } from "./documents.ts";
import { joinRequestsSection } from "./join-requests.ts";
import { knowledgeQuestionsSection } from "./knowledge-questions.ts";
import { librarySection } from "./library.ts";
import { newCommunitiesSection } from "./new-communities.ts";
import { newMembersSection } from "./new-members.ts";
import { unreadNotificationsSection } from "./unread-notifications.ts";
import { upcomingMeetingsSection } from "./upcoming-meetings.ts";

export const DIGEST_SECTIONS: AnyDigestSection[] = [
  unreadNotificationsSection,
  discussionsSection,
  documentsSection,
  librarySection,
  knowledgeQuestionsSection,
  upcomingMeetingsSection,
  joinRequestsSection,
  newMembersSection,
  newCommunitiesSection,
];
