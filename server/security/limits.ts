/**
 * The named rate limits of issue 8, in one place so their sizes can be read
 * and tuned together (docs/decisions/063-rate-limit-sizes.md). Posting
 * (`discussion-post`) and reporting (`report`) live beside their commands.
 */
import { rateLimit } from "./rate-limit.ts";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Every login attempt from one IP address (shared NAT at a gemeente: generous). */
export const loginIpLimit = () => rateLimit("login-ip", { points: 50, durationSeconds: 15 * MINUTE });
/**
 * Failed attempts on one account from one IP address; a successful login clears it (decision 319).
 * Someone guessing from one address stops here without locking the account for anyone else.
 */
export const loginAccountIpLimit = () => rateLimit("login-account-ip", { points: 10, durationSeconds: 15 * MINUTE });
/**
 * Failed attempts on one account from browsers it never logged in on, from any address: bounds guessing
 * spread over many addresses (at most 30 an hour). Filling it does not stop the owner on a browser they
 * logged in on before (`loginDeviceLimit`), and choosing a new password through a reset link clears it.
 */
export const loginAccountLimit = () => rateLimit("login-account", { points: 30, durationSeconds: HOUR });
/** Failed attempts on one account from one browser it logged in on before (its device cookie). */
export const loginDeviceLimit = () => rateLimit("login-device", { points: 10, durationSeconds: 15 * MINUTE });
/** New accounts from one IP address. */
export const registrationLimit = () => rateLimit("register", { points: 10, durationSeconds: HOUR });
/**
 * Mails to the owner of an address someone tried to register again (decision 243), per account:
 * repeated attempts, from however many IP addresses, cannot fill a mailbox.
 */
export const registrationNoticeLimit = () => rateLimit("registration-notice", { points: 3, durationSeconds: 24 * HOUR });
/**
 * Password reset requests from one IP address, whatever the addresses (decision 241); each account
 * also gets at most three reset mails an hour (server/accounts/password-reset.ts).
 */
export const passwordResetIpLimit = () => rateLimit("password-reset-ip", { points: 20, durationSeconds: HOUR });
/** Search pages and suggestions per member or, for visitors, per IP address. */
export const searchLimit = () => rateLimit("search", { points: 120, durationSeconds: MINUTE });
/** Uploaded files per member. */
export const uploadLimit = () => rateLimit("upload", { points: 30, durationSeconds: HOUR });
/**
 * Join requests one member sends to one community. Each request (also one renewed after withdrawing
 * it) tells the facilitators again, so asking and withdrawing in a loop filled their notifications
 * (security walk 14); three an hour leave room to withdraw and ask again with a better message.
 */
export const joinRequestLimit = () => rateLimit("join-request", { points: 3, durationSeconds: HOUR });
/**
 * Data exports ("Gegevens klaarzetten") one member starts. Each one makes the worker zip all their
 * data and keeps the file for a week, so starting one after another cost work and storage without
 * end (security walk 14 left it, walk 15 closed it); a double click while one is being prepared
 * starts none and is not counted.
 */
export const dataExportLimit = () => rateLimit("data-export", { points: 3, durationSeconds: 24 * HOUR });
/** Invitations sent per member. */
export const invitationLimit = () => rateLimit("invitation", { points: 50, durationSeconds: HOUR });
/** Verification mails one account asks for again ("stuur de link opnieuw"). */
export const verificationMailLimit = () => rateLimit("verification-mail", { points: 5, durationSeconds: HOUR });
/** Attempts to change one account's e-mail address (each needs the password). */
export const emailChangeLimit = () => rateLimit("email-change", { points: 5, durationSeconds: HOUR });
