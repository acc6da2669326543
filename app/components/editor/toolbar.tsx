import { $isLinkNode, TOGGLE_LINK_COMMAND } from "@lexical/link";
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from "@lexical/list";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from "@lexical/rich-text";
import { $setBlocksType } from "@lexical/selection";
import { $getNearestNodeOfType, mergeRegister } from "@lexical/utils";
import { $createCodeNode, $isCodeNode } from "@lexical/code";
import { INSERT_TABLE_COMMAND } from "@lexical/table";
import {
  $addUpdateTag,
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type TextFormatType,
  UNDO_COMMAND,
} from "lexical";
import { type KeyboardEvent, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "~/utils/translation.ts";
import { cn } from "~/utils/cn.ts";

type BlockType = "paragraph" | "h2" | "h3" | "quote" | "code" | "bullet" | "number";

type ButtonProps = { id: string; label: string; pressed?: boolean; onClick: () => void; children: ReactNode; disabled?: boolean };

function ToolbarButton({
  id,
  label,
  pressed,
  onClick,
  children,
  disabled,
  tabStop,
  onFocus,
}: ButtonProps & { tabStop: boolean; onFocus: (id: string) => void }) {
  return (
    <button
      type="button"
      data-toolbar-id={id}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      onFocus={() => onFocus(id)}
      className={cn(
        "min-h-9 min-w-9 rounded px-2 text-sm font-semibold text-ink-900 hover:bg-brand-50 disabled:opacity-40",
        pressed && "bg-brand-100 text-brand-900",
      )}
      tabIndex={tabStop ? 0 : -1}
    >
      {children}
    </button>
  );
}

/**
 * A toolbar that follows the WAI-ARIA toolbar pattern: one tab stop, arrow keys
 * move between buttons, each button has a name and shows its state.
 */
export function EditorToolbar({ variant }: { variant: "message" | "article" }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Record<string, boolean>>({});
  const [blockType, setBlockType] = useState<BlockType>("paragraph");
  const [isLink, setIsLink] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const toolbar = useRef<HTMLDivElement>(null);
  // Roving tab index in React state (WAI-ARIA toolbar): exactly one button is
  // a tab stop, the last one used, and re-renders keep it so (issue 14.4).
  const [current, setCurrent] = useState("bold");

  /**
   * Runs a toolbar action. When the person works the toolbar by keyboard
   * (focus on a button, not in the text), the update must not move the DOM
   * selection, which would pull focus into the text so that the next Space
   * types into the (shared) document.
   */
  const act = useCallback(
    (action: () => void) => {
      const root = editor.getRootElement();
      const inText = root !== null && root.contains(document.activeElement);
      editor.update(() => {
        if (!inText) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
        action();
      });
    },
    [editor],
  );

  const update = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    setFormats({
      bold: selection.hasFormat("bold"),
      italic: selection.hasFormat("italic"),
      underline: selection.hasFormat("underline"),
      code: selection.hasFormat("code"),
    });
    const anchor = selection.anchor.getNode();
    const element = anchor.getKey() === "root" ? anchor : anchor.getTopLevelElementOrThrow();
    const parent = anchor.getParent();
    setIsLink($isLinkNode(parent) || $isLinkNode(anchor));
    if ($isListNode(element)) {
      const list = $getNearestNodeOfType(anchor, ListNode);
      setBlockType((list ?? element).getListType() === "number" ? "number" : "bullet");
    } else if ($isHeadingNode(element)) setBlockType(element.getTag() === "h3" ? "h3" : "h2");
    else if ($isQuoteNode(element)) setBlockType("quote");
    else if ($isCodeNode(element)) setBlockType("code");
    else setBlockType("paragraph");
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(update)),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (update(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, update],
  );

  const format = (type: TextFormatType) => act(() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type));
  const setBlock = (type: BlockType) => {
    if (type === "bullet" || type === "number") {
      act(() =>
        editor.dispatchCommand(
          blockType === type ? REMOVE_LIST_COMMAND : type === "bullet" ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
          undefined,
        ),
      );
      return;
    }
    act(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const target = blockType === type ? "paragraph" : type;
      $setBlocksType(selection, () =>
        target === "h2" || target === "h3"
          ? $createHeadingNode(target)
          : target === "quote"
            ? $createQuoteNode()
            : target === "code"
              ? $createCodeNode()
              : $createParagraphNode(),
      );
    });
  };
  const toggleLink = () => {
    if (isLink) {
      act(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null));
      return;
    }
    const url = window.prompt(t("editor.linkPrompt"), "https://");
    if (!url) return;
    if (!/^(https?:\/\/|mailto:)/i.test(url.trim())) {
      window.alert(t("editor.linkInvalid"));
      return;
    }
    act(() => editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim()));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
    const buttons = [...(toolbar.current?.querySelectorAll<HTMLButtonElement>("button:not([disabled])") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? buttons.length - 1
          : (at + (event.key === "ArrowRight" ? 1 : -1) + buttons.length) % buttons.length;
    event.preventDefault();
    const target = buttons[next];
    if (!target) return;
    setCurrent(target.dataset.toolbarId ?? "bold");
    target.focus();
  };

  // The tab stop: the last button used, or the first one when that one is disabled now (undo, redo).
  const enabled = (id: string) => !((id === "undo" && !canUndo) || (id === "redo" && !canRedo));
  const stop = enabled(current) ? current : "bold";

  return (
    <div
      ref={toolbar}
      role="toolbar"
      aria-label={t("editor.toolbar")}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-0.5 border-b border-line bg-slate-50 p-1"
    >
      <ToolbarButton
        id="bold"
        tabStop={stop === "bold"}
        onFocus={setCurrent}
        label={t("editor.bold")}
        pressed={!!formats.bold}
        onClick={() => format("bold")}
      >
        <b aria-hidden="true">B</b>
      </ToolbarButton>
      <ToolbarButton
        id="italic"
        tabStop={stop === "italic"}
        onFocus={setCurrent}
        label={t("editor.italic")}
        pressed={!!formats.italic}
        onClick={() => format("italic")}
      >
        <i aria-hidden="true">I</i>
      </ToolbarButton>
      <ToolbarButton
        id="underline"
        tabStop={stop === "underline"}
        onFocus={setCurrent}
        label={t("editor.underline")}
        pressed={!!formats.underline}
        onClick={() => format("underline")}
      >
        <u aria-hidden="true">U</u>
      </ToolbarButton>
      <ToolbarButton
        id="code"
        tabStop={stop === "code"}
        onFocus={setCurrent}
        label={t("editor.code")}
        pressed={!!formats.code}
        onClick={() => format("code")}
      >
        <span aria-hidden="true" className="font-mono">
          {"<>"}
        </span>
      </ToolbarButton>
      <ToolbarButton
        id="link"
        tabStop={stop === "link"}
        onFocus={setCurrent}
        label={isLink ? t("editor.unlink") : t("editor.link")}
        pressed={isLink}
        onClick={toggleLink}
      >
        <span aria-hidden="true">🔗</span>
      </ToolbarButton>
      <span className="mx-1 w-px bg-line" aria-hidden="true" />
      {variant === "article" ? (
        <>
          <ToolbarButton
            id="h2"
            tabStop={stop === "h2"}
            onFocus={setCurrent}
            label={t("editor.heading2")}
            pressed={blockType === "h2"}
            onClick={() => setBlock("h2")}
          >
            <span aria-hidden="true">H2</span>
          </ToolbarButton>
          <ToolbarButton
            id="h3"
            tabStop={stop === "h3"}
            onFocus={setCurrent}
            label={t("editor.heading3")}
            pressed={blockType === "h3"}
            onClick={() => setBlock("h3")}
          >
            <span aria-hidden="true">H3</span>
          </ToolbarButton>
        </>
      ) : null}
      <ToolbarButton
        id="bullet"
        tabStop={stop === "bullet"}
        onFocus={setCurrent}
        label={t("editor.bulletList")}
        pressed={blockType === "bullet"}
        onClick={() => setBlock("bullet")}
      >
        <span aria-hidden="true">•≡</span>
      </ToolbarButton>
      <ToolbarButton
        id="number"
        tabStop={stop === "number"}
        onFocus={setCurrent}
        label={t("editor.numberedList")}
        pressed={blockType === "number"}
        onClick={() => setBlock("number")}
      >
        {/* An icon, not text: its visible label would have to be part of the button's name (WCAG 2.5.3). */}
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" fill="none" stroke="currentColor">
          <path d="M7 4h10M7 9h10M7 14h10" strokeWidth="1.6" />
          <path d="M2 2.5l1.5-.8V6.5M1.8 10.8c.2-1.3 2.6-1.3 2.6 0 0 1-2.6 1.4-2.6 2.9h2.7" strokeWidth="1.1" />
        </svg>
      </ToolbarButton>
      <ToolbarButton
        id="quote"
        tabStop={stop === "quote"}
        onFocus={setCurrent}
        label={t("editor.quote")}
        pressed={blockType === "quote"}
        onClick={() => setBlock("quote")}
      >
        <span aria-hidden="true">❝</span>
      </ToolbarButton>
      <ToolbarButton
        id="codeBlock"
        tabStop={stop === "codeBlock"}
        onFocus={setCurrent}
        label={t("editor.codeBlock")}
        pressed={blockType === "code"}
        onClick={() => setBlock("code")}
      >
        <span aria-hidden="true" className="font-mono">
          {"{ }"}
        </span>
      </ToolbarButton>
      {variant === "article" ? (
        <ToolbarButton
          id="table"
          tabStop={stop === "table"}
          onFocus={setCurrent}
          label={t("editor.insertTable")}
          onClick={() =>
            act(() =>
              editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: "3", columns: "3", includeHeaders: { rows: true, columns: false } }),
            )
          }
        >
          <span aria-hidden="true">▦</span>
        </ToolbarButton>
      ) : null}
      <span className="mx-1 w-px bg-line" aria-hidden="true" />
      <ToolbarButton
        id="undo"
        tabStop={stop === "undo"}
        onFocus={setCurrent}
        label={t("editor.undo")}
        disabled={!canUndo}
        onClick={() => act(() => editor.dispatchCommand(UNDO_COMMAND, undefined))}
      >
        <span aria-hidden="true">↶</span>
      </ToolbarButton>
      <ToolbarButton
        id="redo"
        tabStop={stop === "redo"}
        onFocus={setCurrent}
        label={t("editor.redo")}
        disabled={!canRedo}
        onClick={() => act(() => editor.dispatchCommand(REDO_COMMAND, undefined))}
      >
        <span aria-hidden="true">↷</span>
      </ToolbarButton>
    </div>
  );
}
