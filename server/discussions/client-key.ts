import { randomUUID } from "node:crypto";

/** A fresh key for a message or topic form, so a double submit stores it once (`clientKey` in the commands). */
export function newClientKey(): string {
  return randomUUID();
}
