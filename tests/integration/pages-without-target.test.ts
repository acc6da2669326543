/**
 * Two pages reached through links that fill them in, opened without (typed, bookmarked, a link cut
 * short; decision 286): the comparison of review rounds offers the rounds to choose from, or says
 * that two are needed; /melden says how to report and where to go. Nothing is given: 200. Half a
 * link: 400 with the same help. A round or target that does not exist stays a 404.
 */
import { describe, expect, it } from "vitest";
import { loader as reportLoader } from "../../app/routes/melden.tsx";
import { loader as compareLoader } from "../../app/routes/werkagenda.herijking.vergelijken.tsx";
import { db } from "../../server/db.ts";
import { createUser, sessionCookieFor } from "../helpers/factories.ts";
import { callLoader, getRequest } from "../helpers/remix.ts";

type CompareBody = { choose: { rounds: { id: string; title: string }[]; incomplete: boolean } | null; changes: unknown[] | null };

const compare = async (query = "") => {
  const result = await callLoader(compareLoader, getRequest(`/werkagenda/herijking/vergelijken${query}`));
  return { status: result.status, body: result.body as CompareBody };
};

async function round(title: string, createdAt: Date) {
  const snapshot = { version: 1, takenAt: createdAt.toISOString(), themes: [] };
  return db().reviewRound.create({
    data: { title, period: "2026-1", opensAt: createdAt, closesAt: createdAt, snapshot, snapshotAt: createdAt, createdAt },
    select: { id: true },
  });
}

describe("pages opened without what their links fill in", () => {
  it("comparing rounds without two rounds explains what is needed, then offers the rounds", async () => {
    expect(await compare()).toEqual({
      status: 200,
      body: expect.objectContaining({ choose: { rounds: [], incomplete: false, before: "", after: "" } }),
    });
    const spring = await round("Herijking voorjaar 2026", new Date("2026-03-01T00:00:00Z"));
    expect((await compare()).body.choose!.rounds).toEqual([{ id: spring.id, title: "Herijking voorjaar 2026" }]);
    const autumn = await round("Herijking najaar 2026", new Date("2026-09-01T00:00:00Z"));
    const both = await compare();
    expect(both.status).toBe(200);
    expect(both.body.choose!.rounds.map((r) => r.title)).toEqual(["Herijking najaar 2026", "Herijking voorjaar 2026"]);
    // One of the two: a 400 that asks for both, keeping the one that was chosen.
    const half = await compare(`?a=${spring.id}`);
    expect(half.status).toBe(400);
    expect(half.body.choose).toMatchObject({ incomplete: true, before: spring.id, after: "" });
    // Both: the comparison; an unknown round is still not found.
    expect(await compare(`?a=${spring.id}&b=${autumn.id}`)).toMatchObject({ status: 200, body: { choose: null, changes: [] } });
    expect((await compare(`?a=${spring.id}&b=bestaat-niet`)).status).toBe(404);
  });

  it("/melden without a target says how to report; an incomplete or unknown target is a 400, a missing one a 404", async () => {
    const cookie = await sessionCookieFor((await createUser()).id);
    const report = async (query: string) => callLoader(reportLoader, getRequest(`/melden${query}`, cookie));
    expect(await report("")).toMatchObject({ status: 200, body: { target: null, incomplete: false } });
    for (const query of ["?soort=bericht", "?id=abc", "?soort=onzin&id=abc", "?soort=constructor&id=abc", "?soort=__proto__&id=abc"])
      expect(await report(query), query).toMatchObject({ status: 400, body: { target: null, incomplete: true } });
    expect((await report("?soort=bericht&id=bestaat-niet")).status).toBe(404);
    // Signed out, it asks to log in first, as before.
    expect((await callLoader(reportLoader, getRequest("/melden"))).status).toBe(302);
  });
});
