import type { Language } from "~/i18n/index.ts";
import { html } from "../html.ts";
import { mailDate, mailT } from "../i18n.ts";
import { absoluteUrl, h1, mailButton, mailDocument, paragraph } from "../layout.ts";
import { footer, type RenderedMail } from "./common.ts";

/** The link that confirms an address: of a new account, or a new address for an existing one (`change`). */
export function emailVerificationMail(input: {
  language: Language;
  displayName: string;
  token: string;
  expiresAt: Date;
  change: boolean;
}): RenderedMail {
  const t = mailT(input.language);
  const subject = t(input.change ? "mail.emailVerification.subjectChange" : "mail.emailVerification.subject");
  const intro = t(input.change ? "mail.emailVerification.introChange" : "mail.emailVerification.intro");
  const url = absoluteUrl(`/e-mailadres-bevestigen/${input.token}`);
  const until = t("mail.emailVerification.validUntil", { time: mailDate(input.expiresAt, input.language, true) });
  const foot = footer(t, { reason: t("mail.emailVerification.reason"), settings: false });
  const body = html`${h1(subject)}
${paragraph(t("mail.greeting", { name: input.displayName }))}
${paragraph(intro)}
${mailButton(url, t("mail.emailVerification.button"))}
${paragraph(until, true)}
${paragraph(t("mail.emailVerification.notYou"), true)}`;
  const text = [
    subject,
    "",
    t("mail.greeting", { name: input.displayName }),
    "",
    intro,
    "",
    `${t("mail.emailVerification.button")}: ${url}`,
    "",
    until,
    t("mail.emailVerification.notYou"),
    "",
    "-- ",
    foot.text,
  ].join("\n");
  return { subject, text, html: mailDocument({ language: input.language, title: subject, body, footer: foot.html }) };
}
