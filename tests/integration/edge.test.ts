/**
 * The edge of a web instance (issue 15, F6-F9 and F16): redirects after
 * login, the proxy setting and Retry-After, body-size limits, secrets and
 * the smaller findings. Each block names the finding it guards.
 */
import { describe, expect, it } from "vitest";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { safeRedirect } from "../../app/.server/session.ts";
import { db } from "../../server/db.ts";
import { createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, formRequest } from "../helpers/remix.ts";

describe("F6: redirects after login stay on this site", () => {
  it("safeRedirect keeps local paths and refuses everything a browser could read as another site", () => {
    expect(safeRedirect("/communities/zorg?tab=leden#top")).toBe("/communities/zorg?tab=leden#top");
    expect(safeRedirect("/zoeken?q=café")).toBe("/zoeken?q=caf%C3%A9");
    for (const hostile of ["/\t/evil.example/phish", "/\n/evil.example", "/\\evil.example", "/\\/evil.example", "//evil.example", "/\r\nSet-Cookie: x=1", "https://evil.example", "javascript:alert(1)", "/a\u0000b", "/a\u0085b", "", "x"]) {
      expect(safeRedirect(hostile, "/start"), JSON.stringify(hostile)).toBe("/start");
    }
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect("/" + "a".repeat(5_000))).toBe("/");
  });

  it("login with a tab or newline in redirectTo lands on the home page, and a refused redirect makes no session first", async () => {
    const user = await createUser();
    for (const redirectTo of ["/\t/evil.example/phish", "/\n", "/x\r\nLocation: https://evil.example"]) {
      const before = await db().session.count({ where: { userId: user.id } });
      const result = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD, redirectTo }));
      expect(result.status, JSON.stringify(redirectTo)).toBe(302);
      expect(result.headers.get("Location")).toBe("/");
      expect(await db().session.count({ where: { userId: user.id } })).toBe(before + 1);
    }
  });
});
