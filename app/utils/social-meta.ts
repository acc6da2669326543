import type { MetaDescriptor } from "@remix-run/node";

/** Open Graph and Twitter card tags for a page that may be shared on the open web. */
export function socialMeta(input: {
  title: string;
  description: string;
  url: string;
  siteName: string;
  type?: "website" | "article";
  locale?: string;
}): MetaDescriptor[] {
  return [
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description },
    { property: "og:type", content: input.type ?? "website" },
    { property: "og:url", content: input.url },
    { property: "og:site_name", content: input.siteName },
    { property: "og:locale", content: input.locale === "en" ? "en_GB" : "nl_NL" },
    { name: "twitter:card", content: "summary" },
    { tagName: "link", rel: "canonical", href: input.url },
  ];
}
