/**
 * The digest section "nieuwe kennisvragen" (decision 086): knowledge questions
 * proposed since the member's last digest, in the primary digest only, and
 * nothing the member proposed themselves. A separate file from
 * digest-sections.test.ts: questions are not tied to a community, so they
 * would show up in that file's "nothing new" digests.
 */
import { describe, expect, it } from "vitest";
import { proposeQuestion } from "../../server/agenda/commands.ts";
import { db } from "../../server/db.ts";
import { gatherDigest } from "../../server/notifications/digest/gather.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { renderDigest } from "../../server/notifications/digest/render.ts";
import { sendDigest } from "../../server/notifications/digest/send.ts";
import { addMember, createCommunity, createTheme, createUser } from "../helpers/factories.ts";
import { useMailSink } from "../helpers/mail-sink.ts";

const sink = useMailSink();

const DAY = 24 * 60 * 60 * 1000;

function digestMember(user: { id: string; email: string; displayName: string }, language: "nl" | "en" = "nl") {
  return { id: user.id, email: user.email, displayName: user.displayName, globalRole: "MEMBER" as const, language };
}

/** A digest goes only to members of at least one community (gather.ts); the questions are not tied to it. */
async function inACommunity<T extends { id: string }>(user: T): Promise<T> {
  const community = await createCommunity({ accessMode: "OPEN" });
  await addMember(user.id, community.id);
  return user;
}

async function question(themeId: string, title: string, createdAt: Date, authorId: string | null) {
  return db().knowledgeQuestion.create({ data: { themeId, title, body: `Toelichting bij: ${title}`, createdAt, authorId } });
}

describe("digest section: new knowledge questions", () => {
  it("lists questions proposed in the window by others, not the member's own or older ones", async () => {
    const theme = await db().theme.update({
      where: { id: (await createTheme()).id },
      data: { nameNl: "Taal en werk", nameEn: "Language and work" },
    });
    const [member, anna] = await Promise.all([
      createUser({ displayName: "Fatima de Vries" }).then(inACommunity),
      createUser({ displayName: "Anna Jansen" }),
    ]);
    const until = new Date();
    const since = new Date(until.getTime() - 7 * DAY);
    const during = new Date(until.getTime() - 2 * DAY);
    const before = new Date(until.getTime() - 30 * DAY);

    const fresh = await question(theme.id, "Werkt duaal taalonderwijs beter dan eerst taal, dan werk?", during, anna.id);
    const orphan = await question(theme.id, "Welke rol spelen taalmaatjes bij behoud van werk?", during, null);
    await question(theme.id, "Mijn eigen vraag over inburgering", during, member.id);
    await question(theme.id, "Een oude vraag van vorige maand", before, anna.id);
    await question(theme.id, "Een vraag van na het venster", new Date(until.getTime() + DAY), anna.id);

    const digest = await gatherDigest(digestMember(member), "WEEKLY", since, until);
    const section = digest.sections.find(({ section }) => section.id === "knowledge-questions");
    expect(section?.items).toEqual([
      expect.objectContaining({ id: fresh.id, title: "Werkt duaal taalonderwijs beter dan eerst taal, dan werk?" }),
      expect.objectContaining({ id: orphan.id }),
    ]);

    const mail = renderDigest(digest);
    for (const part of [mail.html, mail.text]) {
      expect(part.toLowerCase()).toContain("2 nieuwe kennisvragen in de werkagenda");
      expect(part).toContain(`/werkagenda/kennisvragen/${fresh.id}`);
      expect(part).toContain("Taal en werk");
      for (const absent of ["Mijn eigen vraag", "Een oude vraag", "na het venster"]) expect(part).not.toContain(absent);
    }
    const english = renderDigest(await gatherDigest(digestMember(member, "en"), "WEEKLY", since, until));
    expect(english.html).toContain("2 new knowledge questions in the work agenda");
    expect(english.text).toContain("Language and work");
  });

  it("sends the section in the member's digest mail; a question proposed through the command counts", async () => {
    const theme = await createTheme();
    const [member, anna] = await Promise.all([createUser().then(inACommunity), createUser()]);
    const period = latestPeriod("WEEKLY", new Date());
    const proposed = await proposeQuestion(anna, {
      theme: theme.slug,
      title: "Hoe houden werkgevers nieuwkomers vast?",
      body: "Na een half jaar vertrekt de helft weer: wat helpt?",
    });
    // The sent window ends at the period boundary: move the question inside it.
    await db().knowledgeQuestion.update({ where: { id: proposed.id }, data: { createdAt: new Date(period.until.getTime() - DAY) } });

    const result = await sendDigest({ userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() });
    expect(result).not.toBe("empty");
    const mails = sink.to(member.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Hoe houden werkgevers nieuwkomers vast?");
    expect(mails[0]!.text).toContain(`/werkagenda/kennisvragen/${proposed.id}`);
  });
});
