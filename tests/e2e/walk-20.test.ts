/**
 * Walk 20 (decision 332): live features between people. A member removed from a community that is
 * not open, while its topic page is open, leaves the others' "Nu hier" list at once. A member on the
 * waiting list with the meeting's page open sees it change when someone's cancelling gives them a seat.
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { removeMember } from "../../server/communities/commands.ts";
import { db } from "../../server/db.ts";
import { hydrated } from "../helpers/browser.ts";
import { useBrowserApp } from "../helpers/browser-app.ts";
import { createChannel, createTopic } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

const app = useBrowserApp({ before: seedDemo });

describe("walk 20", () => {
  it("a member removed from an on-request community while in a topic goes off the presence list", { timeout: 90_000 }, async () => {
    const community = await createCommunity({ accessMode: "ON_REQUEST" });
    const facilitator = await createUser({ displayName: "Fenna Faciliteert" });
    await addMember(facilitator.id, community.id, "FACILITATOR");
    const member = await createUser({ displayName: "Mees Meelezer" });
    await addMember(member.id, community.id);
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const topic = await createTopic(channel, facilitator.id, { messages: ["Welkom."] });
    const path = `/communities/${community.slug}/discussies/algemeen/${topic.id}`;

    const fenna = await app.signedInContext(facilitator.id);
    const mees = await app.signedInContext(member.id, { viewport: { width: 375, height: 740 } });
    await mees.page.goto(`${app.url}${path}`);
    await hydrated(mees.page);
    await fenna.page.goto(`${app.url}${path}`);
    await hydrated(fenna.page);
    const present = fenna.page.locator("p", { hasText: /^Nu hier:/ });
    await expect.poll(() => present.textContent(), { timeout: 20_000 }).toContain("Mees Meelezer");

    await removeMember({ id: facilitator.id, globalRole: "MEMBER" }, community.slug, member.id);
    // Mees's page says so and puts the reply box away (decision 319) ...
    await mees.page.getByText(/Je bent geen lid meer van/).waitFor({ timeout: 20_000 });
    expect(await mees.page.locator("#composer").count()).toBe(0);
    // ... and Fenna no longer sees Mees here. Before: the name stayed until Mees closed the page.
    await expect.poll(() => present.textContent(), { timeout: 20_000 }).not.toContain("Mees Meelezer");
    await fenna.context.close();
    await mees.context.close();
  });

  it("a waiting-list member's open meeting page shows their seat when someone cancels", { timeout: 90_000 }, async () => {
    // Seeded: 3 of 3 seats taken (lid@ among them), werkgever@ first on the waiting list.
    const meeting = await db().meeting.findFirstOrThrow({ where: { title: { startsWith: "Dialoogsessie stagediscriminatie" } } });
    const path = `/agenda/${meeting.id}`;
    const waiting = await app.signedInAs("werkgever@praktijkplein.test", { goto: path });
    await hydrated(waiting.page);
    await waiting.page.getByText(/Je staat op de wachtlijst, op plaats 1/).waitFor();
    const leaving = await app.signedInAs("lid@praktijkplein.test", { viewport: { width: 375, height: 740 }, goto: path });
    await hydrated(leaving.page);
    await leaving.page.getByRole("radio", { name: "Nee, ik kom niet" }).check();
    await leaving.page.getByRole("button", { name: "Antwoord opslaan" }).click();
    await leaving.page.getByText("3 van 3 plaatsen bezet · 1 op de wachtlijst").waitFor();
    // The bell says so, and the page no longer says werkgever@ is waiting. Before: it did until a reload.
    await waiting.page
      .getByText(/Er is een plek vrij/)
      .first()
      .waitFor({ state: "attached", timeout: 20_000 });
    await waiting.page.getByText(/^Je bent aangemeld\./).waitFor({ timeout: 20_000 });
    expect(await waiting.page.getByText(/Je staat op de wachtlijst/).count()).toBe(0);
    await waiting.context.close();
    await leaving.context.close();
  });
});
