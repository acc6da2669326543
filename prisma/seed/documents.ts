/**
 * Demo documents: a handreiking being written together and the notes of a
 * meeting, bootstrapped as real Yjs state (as the server does for every new
 * document), with a few edits by other members in the log and a named version.
 */
import { lexicalFromYState, restoreUpdate } from "../../server/collab/lexical.ts";
import { appendUpdates, loadState } from "../../server/collab/store.ts";
import { createDocumentIn } from "../../server/documents/commands.ts";
import { editorState, h, link, ol, p, quote, table, text, ul } from "../../server/documents/builder.ts";
import { createVersion } from "../../server/documents/versions.ts";
import type { SerializedEditorState } from "lexical";
import type { SeedContext } from "./demo.ts";

const handreikingV1 = editorState(
  h("h2", "Waarom deze handreiking"),
  p(
    "Veel klantmanagers zien dat leerwerktrajecten werken: mensen leren de taal en een vak tegelijk, en doen meteen werkervaring op. Toch verschilt het per gemeente hoe zo'n traject wordt opgezet. In deze handreiking bundelen we wat we in de praktijk hebben geleerd.",
  ),
  h("h2", "Wat werkt"),
  ul([
    [text("Begin met een goed gesprek. ", "bold"), text("Wat kan iemand al, wat wil iemand, en wat speelt er thuis?")],
    "Combineer taalles met werk op de werkvloer, in plaats van eerst maanden alleen taalles.",
    "Spreek met de werkgever af wie de vaste begeleider op de werkvloer is.",
    "Houd contact, ook als iemand eenmaal werk heeft: de eerste maanden zijn het kwetsbaarst.",
  ]),
  h("h2", "Stap voor stap"),
  ol([
    "Verken samen met de kandidaat welke sector past, bijvoorbeeld zorg, techniek of logistiek.",
    "Zoek een werkgever die een leerwerkplek wil bieden en bespreek de verwachtingen.",
    "Regel de taalondersteuning en stem de roosters af op het werk.",
    "Plan na zes weken een evaluatie met kandidaat, werkgever en jobcoach.",
  ]),
  quote(
    "Het verschil zat in het vaste maatje op de werkvloer. Daardoor durfde hij vragen te stellen. — klantmanager uit de regio Rijnmond",
  ),
  h("h2", "Meer weten"),
  p([
    text("Zie ook de pagina over de "),
    link("https://www.rijksoverheid.nl/onderwerpen/inburgering-in-nederland", "inburgering in Nederland"),
    text(" en de lessen uit de VIA-pilots."),
  ]),
);

const handreikingV2Extra = [
  h("h2", "Wie doet wat"),
  table([
    ["Wie", "Rol in het traject"],
    ["Klantmanager", "Regie op het traject, contact met de kandidaat en de werkgever"],
    ["Jobcoach", "Begeleiding op de werkvloer in de eerste maanden"],
    ["Werkgever", "Leerwerkplek, vaste begeleider en een eerlijke beoordeling"],
  ]),
];

const verslag = editorState(
  p([text("Datum: ", "bold"), text("dinsdag 10 maart, online")]),
  p([text("Aanwezig: ", "bold"), text("Fatma, Mehmet, Priya, Nadia en Samir")]),
  h("h2", "Agenda"),
  ol(["Opening en mededelingen", "Casus: begeleiding na de eerste maand werk", "Afspraken en rondvraag"]),
  h("h2", "Besproken"),
  p(
    "Mehmet bracht een casus in over iemand die na vier weken werk dreigde uit te vallen. De werkgever was tevreden, maar de kandidaat had moeite met de reistijd en de kinderopvang. We bespraken hoe je dit eerder ziet aankomen.",
  ),
  ul([
    "Bel in de eerste maand elke week kort, niet alleen als er problemen zijn.",
    "Vraag ook naar zaken buiten het werk: geld, vervoer, opvang.",
    "Spreek met de werkgever af dat die het meldt als iemand vaker te laat komt.",
  ]),
  h("h2", "Actiepunten"),
  table([
    ["Actie", "Wie", "Wanneer"],
    ["Checklist eerste maand opstellen", "Priya", "voor 24 maart"],
    ["Ervaringen ophalen bij de klankbordgroep", "Nadia", "volgende bijeenkomst"],
  ]),
);

/** Appends the change from the current content to `next` as an edit by this member. */
async function editAs(documentId: string, authorId: string, next: SerializedEditorState) {
  const current = await loadState(documentId);
  if (!current) return;
  const update = restoreUpdate(current.state, next);
  if (update) await appendUpdates(documentId, [{ data: update, authorId }]);
}

export async function seedDocuments({ communityId, userId, log }: SeedContext): Promise<void> {
  const klantmanagers = communityId("klantmanagers-arbeidstoeleiding");
  const handreiking = await createDocumentIn(
    klantmanagers,
    userId("fatma"),
    "Handreiking leerwerktrajecten: taal en vak tegelijk",
    handreikingV1,
  );
  await createVersion(handreiking.id, "NAMED", { name: "versie 1", authorId: userId("fatma") });
  const current = lexicalFromYState((await loadState(handreiking.id))!.state);
  await editAs(handreiking.id, userId("priya"), {
    ...current,
    root: { ...current.root, children: [...current.root.children, ...(handreikingV2Extra as never[])] },
  } as SerializedEditorState);

  const notes = await createDocumentIn(klantmanagers, userId("fatma"), "Verslag intervisie 10 maart", verslag, "PUBLISHED");
  await createVersion(notes.id, "NAMED", { name: "Vastgesteld verslag", authorId: userId("fatma") });

  const werkgevers = communityId("doe-netwerk-werkgevers-diversiteit");
  await createDocumentIn(
    werkgevers,
    userId("jeroen"),
    "Toolkit: vacatureteksten zonder onnodige drempels",
    editorState(
      h("h2", "Waar gaat het om"),
      p(
        "Een vacaturetekst kan mensen ongewild afschrikken. Denk aan een te hoge taaleis, of eisen die voor het werk niet nodig zijn. Met deze toolkit kijk je samen kritisch naar je teksten.",
      ),
      h("h2", "Checklist"),
      ul([
        "Is elke eis echt nodig voor het werk?",
        "Schrijf je in eenvoudige taal (B1)?",
        "Noem je hoe het sollicitatieproces verloopt?",
        "Staat er een contactpersoon bij voor vragen?",
      ]),
    ),
  );
  log("seeded 3 shared documents");
}
