import type { ProfileInput } from "~/shared/forms/accounts.ts";
import { emit, transaction } from "../events.ts";

/** The member's own profile; the member directory and search follow through `user.updated`. */
export async function updateProfile(userId: string, input: ProfileInput): Promise<void> {
  await transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: input, select: { id: true } });
    await emit(tx, "user.updated", { userId });
  });
}
