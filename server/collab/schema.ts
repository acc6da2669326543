/**
 * Strict validation of what a Yjs update may put into a shared document
 * (issue 15 F10, F11; decision 121). Lexical's Yjs binding keeps the document
 * as one XmlText ("root"); every element node is an XmlText embedded in its
 * parent, every text-like node (text, tab, code-highlight, line break) a
 * Y.Map embedded before its characters, and node properties are attributes
 * (`__type`, `__format`, …) on those types. An update is accepted only when
 * every struct it adds fits that shape: known content kinds, node types the
 * editor registers (DOCUMENT_NODES), property names those nodes have, and
 * values from an allow-list: no free-form CSS (`__style` is always empty), text
 * formats within what the renderer knows, links with safe schemes only.
 *
 * The check works on the decoded structs, before the update touches the
 * document; parents and map keys that the update leaves implicit (an item
 * placed next to an existing one inherits its parent) are looked up in the
 * update itself or in the document's struct store.
 */
import * as Y from "yjs";
import { DOCUMENT_ROOT } from "~/shared/document-nodes.ts";

/** Element node types (XmlText), as registered by the editor (DOCUMENT_NODES plus Lexical's paragraph). */
export const ELEMENT_TYPES = new Set([
  "paragraph",
  "heading",
  "quote",
  "list",
  "listitem",
  "link",
  "autolink",
  "code",
  "table",
  "tablerow",
  "tablecell",
]);
/** Text-like node types (Y.Map). */
export const TEXT_TYPES = new Set(["text", "tab", "code-highlight", "linebreak"]);

type Check = (value: unknown) => boolean;

const int =
  (min: number, max: number): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const num =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
const oneOf =
  (...values: unknown[]): Check =>
  (value) =>
    values.includes(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === null || value === undefined || check(value);
const bool: Check = (value) => typeof value === "boolean";
const text =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === "string" && pattern.test(value);
/** No CSS from a client: inline styles render for every reader (F11). */
const noStyle: Check = (value) => value === "" || value === null || value === undefined;
/** Web and mail links, links within the site, and what Lexical turns an unsafe pasted link into. */
const safeUrl: Check = (value) =>
  value === "" ||
  value === "about:blank" ||
  // eslint-disable-next-line no-control-regex -- control characters are what the check refuses
  (typeof value === "string" && value.length <= 2048 && /^(https?:\/\/|mailto:|\/(?!\/)|#)[^\s\u0000-\u001f\u007f]*$/i.test(value));

/** Properties every element node has (Lexical's ElementNode), with the values we allow. */
const ELEMENT_PROPERTIES: Record<string, Check> = {
  __type: (value) => typeof value === "string" && ELEMENT_TYPES.has(value),
  // Element alignment: "", left, center, right, justify, start, end.
  __format: int(0, 6),
  __style: noStyle,
  __indent: int(0, 10),
  __dir: optional(oneOf("ltr", "rtl", "auto")),
  __textFormat: int(0, 255),
  __textStyle: noStyle,
  // heading, list
  __tag: oneOf("h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul"),
  __start: int(-1_000_000, 1_000_000),
  __listType: oneOf("bullet", "number", "check"),
  __value: int(-1_000_000, 1_000_000),
  __checked: optional(bool),
  // link, autolink
  __url: safeUrl,
  __target: optional(oneOf("_blank", "_self")),
  __rel: optional(text(/^[a-z ]{0,60}$/)),
  __title: optional(text(/^[^<>]{0,300}$/)),
  __isUnlinked: bool,
  // code
  __language: optional(text(/^[a-z0-9+#-]{1,40}$/i)),
  __theme: optional(text(/^[a-z0-9-]{1,40}$/i)),
  __isSyntaxHighlightSupported: bool,
  // table, row, cell
  __rowStriping: bool,
  __frozenColumnCount: int(0, 100),
  __frozenRowCount: int(0, 100),
  __colWidths: optional((value) => Array.isArray(value) && value.length <= 100 && value.every(num(0, 10_000))),
  __height: optional(num(0, 10_000)),
  __colSpan: int(1, 100),
  __rowSpan: int(1, 100),
  __headerState: int(0, 3),
  __width: optional(num(0, 10_000)),
  __backgroundColor: optional(text(/^#[0-9a-f]{3,8}$/i)),
  __verticalAlign: optional(oneOf("top", "middle", "bottom")),
};

/** Properties of text-like nodes (text, tab, code-highlight, line break). */
const TEXT_PROPERTIES: Record<string, Check> = {
  __type: (value) => typeof value === "string" && TEXT_TYPES.has(value),
  // bold … highlight: the formats the renderer knows (server/richtext/html.ts).
  __format: int(0, 255),
  __style: noStyle,
  __mode: int(0, 3),
  __detail: int(0, 3),
  __highlightType: optional(text(/^[a-z-]{1,40}$/i)),
};

/** Properties the root may carry. */
const ROOT_PROPERTIES: Record<string, Check> = {
  __format: ELEMENT_PROPERTIES.__format!,
  __style: noStyle,
  __indent: ELEMENT_PROPERTIES.__indent!,
  __dir: ELEMENT_PROPERTIES.__dir!,
};

export class SchemaError extends Error {}

type Kind = "root" | "element" | "map" | "gone" | "other";
type Place = { kind: Kind; sub: string | null };

/** The kind of a type created by an item (never the root). */
const kindOfCreated = (type: unknown): Kind => {
  if (type instanceof Y.XmlText) return "element";
  if (type instanceof Y.Map) return "map";
  return "other";
};

const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/**
 * Throws SchemaError when the update adds anything the document's editor
 * cannot or must not hold. `doc` is the document the update is for (its
 * struct store answers for parents the update does not contain).
 */
export function checkUpdateSchema(update: Uint8Array, doc: Y.Doc): void {
  checkStructs(Y.decodeUpdate(update).structs, doc);
}

/** checkUpdateSchema on an update decoded already (`Y.decodeUpdate(update).structs`). */
export function checkStructs(structs: (Y.Item | Y.GC | Y.Skip)[], doc: Y.Doc): void {
  new StructCheck(structs, doc).run();
}

/**
 * One check of an update's structs. A class, not closures made per call: the server runs under tsx,
 * whose keepNames gives every function expression made at run time a `__name` call (decision 259).
 */
class StructCheck {
  /** Items of this update per client, sorted by clock (decodeUpdate's order), to find the one holding an id. */
  private readonly byClient = new Map<number, Y.Item[]>();
  private readonly places = new Map<string, Place>();

  constructor(
    private readonly structs: (Y.Item | Y.GC | Y.Skip)[],
    private readonly doc: Y.Doc,
  ) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  private local(id: Y.ID): Y.Item | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const item = list[mid]!;
      if (id.clock < item.id.clock) high = mid - 1;
      else if (id.clock >= item.id.clock + item.length) low = mid + 1;
      else return item;
    }
    return null;
  }

  private stored(id: Y.ID): Y.Item | Y.GC | null {
    try {
      return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
    } catch {
      return null;
    }
  }

  /** The kind of the type an item created (parent given by id). */
  private typeKindAt(id: Y.ID): Kind {
    const item = this.local(id);
    if (item) {
      if (!(item.content instanceof Y.ContentType)) throw new SchemaError("parent is not a type");
      return kindOfCreated(item.content.type);
    }
    const existing = this.stored(id);
    if (!existing) throw new SchemaError("unknown parent");
    if (!(existing instanceof Y.Item)) return "gone";
    if (existing.content instanceof Y.ContentType) return kindOfCreated(existing.content.type);
    if (existing.content instanceof Y.ContentDeleted) return "gone";
    throw new SchemaError("parent is not a type");
  }

  /**
   * The kind of a type in the document. A top-level type that was only ever
   * filled by updates is a plain AbstractType until someone asks for it.
   */
  private kindOfType(type: unknown): Kind {
    if (!(type instanceof Y.AbstractType)) return "other";
    if (type._item === null) return this.doc.share.get(DOCUMENT_ROOT) === type ? "root" : "other";
    if (type instanceof Y.XmlText) return "element";
    if (type instanceof Y.Map) return "map";
    return "other";
  }

  private placeOf(item: Y.Item, depth = 0): Place {
    const key = idKey(item.id);
    const known = this.places.get(key);
    if (known) return known;
    if (depth > 10_000) throw new SchemaError("origin chain too long");
    let place: Place;
    const parent = item.parent as unknown;
    if (typeof parent === "string") {
      if (parent !== DOCUMENT_ROOT) throw new SchemaError("another top-level type");
      place = { kind: "root", sub: item.parentSub };
    } else if (parent instanceof Y.ID) {
      place = { kind: this.typeKindAt(parent), sub: item.parentSub };
    } else if (parent === null) {
      // Parent and key are those of the neighbour it was inserted next to.
      const neighbour = item.origin ?? item.rightOrigin;
      if (!neighbour) throw new SchemaError("item without parent");
      const fromUpdate = this.local(neighbour);
      if (fromUpdate) place = this.placeOf(fromUpdate, depth + 1);
      else {
        const existing = this.stored(neighbour);
        if (!existing) throw new SchemaError("unknown neighbour");
        place =
          existing instanceof Y.Item ? { kind: this.kindOfType(existing.parent), sub: existing.parentSub } : { kind: "gone", sub: null };
      }
    } else {
      place = { kind: this.kindOfType(parent), sub: item.parentSub };
    }
    this.places.set(key, place);
    return place;
  }

  run(): void {
    const { structs } = this;
    const created = new Set<string>();
    const typed = new Set<string>();
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const { content } = struct;
      if (content instanceof Y.ContentDeleted) continue;
      const place = this.placeOf(struct);
      if (place.kind === "gone") continue;
      if (place.kind === "other") throw new SchemaError("content under a type the editor does not use");
      if (content instanceof Y.ContentType) {
        const kind = kindOfCreated(content.type);
        if (kind !== "element" && kind !== "map") throw new SchemaError("a shared type the editor does not use");
        if (place.sub !== null || place.kind === "map") throw new SchemaError("a node outside an element");
        if (place.kind === "root" && kind !== "element") throw new SchemaError("a text node directly under the root");
        created.add(idKey(struct.id));
        continue;
      }
      if (content instanceof Y.ContentString) {
        if (place.sub !== null || place.kind === "map" || place.kind === "root") throw new SchemaError("text outside a text node");
        continue;
      }
      if (content instanceof Y.ContentAny) {
        if (place.sub === null || content.arr.length !== 1) throw new SchemaError("a value outside a node property");
        const properties = place.kind === "map" ? TEXT_PROPERTIES : place.kind === "root" ? ROOT_PROPERTIES : ELEMENT_PROPERTIES;
        const check = Object.hasOwn(properties, place.sub) ? properties[place.sub] : undefined;
        if (!check) throw new SchemaError(`unknown property ${place.sub.slice(0, 40)}`);
        if (!check(content.arr[0])) throw new SchemaError(`value not allowed for ${place.sub}`);
        if (place.sub === "__type" && struct.parent instanceof Y.ID) typed.add(idKey(struct.parent));
        continue;
      }
      // ContentFormat, ContentEmbed, ContentJSON, ContentBinary, ContentDoc: Lexical writes none of them.
      throw new SchemaError(`content the editor does not use (${content.constructor.name})`);
    }
    // Lexical names every node it creates in the same transaction; a node without a type breaks it.
    for (const key of created) if (!typed.has(key)) throw new SchemaError("a node without a type");
  }
}
