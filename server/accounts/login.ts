/**
 * Logging in, with the rate limits of issue 8 (decisions 063, 319). Every attempt from a browser the
 * account never logged in on counts against the client's IP address, against the account from that
 * address, and against the account from anywhere; an attempt from a browser it logged in on before
 * (its device cookie, server/accounts/login-device.ts) counts against that browser only. So guessing
 * stays slow from one address and across many, while someone who only knows an address cannot lock
 * its owner out: the owner's own browser still gets in, and a password reset clears the account's
 * failures. A successful login clears the failures it was counted against. The route only starts the
 * session for the id this returns.
 */
import type { Language } from "~/i18n/index.ts";
import { AppError } from "../errors.ts";
import { mailDate } from "../mail/i18n.ts";
import { loginAccountIpLimit, loginAccountLimit, loginDeviceLimit, loginIpLimit } from "../security/limits.ts";
import type { RateLimit } from "../security/rate-limit.ts";
import { knownDeviceFor, type LoginDevice } from "./login-device.ts";
import { authenticate } from "./users.ts";

export async function logIn(input: {
  email: string;
  password: string;
  clientIp: string;
  language: Language;
  device?: LoginDevice | null;
}): Promise<{ userId: string }> {
  const account = input.email.trim().toLowerCase();
  const deviceId = knownDeviceFor(input.device ?? null, account);
  const counted: [RateLimit, string][] = deviceId
    ? [[loginDeviceLimit(), `${deviceId}|${account}`]]
    : [
        [loginIpLimit(), input.clientIp],
        [loginAccountIpLimit(), `${account}|${input.clientIp}`],
        [loginAccountLimit(), account],
      ];
  const results = await Promise.all(counted.map(([limit, key]) => limit.check(key)));
  const refused = results.filter((result) => !result.allowed);
  if (refused.length) {
    const retryAfterMs = Math.max(...refused.map((result) => result.retryAfterMs));
    // Only the account-wide count can be filled by others: say how the owner still gets in.
    const byOthers = !deviceId && !results[2]!.allowed && results[0]!.allowed && results[1]!.allowed;
    if (byOthers) throw new AppError(429, "auth.login.accountThrottled", { retryAfterMs, params: { count: minutes(retryAfterMs) } });
    throw new AppError(429, "errors.rateLimited", { retryAfterMs });
  }
  const user = await authenticate(input.email, input.password);
  // One message for an unknown address and a wrong password.
  if (!user) throw new AppError(400, "errors.loginFailed");
  // The IP address keeps its count (it bounds guessing across accounts); the account's failures go.
  const cleared = counted.filter(([limit]) => limit.name !== loginIpLimit().name);
  if (deviceId) cleared.push([loginAccountLimit(), account]);
  await Promise.all(cleared.map(([limit, key]) => limit.reset(key)));
  if (user.suspendedUntil) {
    throw new AppError(403, "moderation.errors.suspended", { params: { until: mailDate(user.suspendedUntil, input.language, true) } });
  }
  return { userId: user.id };
}

/** Forgets an account's failed logins from unknown browsers: its owner chose a new password by mail. */
export async function clearLoginFailures(email: string): Promise<void> {
  await loginAccountLimit().reset(email.trim().toLowerCase());
}

function minutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
