import type { Language } from "~/i18n/index.ts";
import { html } from "../html.ts";
import { mailDate, mailT } from "../i18n.ts";
import { absoluteUrl, h1, mailButton, mailDocument, paragraph } from "../layout.ts";
import { footer, type RenderedMail } from "./common.ts";

export function passwordResetMail(input: { language: Language; displayName: string; token: string; expiresAt: Date }): RenderedMail {
  const t = mailT(input.language);
  const subject = t("mail.passwordReset.subject");
  const url = absoluteUrl(`/wachtwoord-herstellen/${input.token}`);
  const until = t("mail.passwordReset.validUntil", { time: mailDate(input.expiresAt, input.language, true) });
  const foot = footer(t, { reason: t("mail.passwordReset.reason"), settings: false });
  const body = html`${h1(subject)}
${paragraph(t("mail.greeting", { name: input.displayName }))}
${paragraph(t("mail.passwordReset.intro"))}
${mailButton(url, t("mail.passwordReset.button"))}
${paragraph(until, true)}
${paragraph(t("mail.passwordReset.notYou"), true)}`;
  const text = [
    subject,
    "",
    t("mail.greeting", { name: input.displayName }),
    "",
    t("mail.passwordReset.intro"),
    "",
    `${t("mail.passwordReset.button")}: ${url}`,
    "",
    until,
    t("mail.passwordReset.notYou"),
    "",
    "-- ",
    foot.text,
  ].join("\n");
  return { subject, text, html: mailDocument({ language: input.language, title: subject, body, footer: foot.html }) };
}
