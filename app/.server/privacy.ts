// Routes reach the privacy area (data export, account deletion) through this facade.
import { deleteAccount, type ContributionChoice } from "~server/privacy/deletion.ts";
import { AppError } from "~server/errors.ts";

export { latestExport, openExport, requestExport, type ExportView } from "~server/privacy/export.ts";

/** Deletes the account; a wrong password comes back as a field error instead of a throw. */
export async function deleteOwnAccount(userId: string, input: { password: string; contributions: ContributionChoice }) {
  try {
    return { ok: true as const, summary: await deleteAccount(userId, input) };
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return { ok: false as const, error: error.message };
    throw error;
  }
}
