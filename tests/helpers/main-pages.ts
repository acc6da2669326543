/**
 * The main pages of the demo content (after seedDemo), for the page-level
 * tests: every-page (status, console, axe, i18n keys) and the Nu Html Checker.
 */
import { db } from "../../server/db.ts";

export const DEMO_COMMUNITY = "klantmanagers-arbeidstoeleiding";

export async function mainPages(): Promise<string[]> {
  const community = await db().community.findFirstOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true, slug: true } });
  const item = await db().libraryItem.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    select: { slug: true },
  });
  const event = await db().meeting.findFirstOrThrow({ where: { communityId: null }, orderBy: { startsAt: "asc" }, select: { id: true } });
  const base = `/communities/${community.slug}`;
  return [
    "/",
    "/communities",
    "/themas",
    "/werkagenda",
    "/werkagenda/meer-diversiteit-op-het-werk",
    "/werkagenda/kennisvragen",
    "/bibliotheek",
    `/bibliotheek/${item.slug}`,
    "/menukaart",
    "/zoeken?q=werkgevers",
    "/agenda",
    `/agenda/${event.id}`,
    "/leden",
    "/profiel",
    "/meldingen",
    "/instellingen/meldingen",
    base,
    `${base}/discussies`,
    `${base}/leden`,
    `${base}/documenten`,
    `${base}/bijeenkomsten`,
    `${base}/beheer`,
    "/bibliotheek/beheer",
    "/beheer/wachtrijen",
    "/beheer",
    "/beheer/auditlog",
    "/beheer/zoekwoorden",
    "/zoeken?q=refugees",
    "/moderatie",
  ];
}

/** Pages beside the main ones: a topic, a shared document, forms to make things, the public pages. */
export async function morePages(): Promise<string[]> {
  const community = await db().community.findFirstOrThrow({ where: { slug: DEMO_COMMUNITY }, select: { id: true, slug: true } });
  const base = `/communities/${community.slug}`;
  const topic = await db().topic.findFirstOrThrow({
    where: { communityId: community.id, deletedAt: null },
    orderBy: [{ lastSeq: "desc" }, { createdAt: "asc" }],
    select: { id: true, channel: { select: { slug: true } } },
  });
  const document = await db().document.findFirstOrThrow({
    where: { communityId: community.id },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const member = await db().user.findFirstOrThrow({ where: { email: "lid@praktijkplein.test" }, select: { id: true } });
  return [
    `${base}/discussies/${topic.channel.slug}`,
    `${base}/discussies/${topic.channel.slug}/${topic.id}`,
    `${base}/documenten/${document.id}`,
    `${base}/documenten/nieuw`,
    "/bibliotheek/nieuw",
    "/agenda/nieuw",
    `/leden/${member.id}`,
    "/inloggen",
    "/registreren",
    "/wachtwoord-vergeten",
    "/privacy",
    "/toegankelijkheid",
    "/bestaat-niet",
  ];
}
