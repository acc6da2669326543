/**
 * Documents of two running servers compared byte for byte (decisions 290, 304): every main and further
 * page of the demo seed (tests/helpers/main-pages.ts) for a visitor and each demo account, in Dutch and
 * English, fetched from server A and server B on one database. Each page is first visited once on
 * both (a visit can mark a topic read), then fetched from A and B and compared after masking what
 * differs on purpose: nonces, fresh form and client keys (UUIDs), the client bundle's file names, and
 * each server's own origin (servers on two ports with their own APP_URL).
 *
 *   DATABASE_URL=… SESSION_SECRET=<the servers'> node --import tsx bench/compare-documents.ts <url A> <url B>
 *
 * The roles run one after the other on the same servers, so kept per-scope data (decision 304) made
 * for one member is what the next member of that scope is served: compared with a fresh render.
 */
import { createHash } from "node:crypto";
import { db, disconnectDb } from "../server/db.ts";
import { languageCookie } from "../server/http/language.ts";
import { mainPages, morePages } from "../tests/helpers/main-pages.ts";
import { sessionCookieFor } from "../tests/helpers/factories.ts";

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: compare-documents.ts <url A> <url B>");

const ROLES: [string | null, "nl" | "en"][] = [
  [null, "nl"],
  [null, "en"],
  ["lid@praktijkplein.test", "nl"],
  ["lid@praktijkplein.test", "en"],
  ["nieuw@praktijkplein.test", "nl"],
  ["werkgever@praktijkplein.test", "nl"],
  ["facilitator@praktijkplein.test", "nl"],
  ["moderator@praktijkplein.test", "en"],
  ["admin@praktijkplein.test", "nl"],
];

function comparable(html: string): string {
  let result = html.replace(/nonce="[^"]*"/g, 'nonce=""');
  for (const [, name, key] of html.matchAll(/name="(clientKey|formKey)" value="([^"]+)"/g)) result = result.split(key!).join(`<${name}>`);
  return result
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, "<uuid>")
    .replace(/\/assets\/[A-Za-z0-9_.$-]+?-[A-Za-z0-9_-]{8}\.(js|css)/g, "/assets/<file>.$1")
    .replace(/"version":"[0-9a-f]+"/g, '"version":""');
}

async function fetchPage(base: string, page: string, cookie: string) {
  const response = await fetch(`${base}${page}`, { headers: { Cookie: cookie }, redirect: "manual" });
  // A page with a create form first gives its address a fresh one-time form key (decision 229).
  const location = response.headers.get("Location")?.replace(/formulier=[A-Za-z0-9_-]+/, "formulier=<key>") ?? null;
  return { status: response.status, location, body: await response.text() };
}

const pages = [...(await mainPages()), ...(await morePages())];
let compared = 0;
const different: string[] = [];
for (const [email, language] of ROLES) {
  const cookies = [(await languageCookie.serialize(language)).split(";")[0]!];
  if (email) {
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    cookies.push(await sessionCookieFor(user.id));
  }
  const cookie = cookies.join("; ");
  for (const page of pages) {
    await fetchPage(a, page, cookie);
    await fetchPage(b, page, cookie);
    const [one, two] = [await fetchPage(a, page, cookie), await fetchPage(b, page, cookie)];
    compared++;
    // Each server's own address (its APP_URL, in og:url and canonical links) is masked too.
    const x = `${one.status} ${one.location ?? ""}\n${comparable(one.body.split(new URL(a).origin).join("<origin>"))}`;
    const y = `${two.status} ${two.location ?? ""}\n${comparable(two.body.split(new URL(b).origin).join("<origin>"))}`;
    if (x !== y) {
      let at = 0;
      while (at < x.length && x[at] === y[at]) at++;
      different.push(
        `${email ?? "visitor"} ${language} ${page} at ${at}\n  A: ${x.slice(Math.max(0, at - 80), at + 80)}\n  B: ${y.slice(Math.max(0, at - 80), at + 80)}`,
      );
    }
  }
}
console.log(different.join("\n"));
console.log(
  `${compared} answers compared, ${different.length} different (hash of the page list ${createHash("sha1").update(pages.join()).digest("hex").slice(0, 8)})`,
);
await disconnectDb();
