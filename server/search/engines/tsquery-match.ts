/**
 * A tsquery value (PostgreSQL's text output of one) with the words that another word of the same
 * OR already matches left out: `'mentor' | 'mentorschap' | 'mentor':*` matches exactly the
 * documents `'mentor':*` matches, but the text index reads the posting lists of 'mentor' and
 * 'mentorschap' again besides the prefix's (decision 303). Only for matching (`@@` in a scan's
 * condition): ranking, highlights and counts of matched words keep the whole value.
 *
 * Left out is a plain word (no weights) or a plain prefix that a plain prefix of the same OR
 * begins, and a plain word or prefix written twice in one OR. Only ORs under ORs and ANDs are
 * touched, never one under a NOT or a phrase operator; a value this reader does not follow
 * (an unexpected token, a quote or backslash inside a word) is returned unchanged.
 */

/** A node of the value's tree, with its text as PostgreSQL wrote it (written again only where changed). */
type Node = { source: string } & (
  { type: "word"; lexeme: string | null; prefix: boolean } | { type: "not"; child: Node } | { type: "op"; op: string; children: Node[] }
);

type Token = { start: number; end: number } & (
  { kind: "word"; lexeme: string | null; prefix: boolean } | { kind: "op" | "(" | ")" | "!"; text: string }
);

// A word: its lexeme between quotes (a quote doubled, a backslash escape), then ':' and flags.
const WORD = /^'((?:[^'\\]|''|\\.)*)'(?::([*A-D]+))?/;
const PHRASE = /^<(-|\d+)>/;

function tokenize(value: string): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  while (at < value.length) {
    if (value[at] === " ") {
      at += 1;
      continue;
    }
    const rest = value.slice(at);
    const word = WORD.exec(rest);
    const phrase = word ? null : PHRASE.exec(rest);
    if (word) {
      const raw = word[1]!;
      const flags = word[2] ?? "";
      // Only a word without escapes and without weights is compared; any other is kept as written.
      const plain = !/['\\]/.test(raw) && (flags === "" || flags === "*");
      tokens.push({ kind: "word", start: at, end: at + word[0].length, lexeme: plain ? raw : null, prefix: flags === "*" });
    } else if (phrase) tokens.push({ kind: "op", start: at, end: at + phrase[0].length, text: phrase[0] });
    else if (rest[0] === "|" || rest[0] === "&") tokens.push({ kind: "op", start: at, end: at + 1, text: rest[0] });
    else if (rest[0] === "(" || rest[0] === ")" || rest[0] === "!") tokens.push({ kind: rest[0], start: at, end: at + 1, text: rest[0] });
    else return null;
    at = tokens.at(-1)!.end;
  }
  return tokens;
}

/** Binding as PostgreSQL's parser does: ! before <-> before & before |. */
const PRIORITY: Record<string, number> = { "|": 1, "&": 2 };
const priority = (op: string) => PRIORITY[op] ?? 3;

function parse(value: string, tokens: Token[]): Node | null {
  let at = 0;
  const since = (start: number) => value.slice(start, tokens[at - 1]!.end);
  const expression = (level: number): Node | null => {
    const start = tokens[at]?.start ?? 0;
    let left = unary();
    if (!left) return null;
    for (;;) {
      const token = tokens[at];
      if (!token || token.kind !== "op" || priority(token.text) < level) return left;
      at += 1;
      const right = expression(priority(token.text) + 1);
      if (!right) return null;
      left =
        left.type === "op" && left.op === token.text && token.text.length === 1
          ? { ...left, children: [...left.children, right], source: since(start) }
          : { type: "op", op: token.text, children: [left, right], source: since(start) };
    }
  };
  const unary = (): Node | null => {
    const token = tokens[at++];
    if (!token) return null;
    if (token.kind === "word") return { type: "word", lexeme: token.lexeme, prefix: token.prefix, source: since(token.start) };
    if (token.kind === "!") {
      const child = unary();
      return child ? { type: "not", child, source: since(token.start) } : null;
    }
    if (token.kind === "(") {
      const inner = expression(1);
      if (!inner || tokens[at++]?.kind !== ")") return null;
      return inner;
    }
    return null;
  };
  const tree = expression(1);
  return tree && at === tokens.length ? tree : null;
}

/** Whether word `a` matches every document that word `b` matches (both plain). */
function covers(a: Node & { type: "word" }, b: Node & { type: "word" }): boolean {
  if (a.lexeme === null || b.lexeme === null) return false;
  if (a.prefix) return b.lexeme.startsWith(a.lexeme);
  return !b.prefix && a.lexeme === b.lexeme;
}

/** The node with covered words left out: the same object when nothing was. */
function simplify(node: Node): Node {
  if (node.type !== "op" || (node.op !== "|" && node.op !== "&")) return node;
  let children = node.children.map(simplify);
  let changed = children.some((child, i) => child !== node.children[i]);
  if (node.op === "|") {
    const kept = children.filter(
      (child, i) =>
        child.type !== "word" ||
        !children.some(
          (other, j) =>
            j !== i &&
            other.type === "word" &&
            covers(other, child) &&
            // Of two words that cover each other (the same word twice), the first stays.
            (!covers(child, other) || j < i),
        ),
    );
    if (kept.length < children.length) {
      changed = true;
      children = kept;
    }
  }
  if (!changed) return node;
  return children.length === 1 ? children[0]! : { ...node, children, source: "" };
}

/** A changed node written anew, its other nodes as PostgreSQL wrote them (each in parentheses). */
function write(node: Node): string {
  if (node.source || node.type !== "op") return node.source;
  return node.children.map((child) => (child.type === "op" ? `( ${write(child)} )` : write(child))).join(` ${node.op} `);
}

/** The value with covered words left out, or the value itself when nothing is left out. */
export function matchingTsquery(value: string): string {
  const tokens = tokenize(value);
  const tree = tokens && parse(value, tokens);
  if (!tree) return value;
  const simpler = simplify(tree);
  return simpler === tree ? value : write(simpler);
}
