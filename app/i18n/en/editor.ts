import type { editor as nlEditor, richtext as nlRichtext } from "../nl/editor.ts";
import type { Translation } from "../types.ts";

export const editor: Translation<typeof nlEditor> = {
  toolbar: "Formatting",
  bold: "Bold",
  italic: "Italic",
  underline: "Underline",
  code: "Code",
  link: "Add link",
  unlink: "Remove link",
  linkPrompt: "Address of the link (starts with https://)",
  linkInvalid: "A link must start with https://, http:// or mailto:.",
  heading2: "Heading H2",
  heading3: "Subheading H3",
  bulletList: "Bulleted list",
  numberedList: "Numbered list",
  quote: "Quote",
  codeBlock: "Code block",
  insertTable: "Insert table",
  undo: "Undo",
  redo: "Redo",
  hint: "Text field with formatting. Use the toolbar with the arrow keys.",
};

export const richtext: Translation<typeof nlRichtext> = {
  invalid: "We cannot save this text. Please try again.",
  tooLong: "This text is too long.",
  empty: "Please write something first.",
  tooComplex: "This text has too much formatting.",
  invalidCharacters: "This text contains a character we cannot save. Remove it and try again.",
};
