/**
 * The bell in a real browser: a notification made outside the web process
 * (as a worker would, through the Redis emitter) updates the count live and
 * is read out; presence follows the socket; the notification pages pass axe.
 */
import { describe, expect, it } from "vitest";
import { resetConfigForTests } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { unsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { isOnline } from "../../server/notifications/live.ts";
import { notify } from "../../server/notifications/notify.ts";
import { expectAccessible } from "../helpers/browser.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";

const consoleErrors: string[] = [];

const app = useBrowserApp();

describe("notifications in the browser", () => {
  it("the bell updates live, presence follows the socket, pages are accessible", { timeout: 120_000 }, async () => {
    const community = await createCommunity({ name: "Werkgeversnetwerk Zeeland" });
    const member = await createUser({ email: "bel@praktijkplein.test", displayName: "Lotte de Groot" });
    const colleague = await createUser({ displayName: "Ahmed Bouali" });
    await addMember(member.id, community.id);
    const { context, page } = await app.signedInAs(member.email, { consoleErrors });

    await page.goto(`${app.url}/meldingen`);
    await page.getByRole("heading", { level: 1, name: "Meldingen" }).waitFor();
    await expectAccessible(page);
    expect(await page.getByTestId("notification-count").count()).toBe(0);

    // The socket connected: the member is online.
    const started = Date.now();
    while (!(await isOnline(member.id))) {
      if (Date.now() - started > 10_000) throw new Error("presence was not recorded");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // Made here, outside the web process: delivered through the Redis emitter.
    // notify() emits notification.created; its processors run here (inline) and reach the browser through the emitter.
    await notify({
      userId: member.id,
      kind: "mention",
      data: { topicId: "t1", messageId: "m1", topicTitle: "Taaleisen in vacatures", excerpt: "Wat vinden jullie?" },
      url: "/meldingen",
      actorId: colleague.id,
      communityId: community.id,
    });
    await expect.poll(() => page.getByTestId("notification-count").textContent(), { timeout: 10_000 }).toBe("1");
    await expect
      .poll(() => page.getByTestId("notification-announcement").textContent())
      .toBe("Nieuwe melding: Ahmed Bouali noemde je in “Taaleisen in vacatures”");
    expect(await page.getByRole("link", { name: "Meldingen, 1 ongelezen" }).count()).toBe(1);
    // The list on /meldingen follows the bell: the new notification shows without a reload.
    await page
      .getByRole("main")
      .getByRole("link", { name: "Ahmed Bouali noemde je in “Taaleisen in vacatures”" })
      .waitFor({ timeout: 10_000 });

    await page.reload();
    await page.getByRole("link", { name: "Ahmed Bouali noemde je in “Taaleisen in vacatures”" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Alles gelezen" }).click();
    await page.getByText("Alle meldingen zijn gelezen.").waitFor();
    expect(await page.getByTestId("notification-count").count()).toBe(0);

    await page.goto(`${app.url}/instellingen/meldingen`);
    await page.getByRole("heading", { level: 1, name: "Instellingen voor meldingen" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Hoe vaak voor Werkgeversnetwerk Zeeland").selectOption("DAILY");
    await page.getByRole("button", { name: "Samenvattingen opslaan" }).click();
    await page.getByText("Je wijzigingen zijn opgeslagen.").waitFor();
    expect(await db().communityDigestSetting.findFirst({ where: { userId: member.id } })).toMatchObject({ frequency: "DAILY" });

    // Leaving the page closes the socket: offline again.
    await context.close();
    const left = Date.now();
    while (await isOnline(member.id)) {
      if (Date.now() - left > 10_000) throw new Error("presence was not cleared");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // Pages without a session: unsubscribe (from a mail) and forgotten password.
    const anonymousContext = await app.browser.newContext({ locale: "nl-NL" });
    const anonymous = await anonymousContext.newPage();
    // Signed with the server's secret, as the worker that wrote the mail would.
    process.env.SESSION_SECRET = "test-session-secret-for-end-to-end-tests";
    resetConfigForTests();
    const token = unsubscribeToken(member.id, "digest");
    delete process.env.SESSION_SECRET;
    resetConfigForTests();
    await anonymous.goto(`${app.url}/afmelden/${token}`);
    await anonymous.getByText("Wil je geen samenvattingen meer per e-mail?").waitFor();
    await expectAccessible(anonymous);
    await anonymous.getByRole("button", { name: "Ja, afmelden" }).click();
    await anonymous.getByRole("heading", { name: "Je bent afgemeld" }).waitFor();
    expect(await db().mailSettings.findUnique({ where: { userId: member.id } })).toMatchObject({ digestsEnabled: false });
    // The link opened again says it is done instead of asking again (walk 18).
    await anonymous.goto(`${app.url}/afmelden/${token}`);
    await anonymous.getByRole("heading", { name: "Je bent al afgemeld" }).waitFor();
    await anonymous.getByText("Je krijgt al geen samenvattingen meer per e-mail.").waitFor();
    expect(await anonymous.getByRole("button", { name: "Ja, afmelden" }).count()).toBe(0);
    await expectAccessible(anonymous);
    await anonymous.goto(`${app.url}/wachtwoord-vergeten`);
    await expectAccessible(anonymous);
    await anonymousContext.close();

    const admin = await createUser({ email: "beheer@praktijkplein.test", globalRole: "ADMIN" });
    const { context: adminContext, page: adminPage } = await app.signedInAs(admin.email);
    await adminPage.goto(`${app.url}/beheer/wachtrijen`);
    // Queue names in Dutch (issue 14.14), the technical name beside them.
    await adminPage.getByRole("heading", { level: 2, name: "E-mail", exact: true }).waitFor();
    await adminPage.getByRole("heading", { level: 2, name: "Onderhoud en planning" }).waitFor();
    expect(await adminPage.getByRole("heading", { level: 2, name: /^(mail|maintenance|search)$/ }).count()).toBe(0);
    await expectAccessible(adminPage);
    await adminContext.close();

    expect(consoleErrors).toEqual([]);
  });
});
