/** Domain events of privacy (AVG). Search removes or re-indexes what the deletion changed. */
import { z } from "zod";
import { CONTRIBUTION_CHOICES } from "~/shared/forms/privacy.ts";
import { event, id, ids } from "../events/define.ts";

export const privacyEvents = {
  /**
   * The account and its personal data are gone; `topicIds` lost their author or were deleted,
   * `libraryItemIds` lost their author or were deleted, `messageIds` changed text (their own,
   * emptied under "remove", and others' messages whose mention of them was rewritten). Search
   * sources re-index these ids so no index entry keeps the member's name or text.
   * `knowledgeQuestionIds`: their knowledge questions under "remove" (some deleted, some kept).
   */
  "user.deleted": event(
    z.object({
      userId: id,
      contributions: z.enum(CONTRIBUTION_CHOICES),
      topicIds: ids,
      libraryItemIds: ids,
      messageIds: ids,
      knowledgeQuestionIds: ids.optional(),
    }),
  ),
};
