/**
 * A digest on the wire (decision 292): what the SMTP server receives is a
 * valid MIME message that a mail reader parses back to the member's digest —
 * 7-bit body lines of at most 76 characters ending in CRLF, the headers
 * (List-Unsubscribe with the member's own signed link), a quoted-printable
 * text part and a base64 HTML part, Dutch text with diacritics and names and
 * titles longer than a line intact in both parts.
 */
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "../../server/config.ts";
import { db } from "../../server/db.ts";
import { verifyUnsubscribeToken } from "../../server/mail/unsubscribe.ts";
import { latestPeriod } from "../../server/notifications/digest/periods.ts";
import { sendDigest } from "../../server/notifications/digest/send.ts";
import { createCommunity, createUser } from "../helpers/factories.ts";
import { type SmtpSink, startMailSink } from "../helpers/smtp.ts";

const DAY = 24 * 60 * 60 * 1000;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startMailSink();
});

afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
  resetConfigForTests();
});

/** The message's parts: headers and the raw (still encoded) body of each, split at the boundary. */
function mimeParts(raw: string) {
  const [head, ...rest] = raw.split("\r\n\r\n");
  const boundary = /boundary="([^"]+)"/.exec(head!)?.[1];
  const body = rest.join("\r\n\r\n");
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [headers, ...content] = part.replace(/^\r\n/, "").split("\r\n\r\n");
      return { headers: headers!, content: content.join("\r\n\r\n").replace(/\r\n$/, "") };
    });
  return { head: head!, boundary, parts, closed: body.trimEnd().endsWith(`--${boundary}--`) };
}

describe("a digest on the wire", () => {
  it("is valid MIME: headers, List-Unsubscribe, a quoted-printable text and a base64 HTML part, Dutch text and long lines intact", async () => {
    const period = latestPeriod("WEEKLY", new Date());
    const before = new Date(period.until.getTime() - 30 * DAY);
    const during = new Date(period.until.getTime() - 2 * DAY);
    const longName = "Coördinatie één loket: ideeën van ervaringsdeskundigen en werkgevers uit Súdwest-Fryslân en omstreken";
    const community = await createCommunity({ name: longName });
    const second = await createCommunity({ name: "Café Zoë – naïeve vragen" });
    const stamp = Date.now();
    const readers = [
      { displayName: "Zoë Çelik-Brouwer", locale: "nl" },
      { displayName: "Émile Dupont", locale: "en" },
    ];
    const members = [];
    for (const [i, reader] of readers.entries()) {
      const member = await createUser({ displayName: reader.displayName, email: `mime-${i}-${stamp}@praktijkplein.test` });
      await db().user.update({ where: { id: member.id }, data: { locale: reader.locale } });
      await db().membership.createMany({
        data: [
          { userId: member.id, communityId: community.id, joinedAt: before },
          { userId: member.id, communityId: second.id, joinedAt: before },
        ],
      });
      members.push(member);
    }
    const newcomer = await createUser({ displayName: "Aïcha El Idrissi-Ñúñez" });
    await db().membership.create({ data: { userId: newcomer.id, communityId: community.id, joinedAt: during } });
    const longTitle = `Werkervaringsplaatsen bij gemeenten: wat werkt, wat niet, en hoe houden we het vol? ${"Heel lang onderwerp ".repeat(8)}`;
    await db().notification.create({
      data: {
        userId: members[0]!.id,
        kind: "mention",
        communityId: community.id,
        url: "/meldingen",
        createdAt: during,
        actorId: newcomer.id,
        data: { topicId: "t1", messageId: "m1", topicTitle: longTitle, excerpt: "Één vraag: hoe pakken jullie dit aan? .punt" },
      },
    });

    const results = await Promise.all(
      members.map((member) =>
        sendDigest({ userId: member.id, frequency: "WEEKLY", periodKey: period.key, until: period.until.toISOString() }),
      ),
    );
    expect(results).toEqual(["sent", "sent"]);
    expect(sink.raw).toHaveLength(2);

    for (const [i, member] of members.entries()) {
      const { data } = sink.raw.find((r) => r.to.includes(member.email))!;
      // 7-bit, CRLF line ends only, no body line longer than 76 characters; header lines within RFC 5322's
      // 998 (folded at spaces; the List-Unsubscribe address has none to fold at).
      expect(data.every((byte) => byte < 128)).toBe(true);
      const raw = data.toString("latin1");
      expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      const { head, parts, closed } = mimeParts(raw);
      for (const line of head.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
      for (const part of parts) for (const line of part.content.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
      expect(closed).toBe(true);
      expect(head).toMatch(/^MIME-Version: 1\.0$/m);
      expect(head).toMatch(/^Content-Type: multipart\/alternative;\r\n boundary="=_Pp-[0-9a-f]+-[0-9a-z]+"$/m);
      expect(parts.map((part) => part.headers)).toEqual([
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable",
        "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64",
      ]);
      expect(parts[1]!.content).toMatch(/^[A-Za-z0-9+/=\r\n]+$/);

      const parsed = await simpleParser(data);
      const english = i === 1;
      const name = readers[i]!.displayName;
      expect([parsed.to].flat()[0]?.value).toEqual([{ name: "", address: member.email }]);
      expect(parsed.from?.value[0]?.address).toBe("noreply@praktijkplein.local");
      expect(parsed.subject).toMatch(english ? /^New on Praktijkplein/ : /^Nieuw op Praktijkplein/);
      expect(parsed.messageId).toMatch(/^<[a-z0-9]+@[a-z0-9.-]+>$/);
      expect(parsed.date).toBeInstanceOf(Date);
      const header = (key: string) => parsed.headerLines.find((line) => line.key === key)?.line.replace(/\r\n\s+/g, " ");
      const listUnsubscribe = /^List-Unsubscribe: <(https?:\/\/[^>]+\/afmelden\/([A-Za-z0-9_.-]+))>$/.exec(
        header("list-unsubscribe") ?? "",
      );
      expect(listUnsubscribe).not.toBeNull();
      expect(verifyUnsubscribeToken(listUnsubscribe![2]!)).toEqual({ userId: member.id, scope: "digest" });
      expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(header("list-id")).toMatch(/^List-Id: <samenvatting\.[a-z0-9.-]+>$/);

      // Both parts decode to the same digest: the decoded base64 is exactly the HTML the reader shows.
      const html = Buffer.from(parts[1]!.content.replace(/\r\n/g, ""), "base64").toString("utf8");
      expect(parsed.html).toBe(html.replace(/\r\n/g, "\n"));
      for (const body of [parsed.text!, html]) {
        expect(body).toContain(name);
        expect(body).toContain(longName);
        expect(body).toContain("Café Zoë – naïeve vragen");
        expect(body).toContain("Aïcha El Idrissi-Ñúñez");
      }
      expect(html).toMatch(new RegExp(`<html lang="${english ? "en" : "nl"}"`));
      expect(html).toContain(`href="${listUnsubscribe![1]}"`);
      // Only Zoë had the mention: the long title and the excerpt with a dot after a space, whole.
      for (const body of [parsed.text!, html]) {
        if (i === 0) expect(body).toContain(longTitle.trim());
        else expect(body).not.toContain("Werkervaringsplaatsen bij gemeenten");
      }
      if (i === 0) expect(parsed.text).toContain("Één vraag: hoe pakken jullie dit aan? .punt");
    }
  });
});
