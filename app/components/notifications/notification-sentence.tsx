import { Sentence, type TranslationKey } from "~/components/ui/content.tsx";
import { dutchNotificationParams } from "~/shared/notifications.ts";

/** What a notification says, with the titles and names in it marked Dutch where the page is not (decision 299). */
export function NotificationSentence({ message }: { message: { key: string; params: Record<string, string> } }) {
  return <Sentence k={message.key as TranslationKey} values={message.params} dutch={dutchNotificationParams(message.params)} />;
}
