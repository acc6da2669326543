// Routes reach the instance's public address through here (not through config).
export { appUrl } from "~server/urls.ts";
