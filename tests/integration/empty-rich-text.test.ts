/**
 * An empty text says which text is missing (decision 286): "Schrijf eerst iets." left a
 * screen-reader user, who hears the message and not the form, guessing. Each form with a
 * rich-text body (a new topic, a reply, an edit, a library item, a proposed change) and the
 * agenda's comment boxes name their own field, in Dutch and English, whether the form was
 * checked by the route (no JavaScript) or the command (the socket, the editor).
 */
import { describe, expect, it } from "vitest";
import { readItemForm } from "../../app/.server/library-form.ts";
import { translator } from "../../app/i18n/index.ts";
import { knowledgeCommentSchema, reviewCommentSchema } from "../../app/shared/agenda.ts";
import type { LibraryItemInput } from "../../app/shared/forms/library.ts";
import { tKey } from "../../app/utils/i18n.ts";
import { createTopic, editMessage, postMessage } from "../../server/discussions/commands.ts";
import { createItem } from "../../server/library/commands.ts";
import { createChannel, createTopic as createTopicRow } from "../helpers/discussion-factories.ts";
import { addMember, createCommunity, createUser } from "../helpers/factories.ts";

const say = (key: string) => [tKey(translator("nl") as never, key), tKey(translator("en") as never, key)];

/** The message of the AppError `run` throws. */
async function refusal(run: () => Promise<unknown>): Promise<string[]> {
  const error = await run().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toMatchObject({ status: 422, details: { field: "body" } });
  return say((error as Error).message);
}

function itemForm(kind: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ kind, title: "Werken met een jobcoach", summary: "Zo begin je.", bodyText: " \n " }))
    form.set(name, value);
  return form;
}

describe("an empty text names what is missing", () => {
  it("a message: a new topic or a reply asks for the message, an edit says a message cannot be empty", async () => {
    const member = await createUser();
    // A member who may post: access is checked before the body (decision 306).
    const community = await createCommunity();
    await addMember(member.id, community.id);
    const channel = await createChannel(community.id, { name: "Algemeen", slug: "algemeen" });
    const topic = await createTopicRow(channel, member.id);
    const blank = { text: "  \n " };
    const message = ["Schrijf eerst je bericht.", "Write your message first."];
    expect(await refusal(() => postMessage(member, { topicId: topic.id, body: blank }))).toEqual(message);
    expect(
      await refusal(() => createTopic(member, community.slug, channel.slug, { title: "Een vraag over werving", body: blank })),
    ).toEqual(message);
    expect(await refusal(() => editMessage(member, "m", blank))).toEqual([
      "Een bericht kan niet leeg zijn. Schrijf iets, of verwijder het bericht.",
      "A message cannot be empty. Write something, or delete the message.",
    ]);
  });

  it("a library item asks for its explanation, a frequently asked question for its answer, a case for nothing", async () => {
    expect(say(readItemForm(itemForm("HANDREIKING")).bodyError!)).toEqual(["Schrijf eerst de uitleg.", "Write the explanation first."]);
    expect(say(readItemForm(itemForm("VEELGESTELDE_VRAAG")).bodyError!)).toEqual([
      "Schrijf eerst het antwoord.",
      "Write the answer first.",
    ]);
    expect(readItemForm(itemForm("PRAKTIJKCASE")).bodyError).toBeNull();
    // The command says the same when a body comes without one (an edit, a proposal, another client).
    const author = await createUser();
    expect(await refusal(() => createItem(author, { kind: "INTERVENTIE" } as LibraryItemInput, null))).toEqual([
      "Schrijf eerst de uitleg.",
      "Write the explanation first.",
    ]);
    expect(await refusal(() => createItem(author, { kind: "VEELGESTELDE_VRAAG" } as LibraryItemInput, null))).toEqual([
      "Schrijf eerst het antwoord.",
      "Write the answer first.",
    ]);
  });

  it("the agenda's comment boxes ask for the comment", () => {
    for (const schema of [reviewCommentSchema, knowledgeCommentSchema]) {
      const parsed = schema.safeParse({ body: " " });
      expect(say(parsed.error!.issues[0]!.message)).toEqual(["Schrijf eerst je reactie.", "Write your comment first."]);
    }
  });
});
