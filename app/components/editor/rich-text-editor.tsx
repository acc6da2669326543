import { AutoFocusPlugin } from "@lexical/react/LexicalAutoFocusPlugin";
import { AutoLinkPlugin, createLinkMatcherWithRegExp } from "@lexical/react/LexicalAutoLinkPlugin";
import { LexicalComposer } from "@lexical/react/LexicalComposer";
import { ContentEditable } from "@lexical/react/LexicalContentEditable";
import { EditorRefPlugin } from "@lexical/react/LexicalEditorRefPlugin";
import { LexicalErrorBoundary } from "@lexical/react/LexicalErrorBoundary";
import { HistoryPlugin } from "@lexical/react/LexicalHistoryPlugin";
import { LinkPlugin } from "@lexical/react/LexicalLinkPlugin";
import { ListPlugin } from "@lexical/react/LexicalListPlugin";
import { MarkdownShortcutPlugin } from "@lexical/react/LexicalMarkdownShortcutPlugin";
import { OnChangePlugin } from "@lexical/react/LexicalOnChangePlugin";
import { RichTextPlugin } from "@lexical/react/LexicalRichTextPlugin";
import { TablePlugin } from "@lexical/react/LexicalTablePlugin";
import type { LexicalEditor } from "lexical";
import { type MutableRefObject, type ReactNode, useEffect, useState } from "react";
import { useInvalidAutofocus } from "~/components/ui/field.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { cn } from "~/utils/cn.ts";
import { ARTICLE_SHORTCUTS, MESSAGE_SHORTCUTS } from "./markdown-shortcuts.ts";
import { ARTICLE_NODES, EDITOR_THEME, MESSAGE_NODES } from "./nodes.ts";
import { EditorToolbar } from "./toolbar.tsx";

/**
 * Module-level and therefore stable: AutoLinkPlugin re-registers its node
 * transforms whenever `matchers` is a new array, and registering a transform
 * runs an editor update, which puts the DOM selection (and so the focus) back
 * into the editor. With an inline array every re-render of the form (a
 * validation message, a live event) pulled the caret back from wherever the
 * person was typing (issue 14.3).
 */
const URL_MATCHERS = [createLinkMatcherWithRegExp(/https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/, (text) => text)];
const validateUrl = (url: string) => /^(https?:\/\/|mailto:)/i.test(url);

export type RichTextEditorProps = {
  /** Field name: the editor posts `<name>Json`; without JavaScript a textarea posts `<name>Text`. */
  name: string;
  id: string;
  labelId: string;
  variant?: "message" | "article";
  /** Serialized Lexical state to start from (JSON string). */
  initialJson?: string | null;
  /** Plain text for the no-JavaScript textarea. */
  initialText?: string;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  rows?: number;
  editorRef?: MutableRefObject<LexicalEditor | null>;
  onChange?: (json: string) => void;
  /** Extra Lexical plugins (mentions, collaboration, …). */
  children?: ReactNode;
  /** Collaboration plugins manage the state themselves. */
  collaborative?: boolean;
  readOnly?: boolean;
  /**
   * Take focus when the editor appears (an edit box opened from a message's "Bewerk", decision 295).
   * Only after a click in the page: a page load places focus by its own address.
   */
  autoFocus?: boolean;
};

/**
 * Rich-text input that works without JavaScript: the server renders a plain
 * textarea; once hydrated it becomes a Lexical editor that keeps a hidden
 * input with the editor state as JSON. The server accepts either
 * (server/richtext `richTextFromForm`).
 */
export function RichTextEditor(props: RichTextEditorProps) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // Without JavaScript a refused form comes back as a new page: the box with the error takes focus.
  const autoFocus = useInvalidAutofocus(props.id, !!props.invalid);
  if (!hydrated) {
    return (
      <textarea
        id={props.id}
        autoFocus={autoFocus}
        name={`${props.name}Text`}
        defaultValue={props.initialText}
        rows={props.rows ?? 5}
        aria-labelledby={props.labelId}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        readOnly={props.readOnly}
        placeholder={props.placeholder}
        className="block w-full rounded-md border border-ink-600 bg-white px-3 py-2 text-base"
      />
    );
  }
  return <LexicalEditorField {...props} />;
}

function LexicalEditorField({
  name,
  id,
  labelId,
  variant = "message",
  initialJson,
  placeholder,
  describedBy,
  invalid,
  rows,
  editorRef,
  onChange,
  children,
  collaborative,
  readOnly,
  autoFocus,
}: RichTextEditorProps) {
  const { t } = useTranslation();
  const [json, setJson] = useState(initialJson ?? "");
  const minHeight = `${(rows ?? 5) * 1.6}rem`;
  return (
    <LexicalComposer
      initialConfig={{
        namespace: `praktijkplein-${id}`,
        nodes: variant === "article" ? ARTICLE_NODES : MESSAGE_NODES,
        theme: EDITOR_THEME,
        editable: !readOnly,
        // With collaboration the shared document is the source of the state.
        editorState: collaborative ? null : initialJson || undefined,
        onError: (error) => {
          throw error;
        },
      }}
    >
      <div className={cn("rounded-md border bg-white", invalid ? "border-2 border-danger-700" : "border-ink-600")}>
        {readOnly ? null : <EditorToolbar variant={variant} />}
        <div className="relative">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id={id}
                aria-labelledby={labelId}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                aria-multiline
                role="textbox"
                className="prose-pp px-3 py-2 outline-none focus-visible:ring-2 focus-visible:ring-[color:var(--color-focus)]"
                style={{ minHeight }}
              />
            }
            placeholder={placeholder ? <div className="pointer-events-none absolute left-3 top-2 text-ink-600">{placeholder}</div> : null}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      {collaborative ? null : <HistoryPlugin />}
      <ListPlugin />
      <LinkPlugin validateUrl={validateUrl} />
      <AutoLinkPlugin matchers={URL_MATCHERS} />
      {variant === "article" ? <TablePlugin /> : null}
      {readOnly ? null : <MarkdownShortcutPlugin transformers={variant === "article" ? ARTICLE_SHORTCUTS : MESSAGE_SHORTCUTS} />}
      {editorRef ? <EditorRefPlugin editorRef={editorRef} /> : null}
      {autoFocus ? <AutoFocusPlugin defaultSelection="rootEnd" /> : null}
      <OnChangePlugin
        ignoreSelectionChange
        onChange={(editorState) => {
          const next = JSON.stringify(editorState.toJSON());
          setJson(next);
          onChange?.(next);
        }}
      />
      {children}
      <input type="hidden" name={`${name}Json`} value={json} />
      <span className="sr-only">{t("editor.hint")}</span>
    </LexicalComposer>
  );
}
