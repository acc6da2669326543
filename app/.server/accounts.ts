// Routes reach the domain through app/.server/, which Remix keeps out of the client bundle.
export * from "~server/accounts/users.ts";
