/**
 * Lexical <-> Yjs on the server, with a headless Lexical editor bound to a
 * Y.Doc exactly as the browser's CollaborationPlugin binds one. Used to
 * bootstrap new documents (so two first clients never both initialise), to
 * render the current content (server-side HTML, export, search) and to
 * compute the update that restores an old version.
 *
 * Every binding gets a y-protocols Awareness, which runs a timer: it is
 * destroyed before returning, or Node would stay alive.
 */
import { createHeadlessEditor } from "@lexical/headless";
import { createYjsBinding, type Binding, type Provider, syncLexicalUpdateToYjs, syncYjsChangesToLexical } from "@lexical/yjs";
import { $getRoot, $parseSerializedNode, type LexicalEditor, type SerializedEditorState, type SerializedLexicalNode } from "lexical";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { DOCUMENT_NODES, DOCUMENT_ROOT } from "~/shared/document-nodes.ts";

const BINDING_ID = "document";

type Bound = { doc: Y.Doc; editor: LexicalEditor; binding: Binding; provider: Provider; close: () => void };

/** A no-op provider: the headless editor has no peers and no cursors. */
function headlessProvider(doc: Y.Doc): { provider: Provider; awareness: Awareness } {
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const provider = {
    awareness,
    connect: () => undefined,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  } as unknown as Provider;
  return { provider, awareness };
}

const noCursorSync = () => undefined;

/**
 * A headless editor bound to a fresh Y.Doc. Yjs changes flow into Lexical
 * (observeDeep), and Lexical changes flow into Yjs (update listener).
 */
function bind(): Bound {
  const doc = new Y.Doc();
  const editor = createHeadlessEditor({
    namespace: "praktijkplein-document",
    nodes: DOCUMENT_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const binding = createYjsBinding({ editor, id: BINDING_ID, doc, docMap: new Map([[BINDING_ID, doc]]), rootName: DOCUMENT_ROOT });
  const { provider, awareness } = headlessProvider(doc);
  const shared = binding.root.getSharedType();
  const observer = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events as never, false, noCursorSync);
  };
  shared.observeDeep(observer as never);
  const removeListener = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
    },
  );
  return {
    doc,
    editor,
    binding,
    provider,
    close: () => {
      shared.unobserveDeep(observer as never);
      removeListener();
      awareness.destroy();
      doc.destroy();
    },
  };
}

/** Runs pending (batched) Lexical updates now. */
function flush(editor: LexicalEditor) {
  editor.update(() => undefined, { discrete: true });
}

function $appendSerialized(children: SerializedLexicalNode[]) {
  const root = $getRoot();
  root.clear();
  for (const child of children) root.append($parseSerializedNode(child));
  if (root.getChildrenSize() === 0)
    root.append(
      $parseSerializedNode({
        type: "paragraph",
        version: 1,
        children: [],
        direction: null,
        format: "",
        indent: 0,
        textFormat: 0,
        textStyle: "",
      } as SerializedLexicalNode),
    );
}

/** The Yjs state (as one update) of a document whose content is this Lexical state. */
export function yStateFromLexical(state: SerializedEditorState): Uint8Array {
  const bound = bind();
  try {
    bound.editor.update(() => $appendSerialized(state.root.children), { discrete: true });
    return Y.encodeStateAsUpdate(bound.doc);
  } finally {
    bound.close();
  }
}

/** The Lexical state (JSON) of a Yjs document state. Throws when the state does not fit the document nodes. */
export function lexicalFromYState(state: Uint8Array): SerializedEditorState {
  const bound = bind();
  try {
    Y.applyUpdate(bound.doc, state);
    flush(bound.editor);
    return bound.editor.getEditorState().toJSON();
  } finally {
    bound.close();
  }
}

/**
 * An update that replaces everything in `current` with `target` without
 * reading `current` through Lexical: it deletes every child and property of
 * the root at the Yjs level and adds the target content as built by a fresh
 * headless editor. For a document whose current state Lexical cannot read (one
 * broken before updates were validated, issue 15 F10): the restore repairs it.
 */
function replaceWholeUpdate(current: Uint8Array, target: SerializedEditorState): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, current);
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    doc.on("update", collect);
    const root = doc.get(DOCUMENT_ROOT, Y.XmlText);
    doc.transact(() => {
      if (root.length > 0) root.delete(0, root.length);
      for (const key of Object.keys(root.getAttributes())) root.removeAttribute(key);
    });
    doc.off("update", collect);
    return Y.mergeUpdates([...updates, yStateFromLexical(target)]);
  } finally {
    doc.destroy();
  }
}

/**
 * The update that turns `current` into a document with the content of
 * `target`: applied on top of the live document it restores an old version
 * as a new change, so the history before it is kept and every editor follows.
 * Null when the content is already the same.
 */
export function restoreUpdate(current: Uint8Array, target: SerializedEditorState): Uint8Array | null {
  let readable = true;
  try {
    lexicalFromYState(current);
  } catch {
    readable = false;
  }
  if (!readable) {
    const update = replaceWholeUpdate(current, target);
    // Throws when even the repaired document cannot be read; the caller answers with a clear error.
    lexicalFromYState(Y.mergeUpdates([current, update]));
    return update;
  }
  const bound = bind();
  try {
    Y.applyUpdate(bound.doc, current);
    flush(bound.editor);
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    bound.doc.on("update", collect);
    bound.editor.update(() => $appendSerialized(target.root.children), { discrete: true });
    bound.doc.off("update", collect);
    return updates.length ? Y.mergeUpdates(updates) : null;
  } finally {
    bound.close();
  }
}
