/** The module hooks of tests/helpers/record-module-loads.mjs (they run on Node's hooks thread). */
import { appendFileSync } from "node:fs";

let pattern = "";
let log = "";

export function initialize(data) {
  pattern = data.pattern;
  log = data.log;
}

export async function load(url, context, nextLoad) {
  if (url.includes(pattern)) appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}
