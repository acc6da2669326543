/**
 * Demo meetings (bijeenkomsten) from the Werkagenda: a platform-wide
 * impact-bijeenkomst, a dialoogsessie on stage discrimination, a session at
 * CEO/DGA level in the employers' do-network, an online intervisie and a past
 * meeting, with answers and a waiting list. Dates are relative to the seed.
 */
import { db } from "../../server/db.ts";
import { answerRsvp } from "../../server/meetings/commands.ts";
import { utcToZoned, zonedToUtc } from "../../app/shared/meetings.ts";
import type { SeedContext } from "./demo.ts";

/** A wall-clock time in Amsterdam, `days` from today. */
function at(days: number, time: string): Date {
  const day = utcToZoned(new Date(Date.now() + days * 24 * 60 * 60_000)).slice(0, 10);
  return zonedToUtc(`${day}T${time}`)!;
}

export async function seedMeetings({ communityId, userId, log }: SeedContext): Promise<void> {
  const make = (data: {
    communityId: string | null;
    createdById: string;
    title: string;
    description: string[];
    location?: string;
    onlineUrl?: string;
    startsAt: Date;
    endsAt: Date;
    capacity?: number;
  }) =>
    db().meeting.create({
      data: {
        communityId: data.communityId,
        createdById: data.createdById,
        title: data.title,
        description: data.description.join("\n\n"),
        location: data.location ?? null,
        onlineUrl: data.onlineUrl ?? null,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        capacity: data.capacity ?? null,
      },
      select: { id: true },
    });

  const impact = await make({
    communityId: null,
    createdById: userId("samir"),
    title: "Impact-bijeenkomst: samen doen wat werkt",
    description: [
      "Een middag voor werkgevers, gemeenten, onderwijs en ervaringsdeskundigen die werken aan gelijke kansen op de arbeidsmarkt. We kijken terug op wat we het afgelopen half jaar hebben gedaan en wat het heeft opgeleverd.",
      "In korte rondes laten deelnemers zien wat bij hen werkt: een gestructureerd sollicitatiegesprek, een leerwerktraject met taal en vak, een stageplek zonder drempels. Daarna spreken we af wat we het komende half jaar samen oppakken.",
      "Je kunt op locatie komen of online meekijken. Op locatie zijn er 80 plaatsen.",
    ],
    location: "Utrecht, Werkplaats Sociaal Domein",
    onlineUrl: "https://meet.praktijkplein.test/impact-bijeenkomst",
    startsAt: at(14, "13:30"),
    endsAt: at(14, "17:00"),
    capacity: 80,
  });
  const dialogue = await make({
    communityId: communityId("stagediscriminatie-tegengaan"),
    createdById: userId("marloes"),
    title: "Dialoogsessie stagediscriminatie: bestuurders en stagecoördinatoren",
    description: [
      "Studenten met een migratieachtergrond vinden minder snel een stage. In deze dialoogsessie gaan bestuurders van mbo-scholen, stagecoördinatoren en werkgevers met elkaar en met studenten in gesprek.",
      "We bespreken wat een student kan doen als er iets misgaat, hoe je een melding serieus opvolgt, en welke afspraken scholen en leerbedrijven samen kunnen maken.",
    ],
    location: "Rotterdam, Zadkine Lloydstraat",
    startsAt: at(9, "15:00"),
    endsAt: at(9, "17:00"),
    capacity: 3,
  });
  const ceo = await make({
    communityId: communityId("doe-netwerk-werkgevers-diversiteit"),
    createdById: userId("jeroen"),
    title: "Sessie op CEO/DGA-niveau: culturele diversiteit als bestuursopdracht",
    description: [
      "Een besloten sessie voor bestuurders en directeuren. Wat vraagt het van de top om culturele diversiteit in instroom, doorstroom en behoud echt te laten werken?",
      "Drie bestuurders vertellen hoe zij het aanpakten, ook wat tegenviel. Daarna maakt iedere deelnemer één concrete afspraak voor de eigen organisatie.",
    ],
    location: "Den Haag, AWVN",
    startsAt: at(30, "09:30"),
    endsAt: at(30, "12:00"),
    capacity: 12,
  });
  const intervisie = await make({
    communityId: communityId("klantmanagers-arbeidstoeleiding"),
    createdById: userId("fatma"),
    title: "Online intervisie: de eerste maanden na plaatsing",
    description: [
      "Een uur intervisie voor klantmanagers. Een deelnemer brengt een casus in over iemand die net aan het werk is, en we denken samen mee.",
      "Neem je eigen vragen mee. Camera aan is fijn, maar niet verplicht.",
    ],
    onlineUrl: "https://meet.praktijkplein.test/intervisie-klantmanagers",
    startsAt: at(3, "10:00"),
    endsAt: at(3, "11:00"),
  });
  await make({
    communityId: communityId("klantmanagers-arbeidstoeleiding"),
    createdById: userId("fatma"),
    title: "Online intervisie: taal op de werkvloer",
    description: [
      "Hoe help je iemand die het werk goed kan, maar de taal op de werkvloer nog lastig vindt? We bespraken een casus uit Rotterdam.",
    ],
    onlineUrl: "https://meet.praktijkplein.test/intervisie-klantmanagers",
    startsAt: at(-7, "10:00"),
    endsAt: at(-7, "11:00"),
  });

  const answer = (key: string, meetingId: string, value: "YES" | "MAYBE" | "NO") =>
    answerRsvp({ id: userId(key), globalRole: "MEMBER" }, meetingId, value);
  for (const key of ["priya", "jeroen", "lotte", "fatma", "kofi"]) await answer(key, impact.id, "YES");
  await answer("mehmet", impact.id, "MAYBE");
  // Three seats: the fourth and fifth "ja" wait in line.
  for (const key of ["kofi", "priya", "lotte", "jeroen", "meiling"]) await answer(key, dialogue.id, "YES");
  for (const key of ["lotte", "samir"]) await answer(key, ceo.id, "YES");
  await answer("mehmet", ceo.id, "MAYBE");
  for (const key of ["mehmet", "priya", "nadia"]) await answer(key, intervisie.id, "YES");
  await answer("samir", intervisie.id, "NO");
  log("events: 5 bijeenkomsten with answers and a waiting list");
}
