/**
 * Demo work agenda: goals and actions from the three themes of the Werkagenda
 * VIA and the knowledge agenda, indicators with a few measurements, one closed
 * review round and a few knowledge questions. The numbers are made up for the
 * demo; the goals follow the Werkagenda's own doelstellingen.
 */
import { db } from "../../server/db.ts";
import { takeSnapshot } from "../../server/agenda/snapshot.ts";
import type { ActionStatusValue, IndicatorDirectionValue } from "../../app/shared/agenda.ts";
import type { SeedContext } from "./demo.ts";

type SeedIndicator = {
  name: string;
  unit: string;
  baseline?: number;
  targetValue: number;
  targetDate: string;
  direction?: IndicatorDirectionValue;
  /** [yyyy-mm-dd, value, source] */
  measurements: [string, number, string][];
  /** Index into the goal's actions, when the indicator measures one action. */
  action?: number;
};
type SeedGoal = {
  theme: string;
  title: string;
  description: string;
  actions: { title: string; description: string; owners: string[]; status: ActionStatusValue }[];
  indicators: SeedIndicator[];
};

const GOALS: SeedGoal[] = [
  {
    theme: "meer-diversiteit-op-het-werk",
    title: "Een meerderheid van werkgevers doet wat werkt voor gelijke kansen",
    description:
      "In 2025 doet een meerderheid van werkgevers, breder dan de huidige voorhoede, wat bewezen werkt voor gelijke kansen, culturele diversiteit en een inclusieve arbeidsmarkt.",
    actions: [
      {
        title: "Menukaart met bewezen aanpakken voor werving en selectie",
        description: "Een overzicht van interventies die werken, met hoe je begint en wat het kost. Voor HR en leidinggevenden in het mkb.",
        owners: ["Diversiteit in Bedrijf (SER)", "Kennisplatform Inclusief Samenleven"],
        status: "AFGEROND",
      },
      {
        title: "Advies op maat voor mkb-werkgevers",
        description: "Regionale adviseurs helpen werkgevers één concrete stap te zetten, zoals gestructureerde sollicitatiegesprekken.",
        owners: ["MKB-Nederland", "Werkgeversservicepunten"],
        status: "LOPEND",
      },
    ],
    indicators: [
      {
        name: "Werkgevers die de Barometer Culturele Diversiteit gebruiken",
        unit: "werkgevers",
        baseline: 40,
        targetValue: 250,
        targetDate: "2026-12-31",
        measurements: [
          ["2025-06-30", 72, "CBS, deelnemers Barometer"],
          ["2025-12-31", 118, "CBS, deelnemers Barometer"],
          ["2026-06-30", 161, "CBS, deelnemers Barometer"],
        ],
      },
      {
        name: "Werkgevers met gestructureerde sollicitatiegesprekken",
        unit: "procent",
        baseline: 22,
        targetValue: 50,
        targetDate: "2027-06-30",
        action: 1,
        measurements: [
          ["2025-09-30", 24, "Enquête werkgeverspanel"],
          ["2026-03-31", 29, "Enquête werkgeverspanel"],
        ],
      },
    ],
  },
  {
    theme: "meer-diversiteit-op-het-werk",
    title: "Werkgevers dragen hun goede voorbeelden zichtbaar uit",
    description: "Werkgevers en hun organisaties laten zien wat werkt, zodat andere werkgevers het kunnen overnemen.",
    actions: [
      {
        title: "Doe-netwerk werkgevers: elk kwartaal een praktijkcase",
        description: "Werkgevers uit het doe-netwerk schrijven elk kwartaal een case voor de bibliotheek.",
        owners: ["VNO-NCW", "Diversiteit in Bedrijf (SER)"],
        status: "LOPEND",
      },
    ],
    indicators: [
      {
        name: "Gepubliceerde praktijkcases van werkgevers",
        unit: "cases",
        targetValue: 40,
        targetDate: "2026-12-31",
        measurements: [
          ["2025-12-31", 9, "Bibliotheek Praktijkplein"],
          ["2026-06-30", 17, "Bibliotheek Praktijkplein"],
        ],
      },
    ],
  },
  {
    theme: "eerste-baan-of-stage",
    title: "Werkgevers werven eerlijk voor een eerste baan of stage",
    description:
      "Werkgevers werken aan gelijke kansen bij de werving en selectie voor een eerste baan of stage en pakken discriminatie actief aan.",
    actions: [
      {
        title: "Tipkaarten en workshops over eerlijke werving van stagiairs",
        description: "Praktijkopleiders en leerbedrijven leren hoe ze objectief selecteren en wat ze doen bij discriminatie.",
        owners: ["SBB", "MBO Raad"],
        status: "LOPEND",
      },
      {
        title: "Meldpunt stagediscriminatie bij elke mbo-instelling",
        description: "Studenten weten waar ze terechtkunnen en krijgen binnen twee weken een reactie.",
        owners: ["MBO Raad", "JOB"],
        status: "GEPLAND",
      },
    ],
    indicators: [
      {
        name: "Studenten met een migratieachtergrond die vaker dan vijf keer solliciteren voor een stage",
        unit: "procent",
        baseline: 31,
        targetValue: 20,
        targetDate: "2027-09-01",
        direction: "LAGER",
        measurements: [
          ["2025-09-01", 30, "JOB-monitor"],
          ["2026-09-01", 27, "JOB-monitor"],
        ],
      },
      {
        name: "Erkende leerbedrijven die de workshop volgden",
        unit: "leerbedrijven",
        targetValue: 3000,
        targetDate: "2026-12-31",
        action: 0,
        measurements: [
          ["2025-12-31", 850, "SBB-registratie"],
          ["2026-06-30", 1420, "SBB-registratie"],
        ],
      },
    ],
  },
  {
    theme: "eerste-baan-of-stage",
    title: "Jongeren maken een beter onderbouwde studiekeuze",
    description: "Tools en begeleiding helpen jongeren met een migratieachtergrond een studie te kiezen met goede kansen op werk.",
    actions: [
      {
        title: "Oriënterende bedrijfsbezoeken in het vmbo",
        description: "Leerlingen lopen een dag mee bij twee werkgevers voordat ze een opleiding kiezen.",
        owners: ["Expertisepunt LOB", "Gemeente Rotterdam"],
        status: "LOPEND",
      },
    ],
    indicators: [
      {
        name: "Leerlingen die een bedrijfsbezoek deden",
        unit: "leerlingen",
        targetValue: 5000,
        targetDate: "2027-06-30",
        measurements: [["2026-06-30", 1900, "Registratie scholen"]],
      },
    ],
  },
  {
    theme: "arbeidstoeleiding",
    title: "Meer leerwerktrajecten voor nieuwkomers",
    description:
      "We stimuleren meer leerwerktrajecten, in het bijzonder voor ingeburgerde nieuwkomers en anderen met een grote afstand tot werk.",
    actions: [
      {
        title: "Regionale afspraken over leerwerktrajecten met taal",
        description: "Gemeenten, UWV en werkgevers maken per regio afspraken over trajecten waarin werken en Nederlands leren samengaan.",
        owners: ["Divosa", "UWV", "Cedris"],
        status: "LOPEND",
      },
      {
        title: "Proef met een vaste jobcoach voor twee jaar",
        description: "Kandidaten en werkgevers houden twee jaar dezelfde jobcoach. De proef stopte omdat de financiering wegviel.",
        owners: ["Gemeente Amsterdam"],
        status: "GESTOPT",
      },
    ],
    indicators: [
      {
        name: "Gestarte leerwerktrajecten",
        unit: "trajecten",
        baseline: 600,
        targetValue: 2000,
        targetDate: "2027-12-31",
        action: 0,
        measurements: [
          ["2025-06-30", 710, "Divosa, regiomonitor"],
          ["2025-12-31", 880, "Divosa, regiomonitor"],
          ["2026-06-30", 1045, "Divosa, regiomonitor"],
        ],
      },
      {
        name: "Deelnemers die na een jaar nog werken",
        unit: "procent",
        targetValue: 70,
        targetDate: "2027-12-31",
        measurements: [
          ["2025-12-31", 58, "UWV, cohortonderzoek"],
          ["2026-06-30", 61, "UWV, cohortonderzoek"],
        ],
      },
    ],
  },
  {
    theme: "kennisagenda",
    title: "We weten of de werkagenda werkt",
    description: "Met monitoring en evaluatie zien we of de acties effect hebben, zodat we de agenda elk half jaar kunnen herijken.",
    actions: [
      {
        title: "Monitor werkagenda: twee keer per jaar een meting",
        description: "De Kennisagenda VIA verzamelt elk half jaar de cijfers van alle indicatoren en bespreekt ze in de community.",
        owners: ["Kennisplatform Inclusief Samenleven", "Ministerie van SZW"],
        status: "LOPEND",
      },
    ],
    indicators: [
      {
        name: "Indicatoren met een meting in het afgelopen half jaar",
        unit: "procent",
        targetValue: 100,
        targetDate: "2026-12-31",
        measurements: [
          ["2025-12-31", 60, "Kennisagenda VIA"],
          ["2026-06-30", 85, "Kennisagenda VIA"],
        ],
      },
    ],
  },
];

const QUESTIONS: {
  theme: string;
  author: string;
  title: string;
  body: string;
  voters: string[];
  comments: [string, string][];
  answer?: string;
}[] = [
  {
    theme: "meer-diversiteit-op-het-werk",
    author: "priya",
    title: "Hoe meet een kleine werkgever of zijn aanpak werkt, zonder naar afkomst te vragen?",
    body: "Wij mogen geen gegevens over afkomst vastleggen. Toch willen we weten of ons nieuwe selectieproces eerlijker is. Welke manieren zijn er voor een bedrijf met 40 medewerkers?",
    voters: ["fatma", "jeroen", "kofi", "lotte"],
    comments: [
      [
        "meiling",
        "De Barometer Culturele Diversiteit van het CBS is hiervoor bedoeld. Voor heel kleine bedrijven zijn de aantallen soms te klein; dan kun je beter het proces meten, zoals de doorlooptijd per stap.",
      ],
    ],
    answer: "Barometer Culturele Diversiteit",
  },
  {
    theme: "eerste-baan-of-stage",
    author: "kim",
    title: "Helpt anoniem solliciteren bij stages in het mbo?",
    body: "Sommige scholen laten studenten anoniem reageren op stageplekken. Weten we of dat leidt tot meer gesprekken voor studenten met een migratieachtergrond?",
    voters: ["marloes", "nadia"],
    comments: [["fatma", "Bij ons in de regio zagen we meer gesprekken, maar niet meer plaatsingen. Wie heeft cijfers?"]],
  },
  {
    theme: "arbeidstoeleiding",
    author: "jeroen",
    title: "Wat maakt dat een leerwerktraject na een jaar nog werk oplevert?",
    body: "Ongeveer zes op de tien deelnemers werkt na een jaar nog. Wat doen de trajecten anders waar dat beter lukt: de begeleiding, de werkgever, de taalles?",
    voters: ["kofi"],
    comments: [],
  },
];

export async function seedAgenda({ userId, themeId, log }: SeedContext): Promise<void> {
  let indicators = 0;
  let measurements = 0;
  for (const [goalIndex, goal] of GOALS.entries()) {
    const goalRow = await db().agendaGoal.create({
      data: { themeId: themeId(goal.theme), title: goal.title, description: goal.description, sortOrder: goalIndex },
    });
    const actionIds: string[] = [];
    for (const [index, action] of goal.actions.entries()) {
      const row = await db().agendaAction.create({ data: { goalId: goalRow.id, ...action, sortOrder: index } });
      actionIds.push(row.id);
    }
    for (const indicator of goal.indicators) {
      const row = await db().agendaIndicator.create({
        data: {
          goalId: goalRow.id,
          actionId: indicator.action === undefined ? null : actionIds[indicator.action]!,
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline ?? null,
          targetValue: indicator.targetValue,
          targetDate: new Date(`${indicator.targetDate}T00:00:00Z`),
          direction: indicator.direction ?? "HOGER",
        },
      });
      indicators++;
      for (const [date, value, source] of indicator.measurements) {
        // Recorded on the day measured, so the review round below sees what was known then.
        const measuredOn = new Date(`${date}T00:00:00Z`);
        await db().agendaMeasurement.create({
          data: { indicatorId: row.id, value, measuredOn, source, recordedById: userId("meiling"), createdAt: measuredOn },
        });
        measurements++;
      }
    }
  }

  // The first herijking, closed: its snapshot holds the measurements known at the start of 2026.
  const takenAt = new Date("2026-01-15T09:00:00Z");
  const round = await db().$transaction(async (tx) => {
    const snapshot = await takeSnapshot(tx, takenAt);
    return tx.reviewRound.create({
      data: {
        title: "Herijking voorjaar 2026",
        period: "2026-1",
        opensAt: new Date("2026-01-15T00:00:00Z"),
        closesAt: new Date("2026-02-15T00:00:00Z"),
        status: "CLOSED",
        snapshot,
        snapshotAt: takenAt,
        createdById: userId("samir"),
        createdAt: takenAt,
      },
    });
  });
  await db().reviewComment.createMany({
    data: [
      {
        roundId: round.id,
        authorId: userId("fatma"),
        body: "Het doel voor stages is goed, maar meet ook hoe lang studenten zoeken, niet alleen hoe vaak ze solliciteren.",
        createdAt: new Date("2026-01-20T10:00:00Z"),
      },
      {
        roundId: round.id,
        authorId: userId("kofi"),
        body: "De proef met een vaste jobcoach werkte goed. Jammer dat hij stopt. Kunnen we de lessen vastleggen?",
        createdAt: new Date("2026-01-28T14:30:00Z"),
      },
    ],
  });
  await db().reviewDecision.createMany({
    data: [
      {
        roundId: round.id,
        kind: "ACTION_STOPPED",
        text: "De proef met een vaste jobcoach stopt. De lessen komen als handreiking in de bibliotheek.",
        links: ["/werkagenda/arbeidstoeleiding"],
        createdById: userId("samir"),
        createdAt: new Date("2026-02-20T10:00:00Z"),
      },
      {
        roundId: round.id,
        kind: "ACTION_ADDED",
        text: "We voegen een meldpunt stagediscriminatie bij elke mbo-instelling toe.",
        links: ["/werkagenda/eerste-baan-of-stage"],
        createdById: userId("samir"),
        createdAt: new Date("2026-02-20T10:05:00Z"),
      },
    ],
  });

  const answer = await db().libraryItem.findFirst({
    where: { title: "Barometer Culturele Diversiteit", status: "PUBLISHED" },
    select: { id: true },
  });
  for (const question of QUESTIONS) {
    const answered = question.answer !== undefined && answer !== null;
    const row = await db().knowledgeQuestion.create({
      data: {
        themeId: themeId(question.theme),
        authorId: userId(question.author),
        title: question.title,
        body: question.body,
        status: answered ? "BEANTWOORD" : "OPEN",
        answeredAt: answered ? new Date() : null,
      },
    });
    await db().knowledgeVote.createMany({ data: question.voters.map((voter) => ({ questionId: row.id, userId: userId(voter) })) });
    for (const [author, body] of question.comments)
      await db().knowledgeComment.create({ data: { questionId: row.id, authorId: userId(author), body } });
    if (answered)
      await db().knowledgeAnswer.create({ data: { questionId: row.id, libraryItemId: answer.id, linkedById: userId("samir") } });
  }
  log(
    `seeded ${GOALS.length} agenda goals, ${indicators} indicators, ${measurements} measurements, 1 review round and ${QUESTIONS.length} knowledge questions`,
  );
}
