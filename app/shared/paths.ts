/**
 * Typed path builders: where each kind of content lives on this site. Server
 * code (search documents, digests, notifications, moderation) builds its links
 * here instead of with string templates, so a URL changes in one place. The
 * glossary in docs/architecture.md maps each Dutch URL to its area and model.
 */
const seg = (value: string) => encodeURIComponent(value);

export const paths = {
  community: (slug: string) => `/communities/${seg(slug)}`,
  communityMembers: (slug: string) => `/communities/${seg(slug)}/leden`,
  channel: (c: { communitySlug: string; channelSlug: string }) => `/communities/${seg(c.communitySlug)}/discussies/${seg(c.channelSlug)}`,
  topic: (t: { communitySlug: string; channelSlug: string; topicId: string }) =>
    `/communities/${seg(t.communitySlug)}/discussies/${seg(t.channelSlug)}/${seg(t.topicId)}`,
  /** A message in its topic; `from` opens the topic's window at the message (moderation, notifications). */
  message: (m: { communitySlug: string; channelSlug: string; topicId: string; seq: number; from?: boolean }) =>
    `${paths.topic(m)}${m.from ? `?vanaf=${m.seq}` : ""}#bericht-${m.seq}`,
  document: (d: { communitySlug: string; documentId: string }) => `/communities/${seg(d.communitySlug)}/documenten/${seg(d.documentId)}`,
  libraryItem: (slug: string) => `/bibliotheek/${seg(slug)}`,
  /** A meeting (the model is `Event`; the URL says agenda). */
  meeting: (id: string) => `/agenda/${seg(id)}`,
  knowledgeQuestion: (id: string) => `/werkagenda/kennisvragen/${seg(id)}`,
  /** Agenda goals live on their theme's page. */
  agendaTheme: (themeSlug: string) => `/werkagenda/${seg(themeSlug)}`,
  reviewRound: (id: string) => `/werkagenda/herijking/${seg(id)}`,
  member: (id: string) => `/leden/${seg(id)}`,
} as const;
