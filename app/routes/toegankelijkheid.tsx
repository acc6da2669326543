import type { MetaFunction } from "@remix-run/node";
import { StaticPage } from "~/components/pages/static-page.tsx";
import { metaT, pageMeta } from "~/utils/meta.ts";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, metaT(matches)("pages.accessibility.title"));

export default function AccessibilityPage() {
  return <StaticPage page="accessibility" />;
}
