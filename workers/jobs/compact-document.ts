import { compactDocument } from "../../server/collab/store.ts";
import type { JobHandler } from "../runner.ts";

/** Folds a document's update log into its snapshot and change list. */
export const compactDocumentJob: JobHandler<"compactDocument"> = async ({ documentId }) => {
  return (await compactDocument(documentId)) ?? { skipped: true };
};
