/** The account deletion form (browser and server). Messages are i18n keys. */
import { z } from "zod";

export const CONTRIBUTION_CHOICES = ["keep", "remove"] as const;

export const deleteAccountSchema = z.object({
  contributions: z.enum(CONTRIBUTION_CHOICES, { message: "privacy.delete.chooseContributions" }),
  password: z.string({ message: "errors.passwordRequired" }).min(1, "errors.passwordRequired").max(1_000, "privacy.delete.wrongPassword"),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
