import type { Language } from "~/i18n/index.ts";
import { html } from "../html.ts";
import { mailDate, mailT } from "../i18n.ts";
import { absoluteUrl, h1, mailButton, mailDocument, paragraph } from "../layout.ts";
import { footer, type RenderedMail } from "./common.ts";

export function invitationMail(input: {
  language: Language;
  token: string;
  communityName: string;
  communitySummary: string;
  inviterName: string | null;
  expiresAt: Date;
}): RenderedMail {
  const t = mailT(input.language);
  const subject = input.inviterName
    ? t("mail.invitation.subject", { inviter: input.inviterName, community: input.communityName })
    : t("mail.invitation.subjectNoInviter", { community: input.communityName });
  const url = absoluteUrl(`/uitnodiging/${input.token}`);
  const until = t("mail.invitation.validUntil", { date: mailDate(input.expiresAt, input.language) });
  const foot = footer(t, { reason: t("mail.invitation.reason"), settings: false });
  const body = html`${h1(subject)}
${paragraph(input.communitySummary)}
${paragraph(t("mail.invitation.how"))}
${mailButton(url, t("mail.invitation.button"))}
${paragraph(until, true)}`;
  const text = [
    subject,
    "",
    input.communitySummary,
    "",
    t("mail.invitation.how"),
    "",
    `${t("mail.invitation.button")}: ${url}`,
    "",
    until,
    "",
    "-- ",
    foot.text,
  ].join("\n");
  return { subject, text, html: mailDocument({ language: input.language, title: subject, body, footer: foot.html }) };
}
