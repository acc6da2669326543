/** `refuseNulInAddress` (server/http/security.ts): a NUL in the address never reaches a route. */
import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { refuseNulInAddress } from "../../server/http/security.ts";

function run(originalUrl: string) {
  const sent: { status?: number; body?: string } = {};
  const res = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    type() {
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  } as unknown as Response;
  let passed = false;
  refuseNulInAddress({ originalUrl, path: originalUrl.split("?")[0] } as Request, res, (() => (passed = true)) as NextFunction);
  return { passed, ...sent };
}

describe("a NUL in the address", () => {
  it("is refused with a 400 in a path segment or a query value, in any case", () => {
    for (const url of [
      "/agenda/%00",
      "/werkagenda/kennisvragen/abc%00def",
      "/zoeken?q=%00",
      "/leden?q=a%00",
      "/Agenda/%00".toUpperCase(),
    ]) {
      expect(run(url), url).toMatchObject({ passed: false, status: 400 });
    }
  });

  it("refuses a path that is not valid percent-encoding with the same 400, before Express's router throws on it", () => {
    // Also instead of Express's English "Bad Request" page (a link cut short).
    for (const url of ["/%E0%A4%A", "/agenda/%", "/bibliotheek/%C3", "/bibliotheek/%C0", "/bibliotheek/bijlage/%ZZ?x=1"]) {
      expect(run(url), url).toMatchObject({ passed: false, status: 400 });
    }
  });

  it("lets every other address through", () => {
    for (const url of [
      "/",
      "/agenda/clx123",
      "/zoeken?q=100%25",
      "/bibliotheek?q=%2500",
      "/kalender/abc.1.sig/agenda.ics",
      "/themas/%C3%A9",
    ]) {
      expect(run(url), url).toMatchObject({ passed: true });
    }
  });
});
