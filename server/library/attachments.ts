/**
 * Attachments of library items: PDF, DOCX, XLSX, PPTX and images. The type is
 * decided by the bytes (file-type sniffs magic numbers, and for the OOXML zip
 * containers reads [Content_Types].xml and the part names), never by the name
 * or the browser's Content-Type; the name's extension must agree with it.
 * See docs/decisions/043-attachments.md.
 */
import { uploadLimit } from "../security/limits.ts";
import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_PER_ITEM, ATTACHMENT_TYPES, type AttachmentExtension } from "~/shared/library.ts";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { transaction } from "../events.ts";
import { fileStorage } from "../storage/index.ts";
import { assertNotHidden, loadItem } from "./access.ts";
import type { Actor } from "./policy.ts";
import { recordItemUpdate } from "./revisions.ts";

type SignedIn = NonNullable<Actor>;

const EXTENSION_ALIASES: Record<string, AttachmentExtension> = { jpeg: "jpg" };

export type InspectedFile = { extension: AttachmentExtension; contentType: string; fileName: string };

/**
 * A file name safe to store and to send back: no paths, no control
 * characters, no bidirectional controls (U+202E turned `rapport‮fdp.exe` into
 * what reads as `rapportexe.pdf`; issue 15, F16), at most 120 characters.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, "")
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (cleaned.length <= 120) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 ? cleaned.slice(dot) : "";
  return `${cleaned.slice(0, 120 - extension.length)}${extension}`;
}

/**
 * Checks an upload: size, sniffed type among the allowed ones, and a name
 * whose extension matches the content (a PDF named .docx is refused, as is
 * a program named .pdf). Throws AppError with a message for the form.
 */
export async function inspectUpload(rawName: string, bytes: Uint8Array): Promise<InspectedFile> {
  const fileName = cleanFileName(rawName);
  if (bytes.byteLength === 0 || !fileName) throw new AppError(422, "library.errors.fileEmpty", { field: "file" });
  if (bytes.byteLength > ATTACHMENT_MAX_BYTES) throw new AppError(413, "library.errors.fileTooLarge", { field: "file" });
  const sniffed = await fileTypeFromBuffer(bytes);
  const sniffedExtension = sniffed ? (EXTENSION_ALIASES[sniffed.ext] ?? sniffed.ext) : null;
  if (!sniffedExtension || !(sniffedExtension in ATTACHMENT_TYPES)) throw new AppError(422, "library.errors.fileType", { field: "file" });
  const extension = sniffedExtension as AttachmentExtension;
  const dot = fileName.lastIndexOf(".");
  const named = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  if ((EXTENSION_ALIASES[named] ?? named) !== extension) throw new AppError(422, "library.errors.fileMismatch", { field: "file" });
  return { extension, contentType: ATTACHMENT_TYPES[extension], fileName };
}

/**
 * Whether the actor may add a file to this item (throws 404 or 403 as `addAttachment` would): the
 * upload route asks before it reads the body, so someone who may not edit the item does not get the
 * server to read and hold up to 15 MB first (security walk 14).
 */
export async function assertMayAddAttachment(actor: SignedIn, slug: string): Promise<void> {
  await loadItem(actor, { slug }, "edit");
}

export async function addAttachment(actor: SignedIn, slug: string, upload: { name: string; bytes: Uint8Array }) {
  const { item } = await loadItem(actor, { slug }, "edit");
  await uploadLimit().consume(actor.id);
  const inspected = await inspectUpload(upload.name, upload.bytes);
  const count = await db().libraryAttachment.count({ where: { itemId: item.id } });
  if (count >= ATTACHMENT_MAX_PER_ITEM) throw new AppError(422, "library.errors.tooManyFiles", { field: "file" });
  const storageKey = `library/${item.id}/${randomBytes(12).toString("hex")}.${inspected.extension}`;
  await fileStorage().put(storageKey, upload.bytes, { contentType: inspected.contentType, size: upload.bytes.byteLength });
  try {
    return await transaction(async (tx) => {
      const row = await tx.libraryAttachment.create({
        data: {
          itemId: item.id,
          storageKey,
          fileName: inspected.fileName,
          contentType: inspected.contentType,
          size: upload.bytes.byteLength,
          uploadedById: actor.id,
        },
        select: { id: true, fileName: true, contentType: true, size: true },
      });
      await recordItemUpdate(tx, item, actor.id, {
        action: "attachmentAdded",
        changes: { attachment: { from: null, to: inspected.fileName } },
        fields: ["attachments"],
        via: "attachments",
      });
      return row;
    });
  } catch (error) {
    // The row was not stored, so neither may the file be.
    await fileStorage().delete(storageKey);
    throw error;
  }
}

export async function removeAttachment(actor: SignedIn, slug: string, attachmentId: string) {
  const { item } = await loadItem(actor, { slug }, "edit");
  const attachment = await db().libraryAttachment.findFirst({
    where: { id: attachmentId, itemId: item.id },
    select: { id: true, storageKey: true, fileName: true },
  });
  if (!attachment) throw notFound();
  const removed = await transaction(async (tx) => {
    // Sent twice at once (a double click): the second copy finds it gone, as asked, instead of a 500.
    if ((await tx.libraryAttachment.deleteMany({ where: { id: attachment.id } })).count === 0) return false;
    await recordItemUpdate(tx, item, actor.id, {
      action: "attachmentRemoved",
      changes: { attachment: { from: attachment.fileName, to: null } },
      fields: ["attachments"],
      via: "attachments",
    });
    return true;
  });
  if (removed) await fileStorage().delete(attachment.storageKey);
}

/** An attachment for download, after checking that the actor may see its item. */
export async function openAttachment(
  actor: Actor,
  attachmentId: string,
): Promise<{ body: Readable; size: number; contentType: string; fileName: string }> {
  const attachment = await db().libraryAttachment.findUnique({
    where: { id: attachmentId },
    select: { itemId: true, storageKey: true, contentType: true, fileName: true, item: { select: { hiddenAt: true } } },
  });
  if (!attachment) throw notFound();
  const { item, permissions } = await loadItem(actor, { id: attachment.itemId }, "view");
  // The item page's rule for a hidden item holds for its files too.
  assertNotHidden(actor, { hiddenAt: attachment.item.hiddenAt, authorId: item.authorId }, permissions);
  const stored = await fileStorage().get(attachment.storageKey);
  if (!stored) throw notFound();
  return { body: stored.body, size: stored.size, contentType: attachment.contentType, fileName: attachment.fileName };
}

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;]/g, "_") || "bijlage";
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
