import { notificationExcerpt, notificationMessage, type NotificationView } from "~/shared/notifications.ts";
import type { Language } from "~/i18n/index.ts";
import { html } from "../html.ts";
import { mailT, tData } from "../i18n.ts";
import { absoluteUrl, h1, mailDocument, mailLink, MAIL_COLORS } from "../layout.ts";
import { unsubscribePath } from "../unsubscribe.ts";
import { footer, listHeaders, listId, type RenderedMail } from "./common.ts";

export type MailedNotification = NotificationView & { id: string; communityName: string | null };

/** The batched mail for notifications that arrived while the member was away. */
export function notificationsMail(input: {
  language: Language;
  userId: string;
  displayName: string;
  items: MailedNotification[];
}): RenderedMail {
  const t = mailT(input.language);
  const count = input.items.length;
  const subject = t("mail.notifications.subject", { count });
  const unsubscribeUrl = absoluteUrl(unsubscribePath(input.userId, "email"));
  const foot = footer(t, { reason: t("mail.notifications.reason"), unsubscribeUrl, unsubscribeLabel: t("mail.notifications.unsubscribe") });
  const entries = input.items.map((item) => {
    const message = notificationMessage(item, { language: input.language });
    return { text: tData(t, message.key, message.params), excerpt: notificationExcerpt(item), url: absoluteUrl(`/meldingen/${item.id}`) };
  });
  const body = html`${h1(subject)}
<p style="margin:0 0 12px">${t("mail.greeting", { name: input.displayName })}</p>
<ul style="margin:0;padding:0 0 0 20px">
${entries.map(
  (entry) => html`<li style="margin:0 0 16px">
<p style="margin:0;font-weight:bold">${entry.text}</p>
${entry.excerpt ? html`<p style="margin:4px 0 0;color:${MAIL_COLORS.muted}">${entry.excerpt}</p>` : ""}
<p style="margin:4px 0 0">${mailLink(entry.url, t("mail.notifications.open"))}</p>
</li>`,
)}
</ul>
<p style="margin:16px 0 0">${mailLink(absoluteUrl("/meldingen"), t("mail.notifications.all"))}</p>`;
  const text = [
    subject,
    "",
    t("mail.greeting", { name: input.displayName }),
    "",
    ...entries.flatMap((entry) => [`- ${entry.text}`, ...(entry.excerpt ? [`  ${entry.excerpt}`] : []), `  ${entry.url}`, ""]),
    `${t("mail.notifications.all")}: ${absoluteUrl("/meldingen")}`,
    "",
    "-- ",
    foot.text,
  ].join("\n");
  return {
    subject,
    text,
    html: mailDocument({ language: input.language, title: subject, body, footer: foot.html }),
    headers: listHeaders(unsubscribeUrl, listId("meldingen")),
  };
}
