import { PrismaPg } from "@prisma/adapter-pg";
import { config } from "./config.ts";
import { recordStatement, roundTripsCounted } from "./db/round-trips.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { forgetSingleton, peekSingleton, singleton } from "./singleton.ts";

export type { Prisma } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";

function createClient() {
  const adapter = new PrismaPg({ connectionString: config().DATABASE_URL, max: 10 });
  // Query events feed the round-trip counter (server/db/round-trips.ts) outside production.
  const client = new PrismaClient({ adapter, log: roundTripsCounted() ? [{ emit: "event", level: "query" }] : [] });
  if (roundTripsCounted()) client.$on("query", (event) => recordStatement(event.query));
  return client;
}

export type Db = ReturnType<typeof createClient>;
/** What a function that may run inside or outside a transaction accepts. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** The one Prisma client of this process. */
export function db(): Db {
  return singleton("prisma", createClient);
}

export async function disconnectDb(): Promise<void> {
  const client = peekSingleton<Db>("prisma");
  forgetSingleton("prisma");
  await client?.$disconnect();
}
