// Routes reach password reset through this facade.
export { passwordResetIsValid, requestPasswordReset, resetPassword } from "~server/accounts/password-reset.ts";
