// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export { authenticate, registerUser, setLocale, settleLocaleAtLogin } from "~server/accounts/users.ts";
export { logIn } from "~server/accounts/login.ts";
export { loginDeviceCookie, readLoginDevice } from "~server/accounts/login-device.ts";
export {
  addressAwaitingLink,
  requestEmailChange,
  resendVerification,
  verificationStatus,
  verifyEmail,
} from "~server/accounts/verification.ts";
import { readEmailVerificationToken } from "~server/accounts/verification.ts";

/** The address a verification link is for, or null when the link is broken or expired. */
export function emailInVerificationToken(token: string): string | null {
  return readEmailVerificationToken(token)?.email ?? null;
}
