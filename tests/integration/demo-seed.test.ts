import { describe, expect, it } from "vitest";
import { db } from "../../server/db.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";
import { parseSearchParams } from "../../app/shared/search.ts";
import { reconcile } from "../../server/search/indexer.ts";
import { search } from "../../server/search/service.ts";
import { action as communityAction } from "../../app/routes/communities.$slug.tsx";
import { action as measurementAction, loader as measurementLoader } from "../../app/routes/werkagenda.$theme_.meting.tsx";
import { KENNISAGENDA_COMMUNITY_SLUG } from "../../app/shared/agenda.ts";
import { sessionCookieFor } from "../helpers/factories.ts";
import { callAction, callLoader, formRequest, getRequest } from "../helpers/remix.ts";

describe("demo content", () => {
  it("seeds notifications for the pending requests and the invitation", async () => {
    await seedDemo();
    const werkgever = await db().user.findUniqueOrThrow({ where: { email: "werkgever@praktijkplein.test" } });
    const nieuw = await db().user.findUniqueOrThrow({ where: { email: "nieuw@praktijkplein.test" } });
    expect(await db().notification.findMany({ where: { userId: werkgever.id }, select: { kind: true } })).toEqual([
      { kind: "joinRequestReceived" },
    ]);
    expect(await db().notification.findMany({ where: { userId: nieuw.id }, select: { kind: true } })).toEqual([{ kind: "invitation" }]);
    expect(await db().communityDigestSetting.count()).toBe(1);
    // Moderation: an open report in the queue, logged.
    expect(await db().report.count({ where: { status: "OPEN" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "report.created" } })).toBe(1);
    expect(await db().meeting.count()).toBe(5);
    expect(await db().rsvp.count({ where: { status: "WAITLISTED" } })).toBe(2);
  });

  it("is found by search once the sweep at worker start has run: topics, documents, library items, the work agenda", async () => {
    if (!(await db().user.count({ where: { email: "moderator@praktijkplein.test" } }))) await seedDemo();
    await reconcile();
    const moderator = await db().user.findUniqueOrThrow({
      where: { email: "moderator@praktijkplein.test" },
      select: { id: true, globalRole: true },
    });
    const kinds = async (query: string) =>
      new Set((await search(moderator, parseSearchParams(new URLSearchParams(query)).params)).hits.map((hit) => hit.kind));
    expect(await kinds("q=leerwerkplek&kind=topic")).toEqual(new Set(["topic"]));
    expect(await kinds("q=leerwerktrajecten&kind=document")).toEqual(new Set(["document"]));
    expect(await kinds("q=vacaturetekst&kind=library")).toEqual(new Set(["library"]));
    // The work agenda (decision 086): a knowledge question for members, a goal (by an action's title) also for visitors.
    expect(await kinds("q=solliciteren&kind=knowledgeQuestion")).toEqual(new Set(["knowledgeQuestion"]));
    const visitor = await search(null, parseSearchParams(new URLSearchParams("q=jobcoach&kind=agendaGoal")).params);
    expect(visitor.hits.map((hit) => hit.titleHtml.replace(/<\/?mark>/g, ""))).toEqual(["Meer leerwerktrajecten voor nieuwkomers"]);
    // The demo handreiking links the employers' toolkit document.
    const linked = await db().libraryItem.findFirstOrThrow({
      where: { title: "Checklist voor een inclusieve vacaturetekst" },
      select: { document: { select: { title: true } } },
    });
    expect(linked.document?.title).toBe("Toolkit: vacatureteksten zonder onnodige drempels");
  });

  it("seeds accounts whose addresses are verified, so the demo members can take part (decision 110)", async () => {
    if (!(await db().user.count({ where: { email: "moderator@praktijkplein.test" } }))) await seedDemo();
    expect(await db().user.count()).toBeGreaterThan(0);
    expect(await db().user.count({ where: { emailVerifiedAt: null } })).toBe(0);
  });

  it("lets nobody record the work agenda's public figures by joining the Kennisagenda community with one click (decisions 075, 232)", async () => {
    if (!(await db().user.count({ where: { email: "moderator@praktijkplein.test" } }))) await seedDemo();
    // nieuw@ is a verified member of nothing but what they are invited to.
    const nieuw = await db().user.findUniqueOrThrow({ where: { email: "nieuw@praktijkplein.test" } });
    const cookie = await sessionCookieFor(nieuw.id);
    const slug = KENNISAGENDA_COMMUNITY_SLUG;
    const join = await callAction(communityAction, formRequest(`/communities/${slug}`, { intent: "join" }, cookie), { slug });
    expect(join.status).toBe(403);
    const asked = await callAction(
      communityAction,
      formRequest(`/communities/${slug}`, { intent: "request", message: "Ik meet de instroom in onze gemeente." }, cookie),
      { slug },
    );
    expect(asked.status).toBe(302);
    expect(await db().membership.count({ where: { userId: nieuw.id, community: { slug } } })).toBe(0);

    const theme = "meer-diversiteit-op-het-werk";
    expect((await callLoader(measurementLoader, getRequest(`/werkagenda/${theme}/meting`, cookie), { theme })).status).toBe(403);
    const indicator = await db().agendaIndicator.findFirstOrThrow({ where: { goal: { theme: { slug: theme } } } });
    const before = await db().agendaMeasurement.count({ where: { indicatorId: indicator.id } });
    const recorded = await callAction(
      measurementAction,
      formRequest(
        `/werkagenda/${theme}/meting`,
        { indicatorId: indicator.id, value: "99", measuredOn: "2026-11-01", source: "Zelf bedacht" },
        cookie,
      ),
      { theme },
    );
    expect(recorded.status).toBe(403);
    expect(await db().agendaMeasurement.count({ where: { indicatorId: indicator.id } })).toBe(before);
  });
});
