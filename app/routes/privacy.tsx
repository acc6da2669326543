import type { MetaFunction } from "@remix-run/node";
import { StaticPage } from "~/components/pages/static-page.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";
import { keptForVisitors } from "~/utils/visitor-pages.ts";

/** Visitors' copies of this page may be kept whole (decision 163). */
export const handle = keptForVisitors;

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("pages.privacy.title"));

export default function PrivacyPage() {
  return <StaticPage page="privacy" />;
}
