import type { common as nl } from "../nl/common.ts";
import type { Translation } from "../types.ts";

export const common: Translation<typeof nl> = {
  appName: "Praktijkplein",
  tagline: "Working together for equal chances on the labour market",
  skipToContent: "Skip to content",
  nav: {
    label: "Main menu",
    home: "Home",
    themes: "Themes",
    members: "Members",
    profile: "My profile",
    login: "Log in",
    register: "Create account",
    logout: "Log out",
    logoutEverywhere: "Log out everywhere",
    userMenu: "Menu of {{name}}",
  },
  language: {
    label: "Language",
    switchTo: "Nederlands",
    switchToLabel: "Schakel naar Nederlands",
  },
  footer: {
    about: "Praktijkplein is part of the Dutch work agenda for further integration on the labour market (VIA).",
    privacy: "Privacy",
    accessibility: "Accessibility",
  },
  actions: {
    save: "Save",
    cancel: "Cancel",
    search: "Search",
    filter: "Filter",
    clearFilters: "Clear filters",
    back: "Back",
    next: "Next",
    previous: "Previous",
  },
  pagination: {
    label: "Pagination",
    page: "Page {{page}} of {{count}}",
  },
  roles: {
    MEMBER: "Member",
    MODERATOR: "Moderator",
    ADMIN: "Administrator",
  },
  fieldRoles: {
    KLANTMANAGER: "Client manager (klantmanager)",
    HR_PROFESSIONAL: "HR professional",
    RECRUITER: "Recruiter or staffing agent",
    EMPLOYER: "Employer",
    EDUCATION: "Education or internship coordinator",
    EXPERIENCE_EXPERT: "Expert by experience",
    POLICY_RESEARCH: "Policy or research",
    OTHER: "Other",
  },
  saved: "Your changes have been saved.",
  required: "required",
  optional: "optional",
  none: "None",
  loading: "Working…",
};
