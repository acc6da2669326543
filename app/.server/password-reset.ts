// Routes reach password reset through this facade.
export { passwordResetIsValid, requestPasswordReset, resetPassword } from "~server/accounts/password-reset.ts";
export { currentIo, userRoom } from "~server/realtime/server.ts";
