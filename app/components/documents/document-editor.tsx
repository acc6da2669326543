/**
 * The live editor of a shared document: Lexical with Yjs collaboration over
 * our socket.io provider. Until the first sync it shows the server-rendered
 * content, so the page never flashes empty. The connection state and who is
 * here are announced politely to screen readers.
 */
import { useContentLang } from "~/components/ui/content.tsx";
import { textOfHtml } from "~/utils/content-language.ts";
import { CollaborationPlugin } from "@lexical/react/LexicalCollaborationPlugin";
import { LexicalCollaboration } from "@lexical/react/LexicalCollaborationContext";
import { LexicalComposer } from "@lexical/react/LexicalComposer";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { ContentEditable } from "@lexical/react/LexicalContentEditable";
import { LexicalErrorBoundary } from "@lexical/react/LexicalErrorBoundary";
import { LinkPlugin } from "@lexical/react/LexicalLinkPlugin";
import { ListPlugin } from "@lexical/react/LexicalListPlugin";
import { MarkdownShortcutPlugin } from "@lexical/react/LexicalMarkdownShortcutPlugin";
import { RichTextPlugin } from "@lexical/react/LexicalRichTextPlugin";
import { TablePlugin } from "@lexical/react/LexicalTablePlugin";
import type { Provider } from "@lexical/yjs";
import { $isTableCellNode } from "@lexical/table";
import { ElementNode, type Klass, ParagraphNode, TextNode } from "lexical";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import * as Y from "yjs";
import { EDITOR_THEME } from "~/components/editor/nodes.ts";
import { ARTICLE_SHORTCUTS } from "~/components/editor/markdown-shortcuts.ts";
import { EditorToolbar } from "~/components/editor/toolbar.tsx";
import { Button } from "~/components/ui/button.tsx";
import { Notice } from "~/components/ui/misc.tsx";
import { errorKey, presenceColor } from "~/shared/collab.ts";
import { DOCUMENT_NODES } from "~/shared/document-nodes.ts";
import { TEMPLATE_HINT_ATTRIBUTE, isTemplateHint } from "~/shared/template-hints.ts";
import { cn } from "~/utils/cn.ts";
import { tKey } from "~/utils/i18n.ts";
import { CollabProvider, type CollabStatus } from "./collab-provider.ts";

/** A member's cursor colour (the server sets the same one in their presence). */
export const colorFor = presenceColor;

type Props = {
  documentId: string;
  canEdit: boolean;
  user: { id: string; displayName: string };
  /** Server-rendered HTML (sanitised), shown until the live document has loaded. */
  initialHtml: string;
  labelId: string;
  /** The members the page lists under "Geschreven door" (ids). */
  writers?: string[];
  /**
   * Called when someone not in `writers` changes the document (this member, or one present in it):
   * the page reads its list again, so a second writer shows up without a reload (walk 17).
   */
  onNewWriter?: () => void;
};

/** A new writer whom the page's list still lacks after it was read again is asked for again after this. */
const ASK_WRITERS_AGAIN_MS = 10_000;

const TRANSIENT_ERRORS = new Set([
  "documents.errors.outOfSync",
  "documents.errors.connection",
  "documents.errors.saveFailed",
  "documents.errors.presenceRefused",
]);

/**
 * Refusals of a change the typist made: it is not stored (decisions 121, 241). The text stays on
 * their screen, but the editor stops taking more (nothing after it would be stored either) and
 * offers to copy the text and to reload (decision 260).
 */
const REFUSED_CHANGE = new Set([
  "documents.errors.readOnly",
  "documents.errors.malformedUpdate",
  "documents.errors.invalidContent",
  "documents.errors.updateTooLarge",
  "documents.errors.documentTooLarge",
]);

const ELEMENT_KLASSES = [ParagraphNode, ...DOCUMENT_NODES].filter(
  (klass) => klass.prototype instanceof ElementNode,
) as Klass<ElementNode>[];
const TEXT_KLASSES = [TextNode, ...DOCUMENT_NODES].filter(
  (klass) => klass === TextNode || klass.prototype instanceof TextNode,
) as Klass<TextNode>[];

type Presence = { clientId: number; name: string; color: string; self: boolean };

/**
 * Marks the template's untouched hints in the live editor, as the server does in its HTML, so a
 * printed document leaves them out (print CSS; decision 278). Only the DOM: the shared document
 * keeps them for the writers.
 */
function TemplateHintMarks() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(() => {
        const root = editor.getRootElement();
        if (!root) return;
        for (const block of root.querySelectorAll("p, li"))
          block.toggleAttribute(TEMPLATE_HINT_ATTRIBUTE, isTemplateHint(block.textContent));
      }),
    [editor],
  );
  return null;
}
/**
 * Keeps the local document inside what the server accepts (decision 121):
 * pasted content may bring inline CSS, text formats the renderer does not
 * know, deep indents or cell colours; they are dropped before they reach Yjs,
 * so a paste is never refused as a whole.
 */
function SharedContentRules() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const removers = [
      ...TEXT_KLASSES.map((klass) =>
        editor.registerNodeTransform(klass, (node: TextNode) => {
          if (node.getStyle() !== "") node.setStyle("");
          if (node.getFormat() > 255) node.setFormat(node.getFormat() & 255);
        }),
      ),
      ...ELEMENT_KLASSES.map((klass) =>
        editor.registerNodeTransform(klass, (node: ElementNode) => {
          if (node.getStyle() !== "") node.setStyle("");
          if (node.getTextStyle() !== "") node.setTextStyle("");
          if (node.getTextFormat() > 255) node.setTextFormat(node.getTextFormat() & 255);
          if (node.getIndent() > 10) node.setIndent(10);
          if ($isTableCellNode(node)) {
            const color = node.getBackgroundColor();
            if (color !== null && !/^#[0-9a-f]{3,8}$/i.test(color)) node.setBackgroundColor(null);
          }
        }),
      ),
    ];
    return () => {
      for (const remove of removers) remove();
    };
  }, [editor]);
  return null;
}

function EditableSync({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

export function DocumentEditor({ documentId, canEdit: initialCanEdit, user, initialHtml, labelId, writers, onNewWriter }: Props) {
  const { t } = useTranslation();
  // Decided once from the text the page arrived with; co-editing does not switch it mid-sentence.
  const lang = useContentLang(textOfHtml(initialHtml));
  const providerRef = useRef<CollabProvider | null>(null);
  const userIdRef = useRef(user.id);
  const writersRef = useRef(writers);
  writersRef.current = writers;
  const onNewWriterRef = useRef(onNewWriter);
  onNewWriterRef.current = onNewWriter;
  // Asked once per member until the page's list changes (again after a while: a change stored late).
  const askedWriters = useRef(new Map<string, number>());
  const writersKey = writers?.join(",");
  useEffect(() => askedWriters.current.clear(), [writersKey]);
  const [status, setStatus] = useState<CollabStatus>("connecting");
  const [synced, setSynced] = useState(false);
  const [unsaved, setUnsaved] = useState(0);
  const [storageOk, setStorageOk] = useState(true);
  const [canEdit, setCanEdit] = useState(initialCanEdit);
  const [error, setError] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  const [present, setPresent] = useState<Presence[]>([]);
  const color = colorFor(user.id);

  const providerFactory = useCallback((id: string, yjsDocMap: Map<string, Y.Doc>): Provider => {
    let doc = yjsDocMap.get(id);
    if (!doc) {
      doc = new Y.Doc();
      yjsDocMap.set(id, doc);
    }
    const provider = new CollabProvider({ documentId: id, doc });
    providerRef.current = provider;
    // Who wrote an update: its Yjs clients, which the presence states name (the server sets their
    // userId). A client no longer present is someone the list already had when they wrote.
    const newDoc = doc;
    newDoc.on("update", (update: Uint8Array) => {
      const notify = onNewWriterRef.current;
      if (!notify || !writersRef.current) return;
      let clients: number[];
      try {
        clients = [...Y.parseUpdateMeta(update).from.keys()];
      } catch {
        return;
      }
      for (const client of clients) {
        const userId = client === newDoc.clientID ? userIdRef.current : provider.awareness.getStates().get(client)?.userId;
        if (typeof userId !== "string" || writersRef.current.includes(userId)) continue;
        if (Date.now() - (askedWriters.current.get(userId) ?? 0) < ASK_WRITERS_AGAIN_MS) continue;
        askedWriters.current.set(userId, Date.now());
        notify();
      }
    });
    const readPresence = () => {
      const list: Presence[] = [];
      for (const [clientId, state] of provider.awareness.getStates()) {
        const name = typeof state.name === "string" ? state.name : "";
        if (!name) continue;
        list.push({ clientId, name, color: typeof state.color === "string" ? state.color : "#1d4ed8", self: clientId === doc.clientID });
      }
      setPresent(list);
    };
    provider.on("status", ({ status: next }) => setStatus(next));
    provider.on("sync", (isSynced) => {
      if (isSynced) setSynced(true);
    });
    provider.on("unsaved", setUnsaved);
    provider.on("access", ({ canEdit: next }) => setCanEdit(next));
    provider.on("storage", ({ saving }) => setStorageOk(saving));
    provider.on("error", ({ error: key, fatal }) => {
      // Passing trouble (out of step, no connection, saving delayed) is told by the status line, which changes back by itself.
      if (!TRANSIENT_ERRORS.has(key)) setError(key);
      // Closed for good (hidden, deleted, no access): nothing typed here would be stored any more.
      if (fatal) setClosed(true);
    });
    provider.awareness.on("change", readPresence);
    return provider as unknown as Provider;
  }, []);

  useEffect(() => () => providerRef.current?.destroy(), []);

  // Unsaved changes live only in this window until the server has stored them.
  useEffect(() => {
    if (unsaved === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const refused = error !== null && REFUSED_CHANGE.has(errorKey(error));
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);
  // The editor's own text, as shown: what the typist may want to keep before reloading.
  const copyText = async () => {
    const editable = document.querySelector<HTMLElement>(`[data-testid="document-editor"]`);
    if (!editable) return;
    try {
      await navigator.clipboard.writeText(editable.innerText);
      setCopied("copied");
    } catch {
      // No clipboard (an older browser, no permission): select it, so Ctrl+C or the menu copies it.
      const range = document.createRange();
      range.selectNodeContents(editable);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      setCopied("selected");
    }
  };
  // A lost connection is told even after a refused change: it is what the typist needs to know now.
  // "Verbonden" only once the shared document has arrived and can be typed in, not from the handshake.
  const statusText = closed
    ? t("documents.editor.status.closed")
    : !synced && status !== "disconnected"
      ? t("documents.editor.status.connecting")
      : status !== "connected"
        ? unsaved > 0
          ? t("documents.editor.status.offlineUnsaved")
          : t("documents.editor.status.offline")
        : refused
          ? t("documents.editor.status.notSaved")
          : !canEdit
            ? t("documents.editor.status.readOnly")
            : !storageOk
              ? t("documents.editor.status.storageDelayed")
              : unsaved > 0
                ? t("documents.editor.status.saving")
                : t("documents.editor.status.saved");
  const trouble = status !== "connected" || !storageOk || refused || closed;
  const others = present.filter((person) => !person.self);

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-3 text-sm">
        <p role="status" aria-live="polite" className={cn("flex items-center gap-2", trouble && synced && "font-semibold text-warn-800")}>
          <span
            aria-hidden="true"
            className={cn(
              "inline-block h-2.5 w-2.5 rounded-full",
              !trouble ? (unsaved > 0 ? "bg-warn-800" : "bg-ok-700") : "bg-danger-700",
            )}
          />
          {statusText}
        </p>
        <div aria-live="polite" className="text-ink-700" data-testid="presence">
          <span className="font-semibold">{t("documents.editor.present")}: </span>
          {others.length === 0 ? (
            t("documents.editor.presentNobody")
          ) : (
            <ul className="inline">
              {others.map((person, index) => (
                <li key={person.clientId} className="inline">
                  <span className="font-semibold" style={{ color: person.color }}>
                    {person.name}
                  </span>
                  {index < others.length - 1 ? ", " : ""}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {error ? (
        <Notice tone="error" title={refused ? t("documents.editor.notSavedTitle") : undefined}>
          <p>{tKey(t, error)}</p>
          {refused && !closed ? (
            <>
              <p className="mt-2">{t("documents.editor.refusedKeep")}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                <Button type="button" variant="secondary" onClick={() => void copyText()}>
                  {t("documents.editor.copyText")}
                </Button>
                <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
                  {t("documents.editor.reload")}
                </Button>
              </div>
              <p role="status" className="mt-2 text-sm">
                {copied ? t(copied === "copied" ? "documents.editor.copied" : "documents.editor.selected") : ""}
              </p>
            </>
          ) : null}
        </Notice>
      ) : null}
      {!synced ? (
        <div className="prose-pp rounded-md border border-line bg-white px-4 py-3" aria-busy="true">
          <p className="sr-only">{t("documents.editor.loading")}</p>
          <div lang={lang} dangerouslySetInnerHTML={{ __html: initialHtml }} />
        </div>
      ) : null}
      <LexicalCollaboration>
        <LexicalComposer
          initialConfig={{
            namespace: `praktijkplein-document-${documentId}`,
            nodes: DOCUMENT_NODES,
            theme: EDITOR_THEME,
            editable: canEdit,
            // The shared document is the source of the state.
            editorState: null,
            onError: (caught) => {
              throw caught;
            },
          }}
        >
          <div className={cn("rounded-md border border-ink-600 bg-white", !synced && "hidden")}>
            {canEdit ? <EditorToolbar variant="article" /> : null}
            <div className="relative">
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    aria-labelledby={labelId}
                    aria-multiline
                    aria-readonly={!canEdit || undefined}
                    role="textbox"
                    lang={lang}
                    data-testid="document-editor"
                    className="prose-pp min-h-64 px-4 py-3 outline-none focus-visible:ring-2 focus-visible:ring-[color:var(--color-focus)]"
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
          </div>
          {/* After a refused change nothing typed would be stored: the text stays readable and copyable. */}
          <EditableSync editable={canEdit && synced && !closed && !refused} />
          <SharedContentRules />
          <TemplateHintMarks />
          <ListPlugin />
          <LinkPlugin validateUrl={(url) => /^(https?:\/\/|mailto:)/i.test(url)} />
          <TablePlugin />
          {/* Typed Markdown changes the local document; the shortcut plugin leaves collaboration updates alone. */}
          {canEdit ? <MarkdownShortcutPlugin transformers={ARTICLE_SHORTCUTS} /> : null}
          <CollaborationPlugin
            id={documentId}
            providerFactory={providerFactory}
            shouldBootstrap={false}
            username={user.displayName}
            cursorColor={color}
          />
        </LexicalComposer>
      </LexicalCollaboration>
    </div>
  );
}
