/** `redirectWithFlash` (app/.server/flash.ts): one helper for "redirect and say what happened" (decision 140). */
import { describe, expect, it } from "vitest";
import { readFlash, redirectWithFlash } from "../../app/.server/flash.ts";

/** The next request of the browser: the cookies the redirect set, sent back. */
function nextRequest(response: Response): Request {
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  return new Request("http://localhost/next", { headers: { Cookie: cookies.join("; ") } });
}

describe("redirectWithFlash", () => {
  it("redirects and shows a success message once on the next page", async () => {
    const response = await redirectWithFlash("/agenda/1", "events.flash.updated");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/agenda/1");
    const { flash, clear } = await readFlash(nextRequest(response));
    expect(flash).toEqual({ kind: "success", key: "events.flash.updated" });
    expect(clear).toContain("pp_flash=");
  });

  it("passes kind and parameters", async () => {
    const response = await redirectWithFlash("/communities/x", "communities.flash.left", { kind: "info", params: { name: "Kring" } });
    const { flash } = await readFlash(nextRequest(response));
    expect(flash).toEqual({ kind: "info", key: "communities.flash.left", params: { name: "Kring" } });
  });

  it("keeps the caller's own cookies beside the flash", async () => {
    const headers = new Headers();
    headers.append("Set-Cookie", "pp_session=; Max-Age=0; Path=/");
    const response = await redirectWithFlash("/", "auth.logout.done", { kind: "info", headers });
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    expect(cookies[0]).toMatch(/^pp_session=;/);
    expect((await readFlash(nextRequest(response))).flash?.key).toBe("auth.logout.done");
  });
});
