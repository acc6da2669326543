import { db } from "../../server/db.ts";

/** A published library item written straight to the database (no event, so no cache drop); `data` overrides. */
export function publishedLibraryItem(authorId: string, title: string, data: Record<string, unknown> = {}) {
  return db().libraryItem.create({
    data: {
      slug: `item-${Math.random().toString(36).slice(2)}`,
      kind: "INTERVENTIE",
      status: "PUBLISHED",
      publishedAt: new Date(),
      publicOnWeb: true,
      title,
      summary: "Zo werkt het.",
      body: {},
      authorId,
      ...data,
    },
  });
}

/** A seeded user as an Actor. */
export async function prismaUser(email: string) {
  return db().user.findUniqueOrThrow({ where: { email }, select: { id: true, globalRole: true, displayName: true, email: true } });
}

/** The multipart POST of the upload form on a library item (`fields`: the form key, for one). */
export function uploadRequest(
  slug: string,
  cookie: string,
  file: { name: string; bytes: Uint8Array },
  fields: Record<string, string> = {},
): Request {
  const base = "http://localhost:3000";
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new File([new Uint8Array(file.bytes)], file.name));
  return new Request(`${base}/bibliotheek/${slug}/bijlagen`, { method: "POST", body: form, headers: { Cookie: cookie, Origin: base } });
}

/**
 * The library form's fields for a practice case ("praktijkcase") submitted for review: a bakery
 * that lets applicants walk along for a morning. The tags repeat one in another case, which the
 * form folds into one.
 */
export function caseForm(themeSlug: string, communityId: string, overrides: Record<string, string> = {}) {
  return {
    intent: "submit",
    kind: "PRAKTIJKCASE",
    title: "Meeloopdag in plaats van een brief",
    summary: "Kandidaten lopen een ochtend mee in plaats van een sollicitatiebrief te schrijven.",
    themes: themeSlug,
    organisationName: "Bakkerij De Korenaar",
    sectors: "AGRO_FOOD",
    organisationSizes: "MKB",
    region: "foodvalley",
    challenge: "Weinig reacties op vacatures.",
    approach: "Iedereen die reageert mag een ochtend meelopen.",
    phases: "WERVING_SELECTIE",
    tags: "meeloopdag, MKB, mkb",
    bodyText: "",
    communityId,
    ...overrides,
  };
}
