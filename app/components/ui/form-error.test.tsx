/**
 * A form-wide error takes focus (decision 231): with JavaScript the alert is focused when the
 * action answers with it (also when the same error comes again); without JavaScript the server's
 * HTML carries `autofocus` and `tabindex="-1"` on it, and the page's one autofocus goes to it
 * rather than to a field below it.
 */
import { Form, useActionData } from "@remix-run/react";
import { createRemixStub } from "@remix-run/testing";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { renderRoute } from "../../../tests/helpers/components.tsx";
import { createI18n } from "../../i18n/index.ts";
import { AutofocusScope } from "./field.tsx";
import { FormError } from "./misc.tsx";

function LoginLike() {
  const actionData = useActionData<{ formError?: string }>();
  return (
    <Form method="post">
      <FormError error={actionData?.formError} />
      <label htmlFor="email">E-mailadres</label>
      <input id="email" name="email" defaultValue="lid@praktijkplein.test" />
      <button type="submit">Inloggen</button>
    </Form>
  );
}

describe("FormError", () => {
  it("with JavaScript, takes focus when the action answers with it, and again the second time", async () => {
    const user = userEvent.setup();
    renderRoute(LoginLike, { action: () => ({ formError: "errors.loginFailed" }) });
    await user.click(await screen.findByRole("button", { name: "Inloggen" }));
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert.getAttribute("tabindex")).toBe("-1");

    // The visitor goes back to the field, corrects and sends again: the same error comes back.
    const email = screen.getByLabelText("E-mailadres");
    email.focus();
    expect(document.activeElement).toBe(email);
    await user.click(screen.getByRole("button", { name: "Inloggen" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("alert")));
  });

  it("without an error renders nothing and takes nothing", async () => {
    renderRoute(LoginLike);
    const button = await screen.findByRole("button", { name: "Inloggen" });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(button.closest("form")?.querySelector("[tabindex], [autofocus]")).toBeNull();
  });

  it("without JavaScript, the server's HTML gives it the page's one autofocus, before a field with an error", () => {
    function Page() {
      return (
        <AutofocusScope>
          <FormError error="errors.loginFailed" />
          <FormError error="errors.invalidRequest" />
          <input autoFocus={undefined} />
        </AutofocusScope>
      );
    }
    const Stub = createRemixStub([{ path: "/", Component: Page }]);
    const html = renderToString(
      <I18nextProvider i18n={createI18n("nl")}>
        <Stub />
      </I18nextProvider>,
    );
    expect(html.match(/autofocus/gi)).toHaveLength(1);
    expect(html).toMatch(/<div autofocus="" tabindex="-1" class="[^"]*" role="alert"><p>Dit e-mailadres of wachtwoord klopt niet.<\/p>/);
  });
});
