/**
 * The authorization matrix: for every route module in app/routes and every
 * socket event, who gets what. tests/integration/authorization-matrix.test.ts
 * enumerates the route files and the registered socket handlers at test time
 * and fails on any that is missing here, then calls each loader, action and
 * event as every actor against the seeded world (tests/authorization/fixtures.ts)
 * and compares the outcome. How to add an entry: docs/decisions/068.
 *
 * Outcomes of HTTP calls:
 *   "ok"       2xx (the page or file)
 *   "redirect" a 3xx elsewhere than the login page (e.g. after a successful action,
 *              or a logged-in member sent away from /inloggen)
 *   "invalid"  400/409/413/422/429: authorised, the (empty or sample) form was refused
 *   "login"    a redirect to /inloggen (not signed in)
 *   401        not signed in, for JSON endpoints (no redirect)
 *   403, 404, 410
 * Anything 5xx or a thrown non-Response is always a failure.
 * Actions are called with the case's `form` (default: empty), so a mutation by
 * an authorised actor normally ends as "invalid" — proof that the policy let it
 * through to validation — without changing the seeded world.
 */
import type { Actor, World } from "./fixtures.ts";

export type Outcome = "ok" | "redirect" | "invalid" | "login" | 401 | 403 | 404 | 410;
export type Expectation = Record<Actor, Outcome>;

export type RouteCase = {
  /** The resource state this case exercises ("invite-only community", "draft item", …). */
  state: string;
  url: (w: World) => string;
  params?: (w: World) => Record<string, string>;
  /**
   * Fields posted to the action (default: none). Give a VALID form for
   * mutations whose route validates before it authorizes, so a refusal can
   * only come from the policy. `actor` lets each actor's form differ (unique names).
   */
  form?: (w: World, actor: Actor) => Record<string, string>;
  /**
   * Fields of `form` that name what is acted on (a report, a target, a community). The check that
   * refused actors are refused before validation (decision 306) breaks every other field but these
   * and `intent`: the refusal may depend on what they name, never on the rest of the form.
   */
  keeps?: readonly string[];
  loader?: Expectation;
  action?: Expectation;
};

/** A route module with no loader and no action (a static page) says so, with nothing to check. */
export type RouteEntry = { cases: RouteCase[] } | { static: true };

// ---------------------------------------------------------------- presets

const all = (outcome: Outcome): Expectation => ({
  anonymous: outcome,
  outsider: outcome,
  member: outcome,
  facilitator: outcome,
  moderator: outcome,
  admin: outcome,
});
const signedIn = (outcome: Outcome, anonymous: Outcome = "login"): Expectation => ({ ...all(outcome), anonymous });
/** Members and facilitators of the community, moderators and admins: the outsider is refused. */
const readers = (outcome: Outcome, refused: { anonymous: Outcome; outsider: Outcome }): Expectation => ({ ...all(outcome), ...refused });
/** Facilitators of the community (and moderators, admins). */
const facilitators = (outcome: Outcome, refused: { anonymous: Outcome; outsider: Outcome; member: Outcome }): Expectation => ({
  ...all(outcome),
  ...refused,
});
const staff = (outcome: Outcome, refused: Outcome, anonymous: Outcome = "login"): Expectation => ({
  ...all(refused),
  anonymous,
  moderator: outcome,
  admin: outcome,
});
const adminOnly = (outcome: Outcome, refused: Outcome): Expectation => ({ ...all(refused), anonymous: "login", admin: outcome });
/** Writing in a community: its members and facilitators only (global roles read, but do not write). */
const members = (outcome: Outcome, which: "open" | "closed"): Expectation => ({
  anonymous: "login",
  outsider: which === "open" ? 403 : 404,
  member: outcome,
  facilitator: outcome,
  moderator: 403,
  admin: 403,
});
const with_ = (base: Expectation, overrides: Partial<Expectation>): Expectation => ({ ...base, ...overrides });

const c = (w: World, which: "open" | "closed") => w[which];
const communityParams = (which: "open" | "closed") => (w: World) => ({ slug: c(w, which).community.slug });
const channelParams = (which: "open" | "closed") => (w: World) => ({ slug: c(w, which).community.slug, channel: c(w, which).channel.slug });
const topicParams =
  (which: "open" | "closed", topic: "topic" | "lockedTopic" = "topic") =>
  (w: World) => ({ ...channelParams(which)(w), topic: c(w, which)[topic].id });
const documentParams = (which: "open" | "closed") => (w: World) => ({ slug: c(w, which).community.slug, id: c(w, which).document.id });
const itemParams = (item: "published" | "membersOnly" | "draft" | "toArchive" | "publicCase" | "membersCase") => (w: World) => ({
  slug: w.library[item].slug,
});

/** Per community state: the same case for the open and the invite-only community. */
function perCommunity(make: (which: "open" | "closed") => RouteCase): RouteCase[] {
  return [make("open"), make("closed")];
}
const closedRefusal = { anonymous: 404, outsider: 404 } as const;
/** Signed-in pages of the invite-only community: the visitor logs in first, the outsider does not learn it exists. */
const closedRefusal404Login = { anonymous: "login", outsider: 404 } as const;
/** Organising events in a community: its facilitators and, by decision 070, global moderators and admins. */
const organisers = (outcome: Outcome, which: "open" | "closed"): Expectation => ({
  anonymous: "login",
  outsider: which === "open" ? 403 : 404,
  member: 403,
  facilitator: outcome,
  moderator: outcome,
  admin: outcome,
});
const themeParams = (w: World) => ({ theme: w.theme.slug });
/** A valid event form (times in the future, wall clock in Europe/Amsterdam). */
const meetingForm = (title: string) => ({
  title,
  description: "We delen wat werkt.",
  location: "Utrecht",
  startsAt: "2027-03-10T10:00",
  endsAt: "2027-03-10T12:00",
  capacity: "30",
});

// ---------------------------------------------------------------- routes

export const ROUTE_MATRIX: Record<string, RouteEntry> = {
  "_index.tsx": { cases: [{ state: "home", url: () => "/", loader: all("ok") }] },
  "privacy.tsx": { static: true },
  "toegankelijkheid.tsx": { static: true },
  "communities.$slug._index.tsx": { static: true },
  "taal.tsx": {
    cases: [
      {
        state: "language switch",
        url: () => "/taal",
        form: () => ({ lang: "en", redirectTo: "/" }),
        loader: all("redirect"),
        action: all("redirect"),
      },
    ],
  },

  // Accounts
  "inloggen.tsx": { cases: [{ state: "login", url: () => "/inloggen", loader: signedIn("redirect", "ok"), action: all("invalid") }] },
  "registreren.tsx": {
    cases: [{ state: "register", url: () => "/registreren", loader: signedIn("redirect", "ok"), action: all("invalid") }],
  },
  "uitloggen.tsx": { cases: [{ state: "logout", url: () => "/uitloggen", loader: all("redirect"), action: all("redirect") }] },
  "wachtwoord-vergeten.tsx": { cases: [{ state: "request reset", url: () => "/wachtwoord-vergeten", action: all("invalid") }] },
  "uitnodiging.$token.tsx": {
    cases: [
      {
        state: "unknown token",
        url: () => "/uitnodiging/onbekend",
        params: () => ({ token: "onbekend" }),
        loader: all("ok"),
        action: signedIn(410),
      },
    ],
  },
  "wachtwoord-herstellen.$token.tsx": {
    cases: [
      {
        state: "unknown token",
        url: () => "/wachtwoord-herstellen/onbekend",
        params: () => ({ token: "onbekend" }),
        loader: all("ok"),
        action: all("invalid"),
      },
    ],
  },
  // E-mail verification (decision 110): the world's accounts are verified, so "send again" has nothing to send (409).
  "e-mailadres-bevestigen._index.tsx": {
    cases: [{ state: "verification status", url: () => "/e-mailadres-bevestigen", loader: signedIn("ok"), action: signedIn("invalid") }],
  },
  "e-mailadres-bevestigen.$token.tsx": {
    cases: [
      {
        state: "unknown link",
        url: () => "/e-mailadres-bevestigen/onbekend",
        params: () => ({ token: "onbekend" }),
        loader: all("ok"),
        action: all(410),
      },
    ],
  },
  "profiel_.e-mailadres.tsx": {
    cases: [{ state: "change own address", url: () => "/profiel/e-mailadres", loader: signedIn("ok"), action: signedIn("invalid") }],
  },
  "profiel.tsx": { cases: [{ state: "own profile", url: () => "/profiel", loader: signedIn("ok"), action: signedIn("invalid") }] },
  "profiel_.gegevens.tsx": {
    cases: [{ state: "own data page", url: () => "/profiel/gegevens", loader: signedIn("ok"), action: signedIn("redirect") }],
  },
  "profiel_.gegevens.download.$id.tsx": {
    cases: [
      {
        state: "the member's export",
        url: (w) => `/profiel/gegevens/download/${w.dataExport.id}`,
        params: (w) => ({ id: w.dataExport.id }),
        loader: with_(signedIn(404), { member: "ok" }),
      },
    ],
  },
  "profiel_.verwijderen.tsx": {
    cases: [{ state: "delete own account", url: () => "/profiel/verwijderen", loader: signedIn("ok"), action: signedIn("invalid") }],
  },
  "leden._index.tsx": { cases: [{ state: "member directory", url: () => "/leden", loader: signedIn("ok") }] },
  "leden.$id.tsx": {
    cases: [
      {
        state: "another member's profile",
        url: (w) => `/leden/${w.users.member!.id}`,
        params: (w) => ({ id: w.users.member!.id }),
        loader: signedIn("ok"),
      },
    ],
  },

  // Notifications and mail
  "meldingen._index.tsx": {
    cases: [{ state: "own notifications", url: () => "/meldingen", loader: signedIn("ok"), action: signedIn("invalid") }],
  },
  "meldingen.$id.tsx": {
    cases: [
      {
        state: "the member's notification",
        url: (w) => `/meldingen/${w.notification.id}`,
        params: (w) => ({ id: w.notification.id }),
        loader: with_(signedIn(404), { member: "redirect" }),
      },
    ],
  },
  "instellingen.meldingen.tsx": {
    cases: [{ state: "own settings", url: () => "/instellingen/meldingen", loader: signedIn("ok"), action: signedIn("invalid") }],
  },
  "afmelden.$token.tsx": {
    cases: [
      {
        state: "valid signed token (no login needed)",
        url: (w) => `/afmelden/${w.unsubscribe}`,
        params: (w) => ({ token: w.unsubscribe }),
        loader: all("ok"),
      },
      {
        state: "forged token",
        url: () => "/afmelden/vervalst",
        params: () => ({ token: "vervalst" }),
        loader: all("invalid"),
        action: all("invalid"),
      },
    ],
  },
  "beheer.wachtrijen.tsx": {
    cases: [
      {
        state: "queue admin (admins only)",
        url: () => "/beheer/wachtrijen",
        form: () => ({ intent: "retry-all", queue: "mail" }),
        loader: adminOnly("ok", 403),
        action: adminOnly("redirect", 403),
      },
    ],
  },
  // Development tools: open in development and test, 404 in production (checked by the routes themselves).
  "ontwikkeling.mails._index.tsx": { cases: [{ state: "development mail list", url: () => "/ontwikkeling/mails", loader: all("ok") }] },
  "ontwikkeling.mails.$file._index.tsx": {
    cases: [
      {
        state: "unknown mail file",
        url: () => "/ontwikkeling/mails/onbekend.eml",
        params: () => ({ file: "onbekend.eml" }),
        loader: all(404),
      },
    ],
  },
  "ontwikkeling.mails.$file.eml.tsx": {
    cases: [
      {
        state: "unknown mail file",
        url: () => "/ontwikkeling/mails/onbekend.eml/eml",
        params: () => ({ file: "onbekend.eml" }),
        loader: all(404),
      },
    ],
  },
  "ontwikkeling.mails.$file.html.tsx": {
    cases: [
      {
        state: "unknown mail file",
        url: () => "/ontwikkeling/mails/onbekend.eml/html",
        params: () => ({ file: "onbekend.eml" }),
        loader: all(404),
      },
    ],
  },

  // Themes, search
  "themas._index.tsx": { cases: [{ state: "themes", url: () => "/themas", loader: all("ok") }] },
  "themas.$slug.tsx": {
    cases: [{ state: "a theme", url: (w) => `/themas/${w.theme.slug}`, params: (w) => ({ slug: w.theme.slug }), loader: all("ok") }],
  },
  "zoeken._index.tsx": { cases: [{ state: "search", url: () => "/zoeken?q=inwerken", loader: all("ok") }] },
  "zoeken.suggesties.ts": { cases: [{ state: "suggestions", url: () => "/zoeken/suggesties?q=inw", loader: all("ok") }] },

  // Communities
  "communities.$slug.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}`,
      params: communityParams(which),
      form: () => ({ intent: "withdraw" }),
      loader: which === "open" ? all("ok") : readers("ok", closedRefusal),
      action: which === "open" ? signedIn("redirect") : readers("redirect", { anonymous: "login", outsider: 404 }),
    })),
  },
  "communities.$slug.leden.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/leden`,
      params: communityParams(which),
      // Not signed in: asked to log in (an invite-only community stays invisible: 404).
      loader: which === "open" ? { ...signedIn("ok", 403), anonymous: "login" } : readers("ok", closedRefusal),
    })),
  },
  "communities.$slug.beheer.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/beheer`,
      params: communityParams(which),
      form: (_w, actor) => ({ intent: "invite", email: `uitgenodigd-${which}-${actor}@praktijkplein.test`, role: "MEMBER" }),
      // Community management: its facilitators and admins; a global moderator is not a facilitator.
      loader: with_(facilitators("ok", { anonymous: "login", outsider: which === "open" ? 403 : 404, member: 403 }), {
        moderator: which === "open" ? 403 : 403,
      }),
      action: with_(facilitators("redirect", { anonymous: "login", outsider: which === "open" ? 403 : 404, member: 403 }), {
        moderator: 403,
      }),
    })),
  },
  "communities_.$slug.vermeldingen.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/vermeldingen?q=m`,
      params: communityParams(which),
      // JSON for the mention picker: 401 instead of a redirect. Only those who can write a mention
      // get the member list: a signed-in reader of an open community is refused (issue 15, F16).
      loader: readers("ok", { anonymous: 401, outsider: which === "open" ? 403 : 404 }),
    })),
  },
  "communities.$slug.praktijkvoorbeelden.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} do-network`,
      url: (w) => `/communities/${c(w, which).community.slug}/praktijkvoorbeelden`,
      params: communityParams(which),
      loader: which === "open" ? all("ok") : readers("ok", closedRefusal),
    })),
  },

  // Discussions
  "communities.$slug.discussies._index.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/discussies`,
      params: communityParams(which),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
    })),
  },
  "communities.$slug.discussies.kanalen.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/discussies/kanalen`,
      params: communityParams(which),
      form: (_w, actor) => ({ intent: "create", name: `Kanaal van ${actor}` }),
      loader: with_(facilitators("ok", { anonymous: "login", outsider: which === "open" ? 403 : 404, member: 403 }), { moderator: 403 }),
      action: with_(facilitators("redirect", { anonymous: "login", outsider: which === "open" ? 403 : 404, member: 403 }), {
        moderator: 403,
      }),
    })),
  },
  "communities.$slug.discussies.$channel._index.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/discussies/${c(w, which).channel.slug}`,
      params: channelParams(which),
      form: (_w, actor) => ({ title: `Nieuw onderwerp van ${actor}`, bodyText: "Wat vinden jullie hiervan?" }),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
      action: members("redirect", which),
    })),
  },
  "communities.$slug.discussies.$channel.$topic.tsx": {
    cases: [
      ...perCommunity((which) => ({
        state: `${which} community`,
        url: (w) => `/communities/${c(w, which).community.slug}/discussies/${c(w, which).channel.slug}/${c(w, which).topic.id}`,
        params: topicParams(which),
        form: () => ({ intent: "post", bodyText: "Een reactie" }),
        loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
        action: readers("redirect", { anonymous: "login", outsider: which === "open" ? 403 : 404 }),
      })),
      {
        state: "locked topic: replying",
        url: (w) => `/communities/${w.open.community.slug}/discussies/${w.open.channel.slug}/${w.open.lockedTopic.id}`,
        params: topicParams("open", "lockedTopic"),
        form: () => ({ intent: "post", bodyText: "Toch nog een reactie" }),
        // The member is refused by the topic's state (409 locked), the outsider by the community;
        // facilitators and the global moderator/admin may still post (they moderate).
        action: { anonymous: "login", outsider: 403, member: "invalid", facilitator: "redirect", moderator: "redirect", admin: "redirect" },
      },
    ],
  },

  // Documents
  "communities.$slug.documenten._index.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/documenten`,
      params: communityParams(which),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
    })),
  },
  "communities.$slug.documenten.nieuw.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/documenten/nieuw`,
      params: communityParams(which),
      form: (_w, actor) => ({ title: `Document van ${actor}`, template: "blank" }),
      // Writing needs a membership: moderators and admins read but do not create.
      loader: with_(readers("ok", { anonymous: "login", outsider: which === "open" ? 403 : 404 }), { moderator: 403, admin: 403 }),
      action: with_(readers("redirect", { anonymous: "login", outsider: which === "open" ? 403 : 404 }), { moderator: 403, admin: 403 }),
    })),
  },
  "communities.$slug.documenten.$id._index.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/documenten/${c(w, which).document.id}`,
      params: documentParams(which),
      form: (_w, actor) => ({ intent: "version", name: `Versie van ${actor}` }),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
      action: members("redirect", which),
    })),
  },
  "communities.$slug.documenten.$id.geschiedenis.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/documenten/${c(w, which).document.id}/geschiedenis`,
      params: documentParams(which),
      form: (w) => ({ intent: "restore", versionId: c(w, which).version.id }),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
      action: members("redirect", which),
    })),
  },
  "communities.$slug.documenten.$id.versies.$versionId.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/documenten/${c(w, which).document.id}/versies/${c(w, which).version.id}`,
      params: (w) => ({ ...documentParams(which)(w), versionId: c(w, which).version.id }),
      form: (w) => ({ intent: "restore", versionId: c(w, which).version.id }),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
      action: members("redirect", which),
    })),
  },
  "communities.$slug.documenten.$id.export.$format.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/documenten/${c(w, which).document.id}/export/md`,
      params: (w) => ({ ...documentParams(which)(w), format: "md" }),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
    })),
  },

  // Library
  "bibliotheek._index.tsx": { cases: [{ state: "library", url: () => "/bibliotheek", loader: all("ok") }] },
  "menukaart.tsx": { cases: [{ state: "menukaart", url: () => "/menukaart", loader: all("ok") }] },
  "menukaart[.]csv.tsx": { cases: [{ state: "menukaart csv", url: () => "/menukaart.csv", loader: all("ok") }] },
  "menukaart[.]pdf.tsx": { cases: [{ state: "menukaart pdf", url: () => "/menukaart.pdf", loader: all("ok") }] },
  "bibliotheek.nieuw.tsx": {
    cases: [{ state: "submit an item", url: () => "/bibliotheek/nieuw", loader: signedIn("ok"), action: signedIn("invalid") }],
  },
  // Moderators and admins see the whole queue; facilitators the items of their communities (policy canReview).
  "bibliotheek.beheer.tsx": {
    cases: [{ state: "curation queue", url: () => "/bibliotheek/beheer", loader: with_(staff("ok", 404), { facilitator: "ok" }) }],
  },
  "bibliotheek.$slug.tsx": {
    cases: [
      {
        state: "published, public on the web",
        url: (w) => `/bibliotheek/${w.library.published.slug}`,
        params: itemParams("published"),
        loader: all("ok"),
      },
      {
        state: "published item: archiving (curators only)",
        url: (w) => `/bibliotheek/${w.library.toArchive.slug}`,
        params: itemParams("toArchive"),
        form: () => ({ intent: "archive" }),
        // The moderator archives it; the admin's call then meets an archived item (409).
        action: { anonymous: "login", outsider: 403, member: 403, facilitator: 403, moderator: "redirect", admin: "invalid" },
      },
      // A proposed change (decision 102): only curators decide; here there is none to decide on (409).
      {
        state: "published item: approving a proposed change (curators only)",
        url: (w) => `/bibliotheek/${w.library.published.slug}`,
        params: itemParams("published"),
        form: () => ({ intent: "approveChange" }),
        action: { anonymous: "login", outsider: 403, member: 403, facilitator: 403, moderator: "invalid", admin: "invalid" },
      },
      {
        state: "published item: withdrawing a proposed change (its author only)",
        url: (w) => `/bibliotheek/${w.library.published.slug}`,
        params: itemParams("published"),
        form: () => ({ intent: "withdrawChange" }),
        action: { anonymous: "login", outsider: 403, member: "invalid", facilitator: 403, moderator: 403, admin: 403 },
      },
      {
        state: "published, members only",
        url: (w) => `/bibliotheek/${w.library.membersOnly.slug}`,
        params: itemParams("membersOnly"),
        loader: signedIn("ok"),
      },
      {
        state: "draft of the member",
        url: (w) => `/bibliotheek/${w.library.draft.slug}`,
        params: itemParams("draft"),
        form: () => ({ intent: "withdraw" }),
        loader: with_(staff("ok", 404, "login"), { member: "ok" }),
        action: { anonymous: "login", outsider: 404, member: "invalid", facilitator: 404, moderator: 403, admin: 403 },
      },
    ],
  },
  "bibliotheek.$slug_.export.$format.tsx": {
    cases: [
      {
        state: "practice case on the web, as Markdown",
        url: (w) => `/bibliotheek/${w.library.publicCase.slug}/export/md`,
        params: (w) => ({ slug: w.library.publicCase.slug, format: "md" }),
        loader: all("ok"),
      },
      {
        state: "practice case for members only, as HTML",
        url: (w) => `/bibliotheek/${w.library.membersCase.slug}/export/html`,
        params: (w) => ({ slug: w.library.membersCase.slug, format: "html" }),
        // A download link does not send a visitor to the login page: the file is simply not there (404).
        loader: with_(signedIn("ok"), { anonymous: 404 }),
      },
      {
        state: "not a practice case: no file",
        url: (w) => `/bibliotheek/${w.library.published.slug}/export/md`,
        params: (w) => ({ slug: w.library.published.slug, format: "md" }),
        loader: all(404),
      },
    ],
  },
  "bibliotheek.$slug_.bewerken.tsx": {
    cases: [
      {
        state: "draft of the member",
        url: (w) => `/bibliotheek/${w.library.draft.slug}/bewerken`,
        params: itemParams("draft"),
        loader: with_(staff("ok", 404), { member: "ok" }),
        action: with_(staff("invalid", 404), { member: "invalid" }),
      },
      // Published: curators edit; the author gets the same form to propose a change for review (decision 102).
      {
        state: "published item of the member",
        url: (w) => `/bibliotheek/${w.library.published.slug}/bewerken`,
        params: itemParams("published"),
        loader: with_(staff("ok", 403), { member: "ok" }),
        action: with_(staff("invalid", 403), { member: "invalid" }),
      },
    ],
  },
  "bibliotheek.$slug_.bijlagen.tsx": {
    cases: [
      // The loader only redirects to the item page. Who may not edit the item is refused before the
      // upload is read (404: a draft is invisible to them; security walk 14); for the author, the
      // moderator and the admin the empty upload is refused (400); nothing is stored.
      {
        state: "draft of the member",
        url: (w) => `/bibliotheek/${w.library.draft.slug}/bijlagen`,
        params: itemParams("draft"),
        loader: all("redirect"),
        action: { anonymous: "login", outsider: 404, member: "invalid", facilitator: 404, moderator: "invalid", admin: "invalid" },
      },
    ],
  },
  "bibliotheek.bijlage.$id.tsx": {
    cases: [
      {
        state: "attachment of a public item",
        url: (w) => `/bibliotheek/bijlage/${w.library.attachment.id}`,
        params: (w) => ({ id: w.library.attachment.id }),
        loader: all("ok"),
      },
      {
        state: "attachment of a draft",
        url: (w) => `/bibliotheek/bijlage/${w.library.draftAttachment.id}`,
        params: (w) => ({ id: w.library.draftAttachment.id }),
        loader: with_(staff("ok", 404, 404), { member: "ok" }),
      },
    ],
  },

  // Any address no other route matches: 404 for everyone (the root loader still runs).
  "$.tsx": {
    cases: [
      { state: "unknown address", url: () => "/bestaat-niet", params: () => ({ "*": "bestaat-niet" }), loader: all(404), action: all(404) },
    ],
  },
  "communities._index.tsx": { cases: [{ state: "community overview", url: () => "/communities", loader: all("ok") }] },

  // Events (bijeenkomsten, decision 070): no events for visitors; community events for the
  // community's readers; organising by its facilitators and (decision 070) global moderators/admins.
  "agenda._index.tsx": { cases: [{ state: "agenda", url: () => "/agenda", loader: signedIn("ok") }] },
  "agenda.kalender.tsx": {
    // Runs after the loaders (so the feed case below still has its token); each actor renews their own feed.
    cases: [
      {
        state: "own calendar feed",
        url: () => "/agenda/kalender",
        form: () => ({ intent: "regenerate" }),
        loader: signedIn("ok"),
        action: signedIn("redirect"),
      },
    ],
  },
  "kalender.$token.agenda[.]ics.ts": {
    cases: [
      // The feed's signed token is the credential: no session needed.
      {
        state: "the member's feed token",
        url: (w) => w.feedPath,
        params: (w) => ({ token: w.feedPath.split("/")[2]! }),
        loader: all("ok"),
      },
      { state: "forged token", url: () => "/kalender/vervalst/agenda.ics", params: () => ({ token: "vervalst" }), loader: all(404) },
    ],
  },
  "agenda.nieuw.tsx": {
    cases: [
      {
        state: "platform-wide event",
        url: () => "/agenda/nieuw",
        form: (_w, actor) => meetingForm(`Landelijke bijeenkomst van ${actor}`),
        loader: staff("ok", 403),
        action: staff("redirect", 403),
      },
      ...perCommunity((which) => ({
        state: `event in ${which} community`,
        url: (w: World) => `/agenda/nieuw?community=${c(w, which).community.slug}`,
        form: (w: World, actor: Actor) => ({ ...meetingForm(`Bijeenkomst van ${actor}`), community: c(w, which).community.slug }),
        keeps: ["community"],
        loader: organisers("ok", which),
        action: organisers("redirect", which),
      })),
    ],
  },
  "agenda.$id.tsx": {
    cases: [
      {
        state: "event in invite-only community: RSVP",
        url: (w) => `/agenda/${w.meetings.closed.id}`,
        params: (w) => ({ id: w.meetings.closed.id }),
        form: () => ({ intent: "rsvp", answer: "MAYBE" }),
        loader: readers("ok", closedRefusal404Login),
        action: readers("redirect", closedRefusal404Login),
      },
      {
        state: "event in invite-only community: notes before it starts",
        url: (w) => `/agenda/${w.meetings.closed.id}`,
        params: (w) => ({ id: w.meetings.closed.id }),
        form: () => ({ intent: "notes" }),
        // Organisers pass the policy and meet the state (409 too early); a member may not start notes.
        action: organisers("invalid", "closed"),
      },
      {
        state: "platform-wide event: RSVP",
        url: (w) => `/agenda/${w.meetings.platform.id}`,
        params: (w) => ({ id: w.meetings.platform.id }),
        form: () => ({ intent: "rsvp", answer: "MAYBE" }),
        loader: signedIn("ok"),
        action: signedIn("redirect"),
      },
    ],
  },
  "agenda.$id_.bewerken.tsx": {
    cases: [
      {
        state: "event in invite-only community",
        url: (w) => `/agenda/${w.meetings.closed.id}/bewerken`,
        params: (w) => ({ id: w.meetings.closed.id }),
        form: (w) => meetingForm(w.meetings.closed.title),
        loader: organisers("ok", "closed"),
        action: organisers("redirect", "closed"),
      },
      {
        state: "platform-wide event",
        url: (w) => `/agenda/${w.meetings.platform.id}/bewerken`,
        params: (w) => ({ id: w.meetings.platform.id }),
        form: (w) => meetingForm(w.meetings.platform.title),
        loader: staff("ok", 403),
        action: staff("redirect", 403),
      },
    ],
  },
  "agenda.$id_.kalender[.]ics.ts": {
    cases: [
      {
        state: "event in invite-only community",
        url: (w) => `/agenda/${w.meetings.closed.id}/kalender.ics`,
        params: (w) => ({ id: w.meetings.closed.id }),
        loader: readers("ok", closedRefusal404Login),
      },
      {
        state: "platform-wide event",
        url: (w) => `/agenda/${w.meetings.platform.id}/kalender.ics`,
        params: (w) => ({ id: w.meetings.platform.id }),
        loader: signedIn("ok"),
      },
    ],
  },
  "communities.$slug.bijeenkomsten.tsx": {
    cases: perCommunity((which) => ({
      state: `${which} community`,
      url: (w) => `/communities/${c(w, which).community.slug}/bijeenkomsten`,
      params: communityParams(which),
      loader: readers("ok", { anonymous: "login", outsider: which === "open" ? "ok" : 404 }),
    })),
  },

  // Work agenda (decision 075): goals, dashboard, CSV and review rounds are public; discussion is for
  // members; measurements for the Kennisagenda community (only `member` belongs to it) and moderators;
  // management for moderators and admins.
  "werkagenda._index.tsx": { cases: [{ state: "dashboard", url: () => "/werkagenda", loader: all("ok") }] },
  "werkagenda.$theme.tsx": {
    cases: [
      { state: "a theme's goals", url: (w) => `/werkagenda/${w.theme.slug}`, params: themeParams, loader: all("ok") },
      { state: "unknown theme", url: () => "/werkagenda/onbekend", params: () => ({ theme: "onbekend" }), loader: all(404) },
    ],
  },
  "werkagenda.$theme_.export[.]csv.tsx": {
    cases: [{ state: "a theme's CSV", url: (w) => `/werkagenda/${w.theme.slug}/export.csv`, params: themeParams, loader: all("ok") }],
  },
  "werkagenda.$theme_.beheer.tsx": {
    cases: [
      {
        state: "managing goals",
        url: (w) => `/werkagenda/${w.theme.slug}/beheer`,
        params: themeParams,
        form: (_w, actor) => ({ intent: "goal", title: `Een doel van ${actor}`, description: "Een doel om samen aan te werken." }),
        loader: staff("ok", 403),
        action: staff("redirect", 403),
      },
      {
        state: "editing a goal",
        url: (w) => `/werkagenda/${w.theme.slug}/beheer`,
        params: themeParams,
        form: (w, actor) => ({
          intent: "editGoal",
          goalId: w.agenda.goal.id,
          title: `Een doel gewijzigd door ${actor}`,
          description: "Een doel om samen aan te werken.",
        }),
        action: staff("redirect", 403),
      },
    ],
  },
  "werkagenda.$theme_.meting.tsx": {
    cases: [
      {
        state: "recording a measurement",
        url: (w) => `/werkagenda/${w.theme.slug}/meting`,
        params: themeParams,
        form: (w) => ({ indicatorId: w.agenda.indicator.id, value: "12", measuredOn: "2026-06-30", source: "CBS-cijfers" }),
        loader: with_(staff("ok", 403), { member: "ok" }),
        action: with_(staff("redirect", 403), { member: "redirect" }),
      },
    ],
  },
  "werkagenda.herijking._index.tsx": {
    cases: [
      {
        state: "review rounds",
        url: () => "/werkagenda/herijking",
        form: (_w, actor) => ({ title: `Herijking door ${actor}`, period: "2027-H1", opensAt: "2027-01-01", closesAt: "2027-02-01" }),
        loader: all("ok"),
        action: staff("redirect", 403),
      },
    ],
  },
  "werkagenda.herijking.$id.tsx": {
    cases: [
      {
        state: "open round: commenting",
        url: (w) => `/werkagenda/herijking/${w.agenda.round.id}`,
        params: (w) => ({ id: w.agenda.round.id }),
        form: (_w, actor) => ({ intent: "comment", body: `Reactie van ${actor} op de herijking.` }),
        loader: all("ok"),
        action: signedIn("redirect"),
      },
      {
        state: "open round: recording a decision",
        url: (w) => `/werkagenda/herijking/${w.agenda.round.id}`,
        params: (w) => ({ id: w.agenda.round.id }),
        form: () => ({ intent: "decision", kind: "OTHER", text: "We houden het doel zoals het is." }),
        action: staff("redirect", 403),
      },
    ],
  },
  "werkagenda.herijking.vergelijken.tsx": {
    cases: [
      {
        state: "comparing rounds",
        url: (w) => `/werkagenda/herijking/vergelijken?a=${w.agenda.round.id}&b=${w.agenda.round.id}`,
        loader: all("ok"),
      },
      {
        state: "choosing the rounds (opened without them)",
        url: () => "/werkagenda/herijking/vergelijken",
        loader: all("ok"),
      },
    ],
  },
  "werkagenda.kennisvragen._index.tsx": {
    cases: [
      {
        state: "proposing a question",
        url: () => "/werkagenda/kennisvragen",
        form: (w, actor) => ({
          intent: "propose",
          theme: w.theme.slug,
          title: `Een kennisvraag van ${actor}`,
          body: "Wat weten we hier al over?",
        }),
        loader: signedIn("ok"),
        action: signedIn("redirect"),
      },
      {
        state: "voting",
        url: () => "/werkagenda/kennisvragen",
        form: (w) => ({ intent: "vote", questionId: w.agenda.question.id }),
        action: signedIn("redirect"),
      },
    ],
  },
  "werkagenda.kennisvragen.$id.tsx": {
    cases: [
      {
        state: "commenting on a question",
        url: (w) => `/werkagenda/kennisvragen/${w.agenda.question.id}`,
        params: (w) => ({ id: w.agenda.question.id }),
        form: (_w, actor) => ({ intent: "comment", body: `Reactie van ${actor}` }),
        loader: signedIn("ok"),
        action: signedIn("redirect"),
      },
      {
        state: "linking an answer (curators only)",
        url: (w) => `/werkagenda/kennisvragen/${w.agenda.question.id}`,
        params: (w) => ({ id: w.agenda.question.id }),
        form: (w) => ({ intent: "link", item: w.library.published.slug }),
        action: staff("redirect", 403),
      },
    ],
  },

  // Moderation (decision 060): any signed-in reader reports what they can see (not their own);
  // the queue is for facilitators (reports in their communities) and moderators/admins (all);
  // suspending is platform-wide (moderators/admins); the audit log is for admins.
  "melden.tsx": {
    cases: [
      {
        state: "reporting the member's message in the invite-only community",
        url: (w) => `/melden?soort=bericht&id=${w.closed.message.id}`,
        form: (w) => ({
          targetKind: "MESSAGE",
          targetId: w.closed.message.id,
          reason: "SPAM",
          text: "Dit hoort hier niet.",
          returnTo: "/",
        }),
        keeps: ["targetKind", "targetId"],
        loader: readers("ok", { anonymous: "login", outsider: 404 }),
        // Reporting one's own message is refused (400); others' reports go through.
        action: { anonymous: "login", outsider: 404, member: "invalid", facilitator: "redirect", moderator: "redirect", admin: "redirect" },
      },
      {
        state: "how to report (opened without a target)",
        url: () => "/melden",
        loader: signedIn("ok"),
      },
    ],
  },
  "moderatie.tsx": {
    cases: [
      {
        state: "report about a message in the open community (unhide: allowed on handled reports too)",
        url: () => "/moderatie",
        form: (w) => ({ reportId: w.reports.message.id, action: "UNHIDE", reason: "Toch zichtbaar maken." }),
        keeps: ["reportId"],
        loader: { anonymous: "login", outsider: 403, member: 403, facilitator: "ok", moderator: "ok", admin: "ok" },
        action: { anonymous: "login", outsider: 403, member: 403, facilitator: "redirect", moderator: "redirect", admin: "redirect" },
      },
      {
        state: "report about a profile (no community: outside a facilitator's scope)",
        url: () => "/moderatie",
        form: (w) => ({ reportId: w.reports.profile.id, action: "UNHIDE", reason: "Toch zichtbaar maken." }),
        keeps: ["reportId"],
        action: { anonymous: "login", outsider: 403, member: 403, facilitator: 403, moderator: "redirect", admin: "redirect" },
      },
    ],
  },
  "beheer._index.tsx": {
    cases: [
      {
        state: "admin overview (moderators and admins)",
        url: () => "/beheer",
        loader: { anonymous: "login", outsider: 403, member: 403, facilitator: 403, moderator: "ok", admin: "ok" },
      },
    ],
  },
  "beheer.auditlog.tsx": {
    cases: [{ state: "audit log (moderators and admins)", url: () => "/beheer/auditlog", loader: staff("ok", 403) }],
  },
  "beheer.zoekwoorden.tsx": {
    cases: [
      {
        state: "search thesaurus: add a rule (moderators and admins)",
        url: () => "/beheer/zoekwoorden",
        // A valid form, unique per actor, so only the policy can refuse it.
        form: (_w, actor) => ({ intent: "add", mode: "equivalent", terms: `matrixwoord ${actor}, matrixterm ${actor}` }),
        loader: staff("ok", 403),
        action: staff("redirect", 403),
      },
      {
        state: "search thesaurus: switch a shipped rule off (an unknown rule: 404 for moderators)",
        url: () => "/beheer/zoekwoorden",
        form: () => ({ intent: "disable", id: "=geen|regel" }),
        keeps: ["id"],
        action: staff(404, 403),
      },
    ],
  },
};

// ---------------------------------------------------------------- socket events

export type SocketOutcome = "ok" | 400 | 403 | 404 | 409 | 429;

/**
 * A socket event case: the payload (built from the world) and the outcome per
 * signed-in actor. Anonymous sockets are refused at the handshake (checked
 * once per namespace). `ack: false` marks events without acknowledgement
 * (lifecycle or fire-and-forget): the test checks they are declared.
 */
export type SocketCase = {
  state: string;
  payload: (w: World, actor: Exclude<Actor, "anonymous">) => unknown;
  expect: Record<Exclude<Actor, "anonymous">, SocketOutcome>;
};
export type SocketEntry = { cases: SocketCase[] } | { lifecycle: string } | { namespace: "/collab"; note: string };

const readersSocket = (outsider: SocketOutcome = 404): SocketCase["expect"] => ({
  outsider,
  member: "ok",
  facilitator: "ok",
  moderator: "ok",
  admin: "ok",
});

/** Default namespace ("/"): discussions and notifications. Key: event name. */
export const SOCKET_MATRIX: Record<string, SocketEntry> = {
  disconnect: { lifecycle: "socket.io lifecycle: presence clean-up" },
  error: { lifecycle: "registered by socket.io itself (connection errors)" },
  disconnecting: { lifecycle: "socket.io lifecycle: leaves topic presence" },
  "community:join": {
    cases: [{ state: "invite-only community", payload: (w) => ({ communityId: w.closed.community.id }), expect: readersSocket() }],
  },
  "community:leave": {
    cases: [
      { state: "leaving a room is always allowed", payload: (w) => ({ communityId: w.closed.community.id }), expect: readersSocket("ok") },
    ],
  },
  "topic:join": {
    cases: [{ state: "topic in invite-only community", payload: (w) => ({ topicId: w.closed.topic.id }), expect: readersSocket() }],
  },
  "topic:leave": {
    cases: [{ state: "leaving is always allowed", payload: (w) => ({ topicId: w.closed.topic.id }), expect: readersSocket("ok") }],
  },
  "topic:sync": {
    cases: [
      { state: "topic in invite-only community", payload: (w) => ({ topicId: w.closed.topic.id, afterSeq: 0 }), expect: readersSocket() },
    ],
  },
  "topic:read": {
    cases: [{ state: "topic in invite-only community", payload: (w) => ({ topicId: w.closed.topic.id, seq: 1 }), expect: readersSocket() }],
  },
  "message:send": {
    cases: [
      {
        state: "topic in invite-only community",
        payload: (w) => ({
          topicId: w.closed.topic.id,
          clientKey: `matrix-${Math.random().toString(36).slice(2, 12)}`,
          text: "Een bericht",
        }),
        expect: readersSocket(),
      },
      {
        state: "locked topic",
        payload: (w) => ({
          topicId: w.open.lockedTopic.id,
          clientKey: `matrix-${Math.random().toString(36).slice(2, 12)}`,
          text: "Een bericht",
        }),
        expect: { outsider: 403, member: 409, facilitator: "ok", moderator: "ok", admin: "ok" },
      },
    ],
  },
  "message:edit": {
    cases: [
      {
        state: "the member's message",
        payload: (w) => ({ messageId: w.closed.message.id, text: "Aangepast" }),
        expect: { outsider: 404, member: "ok", facilitator: 403, moderator: 403, admin: 403 },
      },
    ],
  },
  // Reacting is writing: members and facilitators of the community.
  "reaction:toggle": {
    cases: [
      {
        state: "message in invite-only community",
        payload: (w) => ({ messageId: w.closed.message.id, emoji: "heart" }),
        expect: { ...readersSocket(), moderator: 403, admin: 403 },
      },
    ],
  },
  typing: {
    cases: [
      {
        state: "topic not joined",
        payload: (w) => ({ topicId: w.closed.topic.id, typing: true }),
        expect: { outsider: 403, member: 403, facilitator: 403, moderator: 403, admin: 403 },
      },
    ],
  },
  // Each actor deletes a message of the member of its own (w.closed.deletable), so no call sees another's result.
  "message:delete": {
    cases: [
      {
        state: "a message of the member",
        payload: (w, actor) => ({ messageId: w.closed.deletable[actor] }),
        expect: { outsider: 404, member: "ok", facilitator: "ok", moderator: "ok", admin: "ok" },
      },
    ],
  },
};

/** The /collab namespace: access is decided at the handshake (read) and per update (edit). */
export const COLLAB_MATRIX: Record<string, SocketEntry> = {
  sync: {
    namespace: "/collab",
    note: "handshake: readers only (404 for others); updates: editors only, read-only clients get documents.errors.readOnly",
  },
  awareness: { namespace: "/collab", note: "handshake as for sync; cursor state only, never stored" },
  disconnect: { lifecycle: "socket.io lifecycle: leaves the room" },
  error: { lifecycle: "registered by socket.io itself (connection errors)" },
};

/** Who may open a document's collab socket, per community state. */
export const COLLAB_HANDSHAKE: Record<"open" | "closed", Record<Exclude<Actor, "anonymous">, "ok" | "refused">> = {
  // Open communities' documents are readable by every signed-in member (as their pages are).
  open: { outsider: "ok", member: "ok", facilitator: "ok", moderator: "ok", admin: "ok" },
  closed: { outsider: "refused", member: "ok", facilitator: "ok", moderator: "ok", admin: "ok" },
};
