/**
 * A page's HTML as a React element tree of the same shape, for the floor
 * measurement of `npm run bench:pages` (FLOOR=1): every element, attribute
 * and text of the page our server sent, rendered by React again. The
 * description is parsed once; the elements are created anew on every render,
 * as JSX in a component would create them.
 */
import { createElement, type ReactNode } from "react";
import { Window } from "happy-dom";

export type TreeNode = string | { type: string; props: Record<string, unknown>; children: TreeNode[] };

/** HTML attribute names React spells otherwise (React 18 would render the HTML spelling too, but warns in development). */
const REACT_NAMES: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  tabindex: "tabIndex",
  charset: "charSet",
  "http-equiv": "httpEquiv",
  crossorigin: "crossOrigin",
  autocomplete: "autoComplete",
  readonly: "readOnly",
  novalidate: "noValidate",
  nomodule: "noModule",
  autofocus: "autoFocus",
  maxlength: "maxLength",
  minlength: "minLength",
  enctype: "encType",
  "accept-charset": "acceptCharset",
  colspan: "colSpan",
  rowspan: "rowSpan",
  srcset: "srcSet",
  inputmode: "inputMode",
  spellcheck: "spellCheck",
  viewbox: "viewBox",
  datetime: "dateTime",
};
const BOOLEAN = new Set([
  "hidden",
  "disabled",
  "checked",
  "selected",
  "required",
  "async",
  "defer",
  "noModule",
  "multiple",
  "readOnly",
  "open",
  "noValidate",
  "autoFocus",
]);
/** Elements whose text React must not escape. */
const RAW_TEXT = new Set(["script", "style"]);

function reactName(name: string): string {
  const known = REACT_NAMES[name.toLowerCase()];
  if (known) return known;
  if (name.startsWith("aria-") || name.startsWith("data-") || !name.includes("-")) return name;
  // SVG presentation attributes (stroke-width → strokeWidth).
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function styleObject(style: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const declaration of style.split(";")) {
    const at = declaration.indexOf(":");
    if (at < 0) continue;
    const property = declaration.slice(0, at).trim();
    const name = property.startsWith("--") ? property : property.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    result[name] = declaration.slice(at + 1).trim();
  }
  return result;
}

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
};

function describe(node: DomNode): TreeNode | null {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1) return null; // comments (React's text separators come back by themselves)
  const type = node.nodeName.toLowerCase();
  const props: Record<string, unknown> = {};
  for (const { name, value } of Array.from(node.attributes ?? [])) {
    const prop = reactName(name);
    props[prop] = prop === "style" ? styleObject(value) : BOOLEAN.has(prop) ? true : value;
  }
  if (RAW_TEXT.has(type)) {
    const text = node.textContent ?? "";
    if (text) props.dangerouslySetInnerHTML = { __html: text };
    return { type, props, children: [] };
  }
  const children: TreeNode[] = [];
  for (const child of Array.from(node.childNodes)) {
    const described = describe(child);
    if (described !== null) children.push(described);
  }
  return { type, props, children };
}

/** The `<html>` element of a document and everything in it. */
export function parseDocument(html: string): TreeNode {
  const window = new Window();
  try {
    const document = new window.DOMParser().parseFromString(html, "text/html");
    const root = describe(document.documentElement as unknown as DomNode);
    if (!root || typeof root === "string") throw new Error("no document element");
    return root;
  } finally {
    void window.happyDOM.close();
  }
}

/** New React elements for the tree (one createElement per element, as compiled JSX makes them). */
export function elementsOf(node: TreeNode): ReactNode {
  if (typeof node === "string") return node;
  if (node.children.length === 0) return createElement(node.type, node.props);
  if (node.children.length === 1) return createElement(node.type, node.props, elementsOf(node.children[0]!));
  return createElement(node.type, node.props, ...node.children.map(elementsOf));
}

export function countElements(node: TreeNode): number {
  return typeof node === "string" ? 0 : 1 + node.children.reduce((sum, child) => sum + countElements(child), 0);
}

/** Elements in an HTML text (start tags), for comparing what two servers sent. */
export function countStartTags(html: string): number {
  return (html.match(/<[a-zA-Z]/g) ?? []).length;
}
