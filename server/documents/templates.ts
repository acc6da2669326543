/** Starting points for a new document (the new-document form offers them). */
import type { SerializedEditorState } from "lexical";
import type { NewDocumentInput } from "~/shared/forms/documents.ts";
import { editorState, h, ol, p, table, ul } from "./builder.ts";

/** `date`: for the notes of a meeting, its day, already written out ("donderdag 17 december 2026"). */
export function templateState(template: NewDocumentInput["template"], details: { date?: string } = {}): SerializedEditorState {
  switch (template) {
    case "handreiking":
      return editorState(
        h("h2", "Waarom deze handreiking"),
        p("Beschrijf in een paar zinnen voor wie deze handreiking is en welk probleem ze helpt oplossen."),
        h("h2", "Wat werkt"),
        ul(["Eerste werkzame aanpak", "Tweede werkzame aanpak"]),
        h("h2", "Stap voor stap"),
        ol(["Eerste stap", "Tweede stap", "Derde stap"]),
        h("h2", "Meer weten"),
        p("Noem bronnen, voorbeelden uit de praktijk en contactpersonen."),
      );
    case "verslag":
      return editorState(
        p(`Datum: ${details.date ?? ""}`),
        p("Aanwezig: "),
        h("h2", "Agenda"),
        ol(["Opening en mededelingen", "Ervaringen uit de praktijk", "Afspraken en rondvraag"]),
        h("h2", "Besproken"),
        p(""),
        h("h2", "Actiepunten"),
        table([
          ["Actie", "Wie", "Wanneer"],
          ["", "", ""],
        ]),
      );
    default:
      return editorState(p());
  }
}
