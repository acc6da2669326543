import { Sentence, type TranslationKey } from "~/components/ui/content.tsx";

/**
 * The parameters of a notification's sentence that hold Dutch the platform or a member wrote (a
 * community's name, a topic's, item's or event's title, a moderator's reason): marked lang="nl" in
 * the English interface (decision 299). People's names are proper names and stay unmarked. Kept
 * here, not in ~/shared/notifications.ts: the bell is on every page, and that module builds zod
 * schemas, which must wait for root's jitless setting (Content-Security-Policy, no eval).
 */
export function dutchNotificationParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    (["community", "topic", "item", "event", "reason"] as const).flatMap((name) => (params[name] ? [[name, params[name]]] : [])),
  );
}

/** What a notification says, with the titles and names in it marked Dutch where the page is not (decision 299). */
export function NotificationSentence({ message }: { message: { key: string; params: Record<string, string> } }) {
  return <Sentence k={message.key as TranslationKey} values={message.params} dutch={dutchNotificationParams(message.params)} />;
}
