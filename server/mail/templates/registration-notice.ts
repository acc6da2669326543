import type { Language } from "~/i18n/index.ts";
import { html } from "../html.ts";
import { mailT } from "../i18n.ts";
import { absoluteUrl, h1, mailButton, mailDocument, mailLink, paragraph } from "../layout.ts";
import { footer, type RenderedMail } from "./common.ts";

/**
 * To the owner of an address someone tried to register again (decision 243), or asked to change
 * another account to (`emailClaim`, decision 297): nothing changed; log in or choose a new password.
 */
export function registrationNoticeMail(input: {
  language: Language;
  displayName: string;
  cause?: "registration" | "emailClaim";
}): RenderedMail {
  const t = mailT(input.language);
  const own = input.cause === "emailClaim" ? "emailClaimNotice" : "registrationNotice";
  const subject = t(`mail.${own}.subject`);
  const login = absoluteUrl("/inloggen");
  const reset = absoluteUrl("/wachtwoord-vergeten");
  const foot = footer(t, { reason: t(`mail.${own}.reason`), settings: false });
  const body = html`${h1(subject)}
${paragraph(t("mail.greeting", { name: input.displayName }))}
${paragraph(t(`mail.${own}.intro`))}
${paragraph(t("mail.registrationNotice.wasYou"))}
${mailButton(login, t("mail.registrationNotice.login"))}
${paragraph(mailLink(reset, t("mail.registrationNotice.newPassword")))}
${paragraph(t("mail.registrationNotice.notYou"), true)}`;
  const text = [
    subject,
    "",
    t("mail.greeting", { name: input.displayName }),
    "",
    t(`mail.${own}.intro`),
    "",
    t("mail.registrationNotice.wasYou"),
    "",
    `${t("mail.registrationNotice.login")}: ${login}`,
    `${t("mail.registrationNotice.newPassword")}: ${reset}`,
    "",
    t("mail.registrationNotice.notYou"),
    "",
    "-- ",
    foot.text,
  ].join("\n");
  return { subject, text, html: mailDocument({ language: input.language, title: subject, body, footer: foot.html }) };
}
