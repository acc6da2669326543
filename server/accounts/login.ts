/**
 * Logging in, with the rate limits of issue 8 (decision 063): every attempt
 * counts against the client's IP address, and against the account until a
 * login succeeds, so guessing is stopped from one address and across many.
 * The route only starts the session for the id this returns.
 */
import type { Language } from "~/i18n/index.ts";
import { AppError } from "../errors.ts";
import { mailDate } from "../mail/i18n.ts";
import { loginAccountLimit, loginIpLimit } from "../security/limits.ts";
import { authenticate } from "./users.ts";

export async function logIn(input: { email: string; password: string; clientIp: string; language: Language }): Promise<{ userId: string }> {
  const account = input.email.trim().toLowerCase();
  const [byIp, byAccount] = await Promise.all([loginIpLimit().check(input.clientIp), loginAccountLimit().check(account)]);
  if (!byIp.allowed || !byAccount.allowed) {
    throw new AppError(429, "errors.rateLimited", { retryAfterMs: Math.max(byIp.retryAfterMs, byAccount.retryAfterMs) });
  }
  const user = await authenticate(input.email, input.password);
  // One message for an unknown address and a wrong password.
  if (!user) throw new AppError(400, "errors.loginFailed");
  await loginAccountLimit().reset(account);
  if (user.suspendedUntil) {
    throw new AppError(403, "moderation.errors.suspended", { params: { until: mailDate(user.suspendedUntil, input.language, true) } });
  }
  return { userId: user.id };
}
