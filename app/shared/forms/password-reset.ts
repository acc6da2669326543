import { z } from "zod";
import { emailSchema, newPasswordSchema } from "./accounts.ts";

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ password: newPasswordSchema });
