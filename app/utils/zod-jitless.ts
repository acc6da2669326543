/**
 * zod 4 compiles object parsers with `new Function` when it may, and probes
 * for that permission once; the Content-Security-Policy (no 'unsafe-eval')
 * blocks and reports the probe. Jitless mode skips the probe and the compiler.
 * Imported first by app/root.tsx, so it runs before any schema is built
 * (zod reads the setting when a schema is created).
 */
import { z } from "zod";

z.config({ jitless: true });
