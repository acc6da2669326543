/**
 * Strict validation of Yjs updates (issue 15 F10, F11; decision 121): what the
 * editor writes passes, anything else is refused before it touches the
 * document, and no accepted update can break the document for the editor.
 * Property tests with fast-check: random hostile updates on top of real
 * documents are either refused or leave a document that the headless Lexical
 * editor (the same binding as the browser's) still reads, without any style.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { lexicalFromYState, restoreUpdate, yStateFromLexical } from "../../server/collab/lexical.ts";
import { checkUpdateSchema, SchemaError } from "../../server/collab/schema.ts";
import { code, editorState, h, link, ol, p, quote, table, text, ul } from "../../server/documents/builder.ts";
import { DOCUMENT_ROOT } from "../../app/shared/document-nodes.ts";

const RICH = editorState(
  h("h2", "Kop"),
  p([text("Vet", "bold"), text(" en schuin", "italic"), text(" onderstreept", "underline"), link("https://example.org/a?b=c", "een link")]),
  quote("Een citaat"),
  code("const a = 1;"),
  ul(["een", "twee"]),
  ol(["drie", "vier"]),
  table([
    ["a", "b"],
    ["c", "d"],
  ]),
  p(""),
);

function docWith(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** The update a change to a copy of `base` produces. */
function change(base: Uint8Array, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = docWith(base);
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  edit(doc);
  return updates.length ? Y.mergeUpdates(updates) : new Uint8Array([0, 0]);
}

const root = (doc: Y.Doc) => doc.get(DOCUMENT_ROOT, Y.XmlText);
const firstElement = (doc: Y.Doc): Y.XmlText =>
  (root(doc).toDelta() as { insert: unknown }[]).map((op) => op.insert).find((x) => x instanceof Y.XmlText) as Y.XmlText;
const firstTextMap = (element: Y.XmlText): Y.Map<unknown> =>
  (element.toDelta() as { insert: unknown }[]).map((op) => op.insert).find((x) => x instanceof Y.Map) as Y.Map<unknown>;

function refused(update: Uint8Array, base: Uint8Array) {
  const doc = docWith(base);
  try {
    expect(() => checkUpdateSchema(update, doc)).toThrow(SchemaError);
  } finally {
    doc.destroy();
  }
}

describe("Yjs update schema", () => {
  const base = yStateFromLexical(RICH);

  it("accepts what the editor writes: every node type, formats, links, lists, tables, and restores", () => {
    checkUpdateSchema(base, new Y.Doc());
    const other = editorState(p([text("Andere tekst", "bold", "code")]), table([["x"]]), ol(["één"]));
    const restore = restoreUpdate(base, other)!;
    const doc = docWith(base);
    checkUpdateSchema(restore, doc);
    // Typing into an existing text node, and deleting.
    checkUpdateSchema(
      change(base, (d) => firstElement(d).insert(2, "abc")),
      doc,
    );
    checkUpdateSchema(
      change(base, (d) => firstElement(d).delete(1, 2)),
      doc,
    );
  });

  it("refuses an unregistered node type (F10)", () => {
    refused(
      change(base, (d) => firstElement(d).setAttribute("__type", "youtube")),
      base,
    );
    refused(
      change(base, (d) => {
        const node = new Y.XmlText();
        root(d).insertEmbed(0, node);
        node.setAttribute("__type", "artificial");
      }),
      base,
    );
  });

  it("refuses styles and unknown properties (F11)", () => {
    refused(
      change(base, (d) => firstTextMap(firstElement(d)).set("__style", "position:fixed;inset:0;background:red")),
      base,
    );
    refused(
      change(base, (d) => firstElement(d).setAttribute("__style", "display:none")),
      base,
    );
    refused(
      change(base, (d) => firstElement(d).setAttribute("__textStyle", "color:red")),
      base,
    );
    refused(
      change(base, (d) => firstElement(d).setAttribute("__onclick", "x")),
      base,
    );
    refused(
      change(base, (d) => firstTextMap(firstElement(d)).set("__format", 1 << 20)),
      base,
    );
    refused(
      change(base, (d) => firstTextMap(firstElement(d)).set("__type", "paragraph")),
      base,
    );
    refused(
      change(base, (d) => firstElement(d).setAttribute("__indent", 1e9 as never)),
      base,
    );
  });

  it("refuses unsafe links", () => {
    const doc = docWith(base);
    let linkNode: Y.XmlText | null = null;
    const visit = (type: Y.XmlText) => {
      if (type.getAttribute("__type") === "link") linkNode = type;
      for (const op of type.toDelta() as { insert: unknown }[]) if (op.insert instanceof Y.XmlText) visit(op.insert);
    };
    visit(root(doc));
    expect(linkNode).not.toBeNull();
    refused(
      change(base, (d) => {
        const found: Y.XmlText[] = [];
        const walk = (type: Y.XmlText) => {
          if (type.getAttribute("__type") === "link") found.push(type);
          for (const op of type.toDelta() as { insert: unknown }[]) if (op.insert instanceof Y.XmlText) walk(op.insert);
        };
        walk(root(d));
        found[0]!.setAttribute("__url", "javascript:alert(1)");
      }),
      base,
    );
  });

  it("refuses shared types and content the editor never writes", () => {
    refused(
      change(base, (d) => firstElement(d).format(0, 2, { bold: true })),
      base,
    );
    refused(
      change(base, (d) => root(d).insertEmbed(0, new Y.XmlElement("script"))),
      base,
    );
    refused(
      change(base, (d) => root(d).insertEmbed(0, { html: "<b>" })),
      base,
    );
    refused(
      change(base, (d) => firstElement(d).insertEmbed(0, new Y.Array())),
      base,
    );
    refused(
      change(base, (d) => root(d).insertEmbed(0, new Y.Doc())),
      base,
    );
    refused(
      change(base, (d) => root(d).insert(0, "tekst direct in de root")),
      base,
    );
    refused(
      change(base, (d) => {
        const node = new Y.Map();
        root(d).insertEmbed(0, node);
        node.set("__type", "text");
      }),
      base,
    );
    // A node without a type.
    refused(
      change(base, (d) => root(d).insertEmbed(0, new Y.XmlText())),
      base,
    );
    // Another top-level type.
    refused(
      change(base, (d) => d.getMap("elders").set("a", 1)),
      base,
    );
  });
});

// ---- property tests ------------------------------------------------------------------------

const hostileValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "position:fixed;inset:0",
    "javascript:alert(1)",
    "youtube",
    "root",
    "artificial",
    "text",
    "paragraph",
    "h1",
    "",
    "<script>",
    "#fff",
    "https://x.nl",
  ),
  fc.integer({ min: -5, max: 5000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2, noNullPrototype: true }),
);
const hostileKey = fc.oneof(
  fc.constantFrom(
    "__type",
    "__style",
    "__format",
    "__textStyle",
    "__url",
    "__tag",
    "__indent",
    "__dir",
    "__mode",
    "__detail",
    "__listType",
    "__backgroundColor",
    "__colSpan",
    "__state",
    "__slots",
    "__key",
  ),
  fc.string({ maxLength: 12 }),
);

type Op =
  | { kind: "attr"; target: number; key: string; value: unknown }
  | { kind: "embedElement"; target: number; at: number; type: unknown }
  | { kind: "embedText"; target: number; at: number; type: unknown; style: unknown }
  | { kind: "insert"; target: number; at: number; text: string }
  | { kind: "delete"; target: number; at: number; length: number }
  | { kind: "format"; target: number; at: number; length: number }
  | { kind: "other"; what: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("attr" as const), target: fc.nat(40), key: hostileKey, value: hostileValue }),
  fc.record({ kind: fc.constant("embedElement" as const), target: fc.nat(40), at: fc.nat(20), type: hostileValue }),
  fc.record({ kind: fc.constant("embedText" as const), target: fc.nat(40), at: fc.nat(20), type: hostileValue, style: hostileValue }),
  fc.record({ kind: fc.constant("insert" as const), target: fc.nat(40), at: fc.nat(20), text: fc.string({ minLength: 1, maxLength: 5 }) }),
  fc.record({ kind: fc.constant("delete" as const), target: fc.nat(40), at: fc.nat(20), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant("format" as const), target: fc.nat(40), at: fc.nat(20), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant("other" as const), what: fc.nat(4) }),
);

/** Every type in the document (root, elements, text maps), in document order. */
function typesOf(doc: Y.Doc): (Y.XmlText | Y.Map<unknown>)[] {
  const out: (Y.XmlText | Y.Map<unknown>)[] = [];
  const walk = (type: Y.XmlText) => {
    out.push(type);
    for (const item of type.toDelta() as { insert: unknown }[]) {
      if (item.insert instanceof Y.XmlText) walk(item.insert);
      else if (item.insert instanceof Y.Map) out.push(item.insert);
    }
  };
  walk(root(doc));
  return out;
}

function apply(doc: Y.Doc, ops: Op[]) {
  for (const o of ops) {
    const types = typesOf(doc);
    if (o.kind === "other") {
      if (o.what === 0) doc.getArray("x").insert(0, [1]);
      else if (o.what === 1) root(doc).insertEmbed(0, new Y.XmlElement("p"));
      else if (o.what === 2) root(doc).setAttribute("__style", "color:red");
      else if (o.what === 3) root(doc).insert(0, "los");
      else doc.getText(DOCUMENT_ROOT + "x").insert(0, "a");
      continue;
    }
    const target = types[o.target % types.length]!;
    if (o.kind === "attr") {
      if (target instanceof Y.Map) target.set(o.key, o.value);
      else target.setAttribute(o.key, o.value as string);
      continue;
    }
    if (!(target instanceof Y.XmlText)) continue;
    const at = Math.min(o.at, target.length);
    if (o.kind === "embedElement") {
      const node = new Y.XmlText();
      target.insertEmbed(at, node);
      node.setAttribute("__type", o.type as string);
    } else if (o.kind === "embedText") {
      const node = new Y.Map();
      target.insertEmbed(at, node);
      node.set("__type", o.type);
      node.set("__style", o.style);
    } else if (o.kind === "insert") target.insert(at, o.text);
    else if (o.kind === "delete")
      target.delete(Math.min(at, Math.max(0, target.length - 1)), Math.min(o.length, Math.max(0, target.length - at)));
    else target.format(at, o.length, { bold: true });
  }
}

describe("Yjs update schema: random hostile updates", () => {
  const base = yStateFromLexical(RICH);

  it("an accepted update never breaks the document and never carries a style", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 4 }), (ops) => {
        const update = change(base, (doc) => apply(doc, ops));
        const doc = docWith(base);
        let ok = true;
        try {
          checkUpdateSchema(update, doc);
        } catch (error) {
          if (!(error instanceof SchemaError)) throw error;
          ok = false;
        }
        doc.destroy();
        if (!ok) return;
        accepted += 1;
        const state = Y.mergeUpdates([base, update]);
        const json = JSON.stringify(lexicalFromYState(state));
        expect(json).not.toMatch(/"(style|textStyle)":"[^"]/);
      }),
      { numRuns: 300 },
    );
    // The generator is not only producing refusals.
    expect(accepted).toBeGreaterThan(10);
  });

  it("random documents the editor writes are always accepted, as a whole and as a change", () => {
    const block = fc.oneof(
      fc.string({ maxLength: 20 }).map((s) => p(s)),
      fc.string({ minLength: 1, maxLength: 20 }).map((s) => h("h3", s)),
      fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }).map((items) => ul(items)),
      fc.string({ minLength: 1, maxLength: 20 }).map((s) => p([text(s, "bold", "italic")])),
      fc.webUrl().map((url) => p([link(url, "link")])),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), fc.array(block, { minLength: 1, maxLength: 5 }), (first, second) => {
        const state = yStateFromLexical(editorState(...first));
        checkUpdateSchema(state, new Y.Doc());
        const update = restoreUpdate(state, editorState(...second));
        if (update) checkUpdateSchema(update, docWith(state));
      }),
      { numRuns: 60 },
    );
  });
});

describe("restoring a version of a broken document (F10, F14)", () => {
  it("replaces the broken content instead of failing", () => {
    const base = yStateFromLexical(editorState(p("Oude tekst")));
    // Broken as before updates were validated: a node type the editor does not know.
    const broken = Y.mergeUpdates([
      base,
      change(base, (d) => {
        const node = new Y.XmlText();
        root(d).insertEmbed(0, node);
        node.setAttribute("__type", "youtube");
      }),
    ]);
    expect(() => lexicalFromYState(broken)).toThrow();
    const target = editorState(p("Teruggezet"));
    const update = restoreUpdate(broken, target)!;
    const repaired = lexicalFromYState(Y.mergeUpdates([broken, update]));
    expect(JSON.stringify(repaired)).toContain("Teruggezet");
    expect(JSON.stringify(repaired)).not.toContain("Oude tekst");
  });
});
