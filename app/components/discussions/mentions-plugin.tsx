/**
 * @mentions in the message editor: typing "@" and a few letters suggests
 * members of the community (from /communities/<slug>/vermeldingen), and
 * choosing one inserts a MentionNode. Keyboard: arrows, Enter or Tab, Escape.
 * The server only keeps mentions of people who may read the topic.
 */
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from "@lexical/react/LexicalTypeaheadMenuPlugin";
import type { TextNode } from "lexical";
import { useEffect, useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "~/utils/translation.ts";
import { $createMentionNode } from "~/components/editor/mention-node.ts";
import { cn } from "~/utils/cn.ts";

class MemberOption extends MenuOption {
  constructor(
    readonly userId: string,
    readonly name: string,
  ) {
    super(userId);
    this.title = name;
  }
}

const AT_MENTION = /(^|\s|\()(@([^\s@(),.!?;:]{0,40}(?: [^\s@(),.!?;:]{0,40})?))$/;

/** Finds "@query" right before the cursor. */
export function mentionMatch(text: string): MenuTextMatch | null {
  const match = AT_MENTION.exec(text);
  if (!match) return null;
  const lead = match[1] ?? "";
  return { leadOffset: match.index + lead.length, matchingString: match[3] ?? "", replaceableString: match[2] ?? "" };
}

function useMemberSearch(communitySlug: string, query: string | null) {
  const [results, setResults] = useState<{ id: string; displayName: string }[]>([]);
  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/communities/${encodeURIComponent(communitySlug)}/vermeldingen?q=${encodeURIComponent(query)}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then((response) => (response.ok ? response.json() : { members: [] }))
        .then((body: { members?: { id: string; displayName: string }[] }) => setResults(body.members ?? []))
        .catch(() => undefined);
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [communitySlug, query]);
  return results;
}

/**
 * Lexical's typeahead appends its own anchor to the parent it is given (else to
 * <body>, outside every landmark) and marks it as an empty listbox named
 * "Typeahead menu" in English. Give it a parent beside the editor, and keep that
 * anchor a plain container: the listbox with the options is ours, inside it.
 */
function useMenuParent() {
  const [parent, setParent] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!parent) return;
    const clean = () => {
      for (const child of parent.children) {
        if (child.getAttribute("role") === "listbox") child.removeAttribute("role");
        if (child.hasAttribute("aria-label")) child.removeAttribute("aria-label");
      }
    };
    clean();
    const observer = new MutationObserver(clean);
    observer.observe(parent, { childList: true, subtree: true, attributes: true, attributeFilter: ["role", "aria-label"] });
    return () => observer.disconnect();
  }, [parent]);
  return [parent, setParent] as const;
}

export function MentionsPlugin({ communitySlug }: { communitySlug: string }) {
  const [parent, setParent] = useMenuParent();
  return (
    <>
      <div ref={setParent} />
      {parent ? <Mentions communitySlug={communitySlug} parent={parent} /> : null}
    </>
  );
}

function Mentions({ communitySlug, parent }: { communitySlug: string; parent: HTMLElement }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const results = useMemberSearch(communitySlug, query);
  const options = useMemo(() => results.map((member) => new MemberOption(member.id, member.displayName)), [results]);

  const onSelectOption = (option: MemberOption, nodeToReplace: TextNode | null, closeMenu: () => void) => {
    editor.update(() => {
      const mention = $createMentionNode(option.userId, option.name);
      if (nodeToReplace) nodeToReplace.replace(mention);
      mention.select();
      closeMenu();
    });
  };

  return (
    <LexicalTypeaheadMenuPlugin<MemberOption>
      parent={parent}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={mentionMatch}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && query !== null
          ? createPortal(
              <div className="z-50 mt-6 min-w-56 rounded-md border border-line bg-white shadow-lg">
                {options.length ? (
                  <ul role="listbox" aria-label={t("discussions.mentions.suggestions")} className="py-1">
                    {options.map((option, index) => (
                      <li
                        key={option.key}
                        id={`typeahead-item-${index}`}
                        ref={(element) => option.setRefElement(element)}
                        role="option"
                        aria-selected={selectedIndex === index}
                        tabIndex={-1}
                        className={cn(
                          "cursor-pointer px-3 py-1.5",
                          selectedIndex === index ? "bg-brand-700 text-white" : "text-ink-900 hover:bg-brand-50",
                        )}
                        onMouseEnter={() => setHighlightedIndex(index)}
                        onClick={() => {
                          setHighlightedIndex(index);
                          selectOptionAndCleanUp(option);
                        }}
                      >
                        {option.name}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="px-3 py-1.5 text-ink-600">{t("discussions.mentions.none")}</p>
                )}
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}

/**
 * The hint under a message box, tied to it by aria-describedby. With JavaScript the editor turns
 * "@" and a name into a mention: "Typ @ en een naam om iemand te noemen.". Without JavaScript the
 * plain box does too, when the full name follows the "@" (typed mentions, decision 260), so there
 * the hint says so, with an example.
 */
export function MentionHint({ id }: { id: string }) {
  const { t } = useTranslation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <p id={id} className="text-sm text-ink-600">
      {hydrated ? t("discussions.topic.composerHint") : t("discussions.topic.composerHintPlain")}
    </p>
  );
}
