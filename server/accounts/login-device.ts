/**
 * "A device that has logged in before" (decision 319): after a successful login the browser keeps a
 * long-lived, httpOnly cookie with a random device id and, per account that logged in on it, an HMAC
 * of that id and the account's address (TOKEN_SECRET, its own purpose). The cookie names no account;
 * only someone who types that account's address can be recognised by it. A login from a recognised
 * device counts against that device alone, so failures others cause on the account (from anywhere)
 * never lock its owner out of a browser they used before.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { secureCookies } from "../http/security.ts";
import { tokenKey } from "../security/tokens.ts";

export const LOGIN_DEVICE_COOKIE = "pp_device";
/** Accounts one browser remembers (a shared computer at a counter); the oldest is forgotten first. */
const MAX_ACCOUNTS = 5;
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export type LoginDevice = { deviceId: string; marks: string[] };

function mark(deviceId: string, account: string): string {
  return createHmac("sha256", tokenKey("login-device/v1")).update(`${deviceId}|${account}`).digest("base64url").slice(0, 32);
}

/** The device cookie of a Cookie header, or null when there is none or it is not one of ours. */
export function readLoginDevice(cookieHeader: string | null | undefined): LoginDevice | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== LOGIN_DEVICE_COOKIE) continue;
    const [deviceId, ...marks] = rest.join("=").split(".");
    if (!deviceId || !/^[A-Za-z0-9_-]{16,64}$/.test(deviceId)) return null;
    return { deviceId, marks: marks.filter((m) => /^[A-Za-z0-9_-]{32}$/.test(m)).slice(0, MAX_ACCOUNTS) };
  }
  return null;
}

/** The device id when this browser logged in to the account (its address, lower case) before. */
export function knownDeviceFor(device: LoginDevice | null, account: string): string | null {
  if (!device) return null;
  const expected = Buffer.from(mark(device.deviceId, account));
  return device.marks.some((m) => m.length === expected.length && timingSafeEqual(Buffer.from(m), expected)) ? device.deviceId : null;
}

/** The Set-Cookie value after a successful login: this account joins the device's accounts. */
export function loginDeviceCookie(device: LoginDevice | null, account: string): string {
  const deviceId = device?.deviceId ?? randomBytes(18).toString("base64url");
  const own = mark(deviceId, account);
  const marks = [...(device?.marks ?? []).filter((m) => m !== own), own].slice(-MAX_ACCOUNTS);
  const attributes = ["Path=/", `Max-Age=${MAX_AGE_SECONDS}`, "HttpOnly", "SameSite=Lax", ...(secureCookies() ? ["Secure"] : [])];
  return [`${LOGIN_DEVICE_COOKIE}=${[deviceId, ...marks].join(".")}`, ...attributes].join("; ");
}
