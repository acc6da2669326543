import type { profile as nl } from "../nl/profile.ts";
import type { Translation } from "../types.ts";

export const profile: Translation<typeof nl> = {
  title: "My profile",
  intro: "Tell other members who you are and where you work. You choose what others see.",
  displayName: "Name",
  organisation: "Organisation",
  fieldRole: "Your role in the field",
  region: "Labour market region",
  regionNone: "Choose a region",
  bio: "About me",
  bioHint: "A few sentences about your work and what you want to learn or share.",
  visibility: "What may other members see?",
  visibilityHint: "Your name is always visible to logged-in members. Nobody sees your email address.",
  showOrganisation: "My organisation",
  showFieldRole: "My role in the field",
  showRegion: "My labour market region",
  showBio: "About me",
  security: "Security",
  logoutEverywhereHint: "Did you stay logged in somewhere, for example on a shared computer? Then log out everywhere.",
  memberSince: "Member since {{date}}",
  communities: "Communities",
  noPublicInfo: "This member shares no other details.",
};
