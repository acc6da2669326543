import { autoVersion } from "../../server/documents/versions.ts";
import type { JobHandler } from "../runner.ts";

/** An automatic version, when the document changed since its latest one. */
export const autoVersionDocumentJob: JobHandler<"autoVersionDocument"> = async ({ documentId }) => {
  const version = await autoVersion(documentId);
  return version ? { versionId: version.id, number: version.number } : { skipped: true };
};
