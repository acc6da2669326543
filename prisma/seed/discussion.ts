/**
 * Demo discussions: channels, topics and messages in the seeded communities,
 * written in plain Dutch from the Werkagenda VIA's themes. Includes a solved
 * question in a helpdesk-style channel, a pinned welcome and a closed topic.
 * "@sleutel" in a text becomes a mention of that demo member.
 */
import { db } from "../../server/db.ts";
import type { Prisma } from "../../server/generated/prisma/client.ts";
import {
  mentionedUserIds,
  mentionNode,
  plainText,
  renderHtml,
  textNode,
  type InlineNode,
  type RichTextState,
} from "../../server/richtext/index.ts";
import type { SeedContext } from "./demo.ts";
import { users } from "./content.ts";

type SeedMessage = [author: string, text: string];
type SeedTopic = {
  channel: string;
  title: string;
  pinned?: boolean;
  locked?: boolean;
  /** Index in `messages` of the answer ("opgelost"). */
  answer?: number;
  /** How long ago the topic started, in hours; messages follow at intervals. */
  hoursAgo: number;
  messages: SeedMessage[];
  reactions?: [messageIndex: number, emoji: string, users: string[]][];
};
type SeedDiscussion = { community: string; channels: [slug: string, name: string, description: string][]; topics: SeedTopic[] };

const STANDARD_CHANNELS: SeedDiscussion["channels"] = [
  ["algemeen", "Algemeen", "Voorstellen, nieuws en alles wat niet in een ander kanaal past."],
  ["vraag-en-antwoord", "Vraag en antwoord", "Stel een vraag uit je praktijk. Markeer het beste antwoord, dan weten anderen het ook."],
  ["bijeenkomsten", "Bijeenkomsten", "Afspraken, verslagen en vragen over onze online sessies en bijeenkomsten."],
];

const discussions: SeedDiscussion[] = [
  {
    community: "klantmanagers-arbeidstoeleiding",
    channels: STANDARD_CHANNELS,
    topics: [
      {
        channel: "algemeen",
        title: "Welkom! Lees dit eerst",
        pinned: true,
        hoursAgo: 24 * 20,
        messages: [
          [
            "fatma",
            "Welkom in onze community!\n\nHier delen we wat werkt in de begeleiding naar duurzaam werk. Twee afspraken: deel nooit namen of andere gegevens waarmee iemand herkenbaar is. En stel gerust een 'domme' vraag, die bestaat hier niet.\n\nStel je hieronder kort voor: waar werk je en waar loop je tegenaan?",
          ],
          [
            "mehmet",
            "Hoi allemaal, ik ben Mehmet, adviseur werk bij UWV in Twente. Ik werk veel samen met de gemeenten in de regio. Ik wil vooral leren hoe we de overstap van WW naar bijstand soepeler maken.",
          ],
          [
            "nadia",
            "Ik ben Nadia, ervaringsdeskundige. Ik heb zelf lang gezocht naar werk. Ik denk graag mee over hoe begeleiding voelt aan de andere kant van de tafel.",
          ],
          [
            "priya",
            "Priya hier, recruiter bij een uitzendbureau. Ik zie veel kandidaten die via de gemeente komen. Fijn om hier mee te lezen!",
          ],
        ],
        reactions: [
          [0, "heart", ["mehmet", "nadia", "priya"]],
          [2, "thumbsup", ["fatma", "samir"]],
        ],
      },
      {
        channel: "vraag-en-antwoord",
        title: "Hoe combineer je een taaltraject met een leerwerkplek?",
        answer: 2,
        hoursAgo: 24 * 6,
        messages: [
          [
            "mehmet",
            "Ik begeleid een man van 34 met een technische achtergrond. Hij wil graag aan de slag, maar zijn Nederlands is nog op A2-niveau. Werkgevers vragen vaak B1.\n\nHeeft iemand ervaring met een traject waarin iemand taal en een vak tegelijk leert?",
          ],
          [
            "priya",
            "Bij ons werkt een installatiebedrijf met een 'taal op de werkvloer'-aanpak. Ik kan je in contact brengen. Ze willen wel een vaste begeleider vanuit de gemeente.",
          ],
          [
            "fatma",
            "Ja, wij doen dit in Rotterdam met een leerwerktraject van zes maanden. Wat werkt:\n\n1. Vier dagen werken, één dag taalles die aansluit op het vak.\n2. Een vaste werkbegeleider die het taalniveau kent.\n3. Elke maand een driegesprek: werkgever, deelnemer en klantmanager.\n\nBelangrijk is dat de werkgever de taalles ziet als onderdeel van het werk. @mehmet ik stuur je de handreiking van de VIA-pilot.",
          ],
          ["mehmet", "Dank je Fatma, dit is precies wat ik zocht. Ik bespreek het driegesprek volgende week met de werkgever."],
          [
            "nadia",
            "Mooi dat de werkdag en de taalles op elkaar aansluiten. Voor mij werkte het pas toen ik de woorden die ik leerde ook echt gebruikte.",
          ],
        ],
        reactions: [
          [2, "idea", ["mehmet", "priya", "nadia"]],
          [2, "thumbsup", ["samir"]],
        ],
      },
      {
        channel: "vraag-en-antwoord",
        title: "Wat doe je als iemand steeds niet op afspraken komt?",
        hoursAgo: 30,
        messages: [
          [
            "samir",
            "Een vraag die ik vaak hoor van nieuwe klantmanagers: iemand komt drie keer niet op een afspraak. Wanneer kies je voor een gesprek en wanneer voor een maatregel?",
          ],
          [
            "fatma",
            "Ik bel altijd eerst zelf. Vaak blijkt er iets anders te spelen: schulden, zorg voor familie, of een brief die niet begrepen is.",
          ],
          [
            "nadia",
            "Dat herken ik. Een brief met veel moeilijke woorden legde ik vroeger gewoon weg. Een telefoontje maakte het verschil.",
          ],
        ],
      },
      {
        channel: "vraag-en-antwoord",
        title: "Een vergunninghouder met een zorgdiploma van buiten Nederland: waar begin je?",
        answer: 1,
        hoursAgo: 24 * 3,
        messages: [
          [
            "priya",
            "Ik heb een kandidaat die net een verblijfsvergunning heeft en in haar eigen land verpleegkundige was. Ze zit nog in de inburgering. Werkgevers in de zorg vragen naar een Nederlands diploma. Waar begin je zo'n traject?",
          ],
          [
            "fatma",
            "Laat eerst het diploma waarderen, dan weet je wat het hier waard is. Zoek daarnaast een werkervaringsplek in de zorg, zodat ze de taal op de werkvloer leert. Het UAF helpt hoger opgeleide vluchtelingen met studie en erkenning. Wacht niet tot de inburgering klaar is.",
          ],
          [
            "mehmet",
            "Eens. Bij ons begon een statushouder als zorghulp met een leerwerktraject. Na een jaar had ze een mbo-certificaat en een contract.",
          ],
        ],
        reactions: [[1, "thumbsup", ["priya", "mehmet"]]],
      },
      {
        channel: "bijeenkomsten",
        title: "Intervisie in maart: casus gezocht",
        hoursAgo: 8,
        messages: [
          [
            "fatma",
            "Op 14 maart is onze volgende online intervisie, van 15.00 tot 16.00 uur. Wie wil een casus inbrengen? Houd hem anoniem.",
          ],
          ["mehmet", "Ik wil de casus van de leerwerkplek inbrengen. Dan kunnen we samen kijken hoe het na drie maanden gaat."],
        ],
      },
    ],
  },
  {
    community: "inclusief-werven-en-selecteren",
    channels: STANDARD_CHANNELS,
    topics: [
      {
        channel: "algemeen",
        title: "Welkom bij Inclusief werven en selecteren",
        pinned: true,
        hoursAgo: 24 * 30,
        messages: [
          [
            "samir",
            "Welkom! In deze community delen we wat werkt voor eerlijke werving en selectie. Deel je voorbeelden, checklists en vragen. Goede voorbeelden verzamelen we voor de menukaart.",
          ],
          ["lotte", "Fijn dat dit er is. Ik heb een bakkerij zonder HR-afdeling, dus ik ben vooral op zoek naar praktische tips."],
        ],
      },
      {
        channel: "vraag-en-antwoord",
        title: "Welke vragen stel je in een gestructureerd sollicitatiegesprek?",
        answer: 1,
        hoursAgo: 24 * 4,
        messages: [
          [
            "lotte",
            "Ik wil sollicitatiegesprekken eerlijker maken. Iedereen dezelfde vragen stellen, dat snap ik. Maar welke vragen zijn goed voor een baan in de winkel?",
          ],
          [
            "priya",
            "Kies vier of vijf vragen die over het werk gaan, niet over iemands achtergrond. Bijvoorbeeld:\n\n- Vertel over een keer dat het heel druk was. Wat deed je?\n- Een klant is boos over een bestelling. Hoe pak je dat aan?\n- Wat doe je als je een fout ziet van een collega?\n\nSchrijf vooraf op wat een goed antwoord is en geef elk antwoord een score. Zo vergelijk je eerlijk.",
          ],
          [
            "jeroen",
            "Wij doen dit nu een half jaar. Het voelde eerst stijf, maar we nemen betere mensen aan en we twijfelen minder achteraf.",
          ],
          ["lotte", "Dank jullie wel! Ik ga de vragen van Priya gebruiken."],
        ],
        reactions: [[1, "thumbsup", ["lotte", "jeroen", "meiling", "samir"]]],
      },
      {
        channel: "bijeenkomsten",
        title: "Verslag online sessie over vacatureteksten",
        locked: true,
        hoursAgo: 24 * 12,
        messages: [
          [
            "samir",
            "Dank aan iedereen voor de sessie van gisteren. De drie belangrijkste lessen:\n\n1. Schrijf alleen eisen op die echt nodig zijn.\n2. Gebruik korte zinnen en gewone woorden.\n3. Vertel wat je als werkgever biedt, zoals begeleiding en opleiding.\n\nDe volgende sessie gaat over anoniem selecteren. Dit onderwerp is gesloten; reageren kan in het kanaal Algemeen.",
          ],
        ],
      },
    ],
  },
  {
    community: "stagediscriminatie-tegengaan",
    channels: STANDARD_CHANNELS,
    topics: [
      {
        channel: "vraag-en-antwoord",
        title: "Een leerbedrijf weigert een student zonder duidelijke reden",
        hoursAgo: 50,
        messages: [
          [
            "marloes",
            "Een student van ons werd na een goed gesprek toch afgewezen. Het bedrijf zegt alleen dat het 'niet klikte'. Hoe spreken jullie een leerbedrijf hierop aan?",
          ],
          [
            "kofi",
            "Wij vragen altijd om een gesprek met de praktijkopleider erbij. Niet als beschuldiging, maar om te begrijpen wat er gebeurde. Vaak komt er dan iets concreets op tafel.",
          ],
          ["lotte", "Als werkgever vind ik zo'n gesprek juist prettig. Soms weet je zelf niet goed waarom je twijfelde."],
        ],
      },
    ],
  },
  {
    community: "kennisagenda-via",
    channels: STANDARD_CHANNELS,
    topics: [
      {
        channel: "algemeen",
        title: "Nieuw onderzoek over doorstroom naar hogere functies",
        hoursAgo: 20,
        messages: [
          [
            "meiling",
            "Er is nieuw onderzoek verschenen over doorstroom van werknemers naar hogere functies. Kort samengevat: heldere criteria voor promotie helpen, net als een mentor. Ik schrijf een samenvatting in gewone taal.",
          ],
          ["anouk", "Graag! Dat nemen we mee in de halfjaarlijkse herijking van de werkagenda."],
        ],
      },
    ],
  },
];

const userKeys = new Set(users.map((user) => user.key));

/** Text with blank lines between paragraphs, "- " and "1. " lists, and "@key" mentions. */
function stateFor(text: string, userId: (key: string) => string): RichTextState {
  const inline = (line: string): InlineNode[] =>
    line
      .split(/(@[a-z]+)/)
      .filter(Boolean)
      .map((part): InlineNode => {
        const key = part.startsWith("@") ? part.slice(1) : null;
        if (key && userKeys.has(key)) {
          const name = users.find((user) => user.key === key)!.displayName;
          return mentionNode(userId(key), name);
        }
        return textNode(part);
      });
  const element = { version: 1 as const, direction: "ltr" as const, format: "" as const, indent: 0 };
  const children = text.split(/\n{2,}/).map((block) => {
    const lines = block.split("\n");
    const bullet = lines.every((line) => line.startsWith("- "));
    const numbered = lines.every((line) => /^\d+\. /.test(line));
    if (bullet || numbered) {
      return {
        ...element,
        type: "list" as const,
        listType: bullet ? ("bullet" as const) : ("number" as const),
        start: 1,
        tag: bullet ? ("ul" as const) : ("ol" as const),
        children: lines.map((line, index) => ({
          ...element,
          type: "listitem" as const,
          value: index + 1,
          children: inline(line.replace(/^(- |\d+\. )/, "")),
        })),
      };
    }
    return { ...element, type: "paragraph" as const, textFormat: 0, textStyle: "" as const, children: inline(block) };
  });
  return { root: { ...element, type: "root", children } };
}

export async function seedDiscussions({ userId, communityId, log }: SeedContext): Promise<void> {
  let topicCount = 0;
  let messageCount = 0;
  for (const discussion of discussions) {
    const community = communityId(discussion.community);
    const channels = new Map<string, string>();
    for (const [position, [slug, name, description]] of discussion.channels.entries()) {
      const channel = await db().channel.create({ data: { communityId: community, slug, name, description, position } });
      channels.set(slug, channel.id);
    }
    for (const seed of discussion.topics) {
      const start = Date.now() - seed.hoursAgo * 60 * 60 * 1000;
      // Replies follow the question at a steady pace, never in the future.
      const step = Math.min(3 * 60 * 60 * 1000, (seed.hoursAgo * 60 * 60 * 1000) / (seed.messages.length + 1));
      const at = (index: number) => new Date(start + index * step);
      await db().$transaction(async (tx) => {
        const topic = await tx.topic.create({
          data: {
            channelId: channels.get(seed.channel)!,
            communityId: community,
            title: seed.title,
            authorId: userId(seed.messages[0]![0]),
            pinned: seed.pinned ?? false,
            locked: seed.locked ?? false,
            lastSeq: seed.messages.length,
            lastMessageAt: at(seed.messages.length - 1),
            createdAt: at(0),
          },
        });
        const ids: string[] = [];
        for (const [index, [author, text]] of seed.messages.entries()) {
          const state = stateFor(text, userId);
          const message = await tx.message.create({
            data: {
              topicId: topic.id,
              seq: index + 1,
              authorId: userId(author),
              bodyJson: state as unknown as Prisma.InputJsonValue,
              bodyHtml: renderHtml(state, { mentionHref: (id) => `/leden/${id}` }),
              bodyText: plainText(state),
              createdAt: at(index),
            },
          });
          ids.push(message.id);
          const mentions = mentionedUserIds(state);
          if (mentions.length) await tx.messageMention.createMany({ data: mentions.map((id) => ({ messageId: message.id, userId: id })) });
        }
        if (seed.answer !== undefined) await tx.topic.update({ where: { id: topic.id }, data: { solvedMessageId: ids[seed.answer]! } });
        for (const [index, emoji, reactors] of seed.reactions ?? []) {
          await tx.reaction.createMany({ data: reactors.map((key) => ({ messageId: ids[index]!, userId: userId(key), emoji })) });
        }
        // Everyone has read up to their own last message.
        const lastOwn = new Map<string, number>();
        seed.messages.forEach(([author], index) => lastOwn.set(author, index + 1));
        await tx.readMarker.createMany({
          data: [...lastOwn].map(([key, seq]) => ({ userId: userId(key), topicId: topic.id, lastReadSeq: seq })),
        });
      });
      topicCount += 1;
      messageCount += seed.messages.length;
    }
  }
  log(`seeded ${topicCount} discussion topics with ${messageCount} messages`);
}
