/**
 * An optional checkbox must not carry `required`: screen readers announce it as
 * "verplicht" and the browser would refuse the form before hydration.
 * Found on /profiel by the outside walk (the four "Toon …" checkboxes).
 */
import { getZodConstraint } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { profileSchema, registerSchema } from "~/shared/forms/accounts.ts";
import { digestSettingsSchema } from "~/shared/notifications.ts";

describe("checkbox constraints", () => {
  it("the profile's visibility checkboxes are optional, and still read as booleans", () => {
    const constraint = getZodConstraint(profileSchema);
    for (const name of ["showOrganisation", "showFieldRole", "showRegion", "showBio"] as const) {
      expect(constraint[name]?.required, name).toBe(false);
    }
    const base = { displayName: "Kim Janssen", fieldRole: "OTHER", region: "" };
    const parsed = profileSchema.safeParse({ ...base, showOrganisation: "on" });
    expect(parsed.success && parsed.data.showOrganisation).toBe(true);
    expect(parsed.success && parsed.data.showBio).toBe(false);
    expect(profileSchema.safeParse({ ...base, showBio: "ja" }).success).toBe(false);
  });

  it("turning digests off is optional too", () => {
    expect(getZodConstraint(digestSettingsSchema).digestsEnabled?.required).toBe(false);
  });

  it("accepting the rules when registering stays required", () => {
    expect(getZodConstraint(registerSchema).acceptTerms?.required).toBe(true);
  });
});
