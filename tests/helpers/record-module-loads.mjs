/**
 * `--import` this file (for instance through NODE_OPTIONS) to have a process
 * note every module it loads whose URL contains MODULE_LOAD_PATTERN: one line
 * each, appended synchronously to the file MODULE_LOAD_LOG, so a test knows
 * exactly what had been loaded when the process said something (decision 247).
 */
import { register } from "node:module";

if (process.env.MODULE_LOAD_PATTERN && process.env.MODULE_LOAD_LOG) {
  register("./record-module-loads-hooks.mjs", import.meta.url, {
    data: { pattern: process.env.MODULE_LOAD_PATTERN, log: process.env.MODULE_LOAD_LOG },
  });
}
