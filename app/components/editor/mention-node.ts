import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
  TextNode,
} from "lexical";

export type SerializedMentionNode = Spread<{ userId: string; mentionName: string; type: "mention" }, SerializedTextNode>;

/** "@Naam" linked to a member; the server records a mention for userId. */
export class MentionNode extends TextNode {
  __userId: string;
  __mentionName: string;

  static override getType(): string {
    return "mention";
  }

  static override clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__userId, node.__mentionName, node.__text, node.__key);
  }

  static override importJSON(serialized: SerializedMentionNode): MentionNode {
    return $createMentionNode(serialized.userId, serialized.mentionName).updateFromJSON(serialized);
  }

  constructor(userId: string, mentionName: string, text?: string, key?: NodeKey) {
    super(text ?? `@${mentionName}`, key);
    this.__userId = userId;
    this.__mentionName = mentionName;
  }

  override exportJSON(): SerializedMentionNode {
    return { ...super.exportJSON(), type: "mention", userId: this.__userId, mentionName: this.__mentionName };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.className = "mention";
    dom.dataset.userId = this.__userId;
    return dom;
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createMentionNode(userId: string, mentionName: string): MentionNode {
  const node = new MentionNode(userId, mentionName);
  node.setMode("segmented").toggleDirectionless();
  return $applyNodeReplacement(node);
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
