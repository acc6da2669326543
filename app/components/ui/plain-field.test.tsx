/**
 * The plain field of the design system (decision 319): fields outside conform (the library's review
 * date, the kept text of a refused post) get label, hint, control and errors from one place, tied
 * together by ids, instead of markup written by hand in each.
 */
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../i18n/index.ts";
import { FlashMessage } from "../layout/flash-message.tsx";
import { PlainField, plainControlProps, ReadOnlyTextField } from "./field.tsx";

function html(element: React.ReactElement) {
  const container = document.createElement("div");
  container.innerHTML = renderToString(<I18nextProvider i18n={createI18n("nl")}>{element}</I18nextProvider>);
  return container;
}

describe("PlainField", () => {
  it("labels its control, which the hint describes; an error marks it invalid and describes it too", () => {
    const errors = ["library.errors.reviewDatePast"];
    const page = html(
      <PlainField id="reviewDate" label="Opnieuw beoordelen op" hint="Kies een datum" errors={errors}>
        <input type="date" {...plainControlProps("reviewDate", { hint: true, errors })} />
      </PlainField>,
    );
    const input = page.querySelector("input")!;
    expect(page.querySelector("label")!.getAttribute("for")).toBe("reviewDate");
    expect(input.id).toBe("reviewDate");
    expect(input.getAttribute("aria-describedby")).toBe("reviewDate-hint reviewDate-error");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(page.querySelector("#reviewDate-hint")!.textContent).toBe("Kies een datum");
    expect(page.querySelector("#reviewDate-error")!.textContent).toBe("Kies vandaag of een dag in de toekomst. Deze datum is al voorbij.");
    const valid = html(
      <PlainField id="d" label="Datum" hint="Kies een datum">
        <input type="date" {...plainControlProps("d", { hint: true })} />
      </PlainField>,
    ).querySelector("input")!;
    expect(valid.getAttribute("aria-describedby")).toBe("d-hint");
    expect(valid.hasAttribute("aria-invalid")).toBe(false);
  });
});

describe("ReadOnlyTextField", () => {
  it("is a labelled, described, read-only text area that is sent with no form", () => {
    const page = html(<ReadOnlyTextField id="tekst" label="Je tekst" hint="Kopieer hem" value="Hallo <b>" />);
    const area = page.querySelector("textarea")!;
    expect(area.readOnly).toBe(true);
    expect(area.hasAttribute("name")).toBe(false);
    expect(area.value).toBe("Hallo <b>");
    expect(page.querySelector("label")!.getAttribute("for")).toBe("tekst");
    expect(area.getAttribute("aria-describedby")).toBe("tekst-hint");
  });

  it("is what the kept text of a refused post is shown in, after the announced flash", () => {
    const page = html(
      <FlashMessage
        flash={{ kind: "error", key: "discussions.errors.noLongerMemberFlash", params: { community: "X" }, kept: "Mijn tekst" }}
      />,
    );
    const area = page.querySelector("textarea#kept-text")!;
    expect(area.getAttribute("aria-describedby")).toBe("kept-text-hint");
    expect(page.querySelector("label[for=kept-text]")!.textContent).toBe("Je tekst (niet geplaatst)");
    expect(page.querySelector("[role=status] textarea")).toBeNull();
  });
});
