/**
 * Renders an isomorphic component inside a Remix route (createRemixStub), as
 * the app would: with i18next in the chosen language, a loader's data and an
 * action that records what the form posted. For components that use Remix
 * hooks (Form, Link, useLoaderData, useActionData, useNavigation).
 */
import { createRemixStub } from "@remix-run/testing";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n, type Language } from "../../app/i18n/index.ts";

export type Posted = { url: string; fields: Record<string, string | string[]> };

export function renderRoute(
  element: () => ReactElement,
  options: { path?: string; language?: Language; loader?: () => unknown; action?: (posted: Posted) => unknown } = {},
) {
  const path = options.path ?? "/";
  const posted: Posted[] = [];
  const Stub = createRemixStub([
    {
      path,
      Component: element,
      loader: options.loader ? () => options.loader!() as never : undefined,
      action: async ({ request }) => {
        const form = await request.formData();
        const fields: Record<string, string | string[]> = {};
        for (const [name, value] of form) {
          const text = String(value);
          const before = fields[name];
          fields[name] = before === undefined ? text : Array.isArray(before) ? [...before, text] : [before, text];
        }
        const entry = { url: request.url, fields };
        posted.push(entry);
        return (options.action?.(entry) ?? null) as never;
      },
    },
  ]);
  const i18n = createI18n(options.language ?? "nl");
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Stub initialEntries={[path]} />
    </I18nextProvider>,
  );
  return { ...view, posted };
}

/** The text of everything an element's aria-describedby names ("(missing #id)" for an id that is not on the page). */
export function describedByText(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`).join(" | ");
}
