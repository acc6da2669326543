/** Starting points for a new document (the new-document form offers them). */
import type { SerializedEditorState } from "lexical";
import type { NewDocumentInput } from "~/shared/forms/documents.ts";
import { type AnyNode, type BlockNode, eachNode, type RichTextState } from "../richtext/index.ts";
import { HANDREIKING_HINTS, isTemplateHint } from "~/shared/template-hints.ts";
import { editorState, h, ol, p, table, ul } from "./builder.ts";

/** `date`: for the notes of a meeting, its day, already written out ("donderdag 17 december 2026"). */
export function templateState(template: NewDocumentInput["template"], details: { date?: string } = {}): SerializedEditorState {
  switch (template) {
    case "handreiking":
      return editorState(
        h("h2", "Waarom deze handreiking"),
        p(HANDREIKING_HINTS.why),
        h("h2", "Wat werkt"),
        ul(HANDREIKING_HINTS.works),
        h("h2", "Stap voor stap"),
        ol(HANDREIKING_HINTS.steps),
        h("h2", "Meer weten"),
        p(HANDREIKING_HINTS.more),
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

function textOf(node: AnyNode): string {
  let text = "";
  eachNode(node, (child) => {
    if ("text" in child) text += child.text;
  });
  return text;
}

/**
 * The document without the template's hints that nobody replaced (a paragraph or list item that is
 * exactly a hint), for exports: a download or a print is read by people who never saw the template.
 * A list left empty goes too. The stored document keeps them, for the writers.
 */
export function withoutTemplateHints(state: RichTextState): RichTextState {
  const children = state.root.children.flatMap((block): BlockNode[] => {
    if (block.type === "paragraph") return isTemplateHint(textOf(block)) ? [] : [block];
    if (block.type !== "list") return [block];
    const items = block.children.filter((item) => !isTemplateHint(textOf(item)));
    return items.length ? [{ ...block, children: items }] : [];
  });
  return { root: { ...state.root, children } };
}
