/**
 * npm run db:seed            seed demo content (refuses a non-empty database)
 * tsx prisma/seed.ts --if-empty   seed only when the database is empty (npm start)
 */
import "dotenv/config";
import { runCli } from "../server/cli.ts";
import { disconnectDb } from "../server/db.ts";
import { closeQueues } from "../server/queues/producer.ts";
import { isEmpty, seedDemo } from "./seed/demo.ts";

const ifEmpty = process.argv.includes("--if-empty");
const say = (line: string) => process.stdout.write(`[praktijkplein] ${line}\n`);

await runCli(async () => {
  try {
    if (await isEmpty()) {
      await seedDemo(say);
    } else if (ifEmpty) {
      say("database has content: demo seed skipped");
    } else {
      process.stderr.write("The database is not empty; the demo seed only runs on an empty database.\n");
      process.exitCode = 1;
    }
  } finally {
    // Seeding through commands relays their events to the queue (the worker indexes them).
    await closeQueues();
    await disconnectDb();
  }
});
