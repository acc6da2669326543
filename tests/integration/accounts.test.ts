import { describe, expect, it } from "vitest";
import { action as loginAction } from "../../app/routes/inloggen.tsx";
import { action as logoutAction } from "../../app/routes/uitloggen.tsx";
import { action as registerAction } from "../../app/routes/registreren.tsx";
import { action as profileAction, loader as profileLoader } from "../../app/routes/profiel.tsx";
import { db } from "../../server/db.ts";
import { createUser, TEST_PASSWORD } from "../helpers/factories.ts";
import { callAction, callLoader, cookieFrom, formRequest, getRequest } from "../helpers/remix.ts";

type Reply = { result: { error?: Record<string, string[] | null> } };
const fieldErrors = (body: unknown) => (body as Reply).result.error ?? {};

const register = (fields: Record<string, string>) =>
  callAction(registerAction, formRequest("/registreren", { acceptTerms: "on", displayName: "Noor Bakker", ...fields }));

describe("registration", () => {
  it("creates the account with an argon2id hash, says to look in the mail and starts no session", async () => {
    const result = await register({ email: "  Noor.Bakker@Gemeente.nl ", password: "een lange zin als wachtwoord" });
    expect(result.status).toBe(200);
    expect((result.body as { sentTo: string }).sentTo).toBe("noor.bakker@gemeente.nl");
    expect(result.headers.getSetCookie()).toHaveLength(0);
    const user = await db().user.findUniqueOrThrow({ where: { email: "noor.bakker@gemeente.nl" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("een lange zin");
    expect(user.emailVerifiedAt).toBeNull();
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it.each([
    [{ email: "geen-adres", password: "een lange zin als wachtwoord" }, "email", "errors.emailInvalid"],
    [{ email: "", password: "een lange zin als wachtwoord" }, "email", "errors.emailRequired"],
    [{ email: "a@b.nl", password: "kort" }, "password", "errors.passwordTooShort"],
    [{ email: "a@b.nl", password: "wachtwoord123" }, "password", "errors.passwordTooCommon"],
    [{ email: "a@b.nl", password: "aaaaaaaaaaaaaa" }, "password", "errors.passwordTooCommon"],
    [{ email: "a@b.nl", password: "een lange zin als wachtwoord", displayName: "" }, "displayName", "errors.displayNameRequired"],
    [{ email: "a@b.nl", password: "een lange zin als wachtwoord", acceptTerms: "" }, "acceptTerms", "errors.acceptTerms"],
  ])("refuses bad input at the field and stores nothing (%#)", async (fields, field, message) => {
    const before = await db().user.count();
    const result = await register(fields);
    expect(result.status).toBe(400);
    expect(fieldErrors(result.body)[field]).toContain(message);
    expect(result.headers.getSetCookie()).toHaveLength(0);
    expect(await db().user.count()).toBe(before);
  });

  it("answers a taken address (whatever its case) exactly as a new one and makes nothing (decision 243)", async () => {
    const owner = await createUser({ email: "dubbel@praktijkplein.test", displayName: "Eerste Eigenaar" });
    const fresh = await register({ email: "NIEUW-ADRES@praktijkplein.test", password: "een lange zin als wachtwoord" });
    const before = await db().user.count();
    const taken = await register({ email: "DUBBEL@praktijkplein.test", password: "een ander lang wachtwoord" });
    expect(taken.status).toBe(fresh.status);
    expect([...taken.headers.keys()]).toEqual([...fresh.headers.keys()]);
    const withoutAddress = (body: unknown) => JSON.stringify(body).replaceAll(/nieuw-adres|dubbel/g, "…");
    expect(withoutAddress(taken.body)).toBe(withoutAddress(fresh.body));
    expect(await db().user.count()).toBe(before);
    const unchanged = await db().user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(unchanged.displayName).toBe("Eerste Eigenaar");
    expect(await db().session.count({ where: { userId: owner.id } })).toBe(0);
  });
});

describe("login and sessions", () => {
  it("refuses a wrong password without saying which part was wrong", async () => {
    const user = await createUser();
    for (const [email, password] of [
      [user.email, "niet het goede wachtwoord"],
      ["bestaat-niet@praktijkplein.test", TEST_PASSWORD],
    ] as const) {
      const result = await callAction(loginAction, formRequest("/inloggen", { email, password }));
      expect(result.status).toBe(400);
      expect((result.body as Reply & { result: { error: Record<string, string[]> } }).result.error[""]).toEqual(["errors.loginFailed"]);
      expect(cookieFrom(result.headers, "pp_session")).toBeNull();
    }
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("starts a new session at every login and ends the old one (rotation)", async () => {
    const user = await createUser();
    const first = await callAction(
      loginAction,
      formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD, redirectTo: "/themas" }),
    );
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe("/themas");
    const firstCookie = cookieFrom(first.headers, "pp_session")!;
    const second = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD }, firstCookie));
    const secondCookie = cookieFrom(second.headers, "pp_session")!;
    expect(secondCookie).not.toBe(firstCookie);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(1);
    // The old cookie no longer opens the profile; the new one does.
    expect((await callLoader(profileLoader, getRequest("/profiel", firstCookie))).status).toBe(302);
    expect((await callLoader(profileLoader, getRequest("/profiel", secondCookie))).status).toBe(200);
  });

  it("never redirects to another site after login", async () => {
    const user = await createUser();
    for (const redirectTo of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
      const result = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD, redirectTo }));
      expect(result.headers.get("Location")).toBe("/");
    }
  });

  it("sets an httpOnly, SameSite=Lax cookie", async () => {
    const user = await createUser();
    const result = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD }));
    const header = result.headers.getSetCookie().find((h) => h.startsWith("pp_session="))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
  });

  it("logs out here, or everywhere", async () => {
    const user = await createUser();
    const login = () => callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD }));
    const a = cookieFrom((await login()).headers, "pp_session")!;
    const b = cookieFrom((await login()).headers, "pp_session")!;
    const c = cookieFrom((await login()).headers, "pp_session")!;
    expect(await db().session.count({ where: { userId: user.id } })).toBe(3);

    const out = await callAction(logoutAction, formRequest("/uitloggen", {}, a));
    expect(out.status).toBe(302);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(2);

    await callAction(logoutAction, formRequest("/uitloggen", { everywhere: "1" }, b));
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect((await callLoader(profileLoader, getRequest("/profiel", c))).status).toBe(302);
  });

  it("rejects a forged session cookie", async () => {
    const user = await createUser();
    const session = await db().session.create({
      data: { id: "geraden-sessie-id", userId: user.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    const unsigned = `pp_session=${encodeURIComponent(Buffer.from(JSON.stringify(session.id)).toString("base64"))}`;
    expect((await callLoader(profileLoader, getRequest("/profiel", unsigned))).status).toBe(302);
  });
});

describe("profile", () => {
  it("saves the profile and the visibility choices", async () => {
    const user = await createUser();
    const login = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD }));
    const cookie = cookieFrom(login.headers, "pp_session")!;
    const result = await callAction(
      profileAction,
      formRequest(
        "/profiel",
        {
          displayName: "Sanne de Wit",
          organisation: "Gemeente Utrecht",
          fieldRole: "KLANTMANAGER",
          region: "midden-utrecht",
          bio: "Ik begeleid mensen vanuit de bijstand naar werk.",
          showOrganisation: "on",
          showRegion: "on",
        },
        cookie,
      ),
    );
    expect(result.status).toBe(302);
    const saved = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({
      displayName: "Sanne de Wit",
      organisation: "Gemeente Utrecht",
      fieldRole: "KLANTMANAGER",
      region: "midden-utrecht",
      showOrganisation: true,
      showFieldRole: false,
      showRegion: true,
      showBio: false,
    });
  });

  it("refuses an unknown region or role and keeps the old profile", async () => {
    const user = await createUser({ displayName: "Oud" });
    const login = await callAction(loginAction, formRequest("/inloggen", { email: user.email, password: TEST_PASSWORD }));
    const cookie = cookieFrom(login.headers, "pp_session")!;
    const result = await callAction(
      profileAction,
      formRequest("/profiel", { displayName: "Nieuw", fieldRole: "KONING", region: "atlantis" }, cookie),
    );
    expect(result.status).toBe(400);
    expect(fieldErrors(result.body).fieldRole).toEqual(["errors.choose"]);
    expect(fieldErrors(result.body).region).toEqual(["errors.choose"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("Oud");
  });
});
