/** The enum values forms share with the domain (app/shared/enums.ts) mirror the Prisma enums. */
import { describe, expect, it } from "vitest";
import * as shared from "../../app/shared/enums.ts";
import * as prisma from "../../server/generated/prisma/enums.ts";

describe("app/shared/enums.ts", () => {
  it("mirrors the Prisma enums, in order", () => {
    expect(shared.FIELD_ROLES).toEqual(Object.values(prisma.FieldRole));
    expect(shared.GLOBAL_ROLES).toEqual(Object.values(prisma.GlobalRole));
    expect(shared.COMMUNITY_KINDS).toEqual(Object.values(prisma.CommunityKind));
    expect(shared.ACCESS_MODES).toEqual(Object.values(prisma.AccessMode));
    expect(shared.COMMUNITY_ROLES).toEqual(Object.values(prisma.CommunityRole));
  });
});
