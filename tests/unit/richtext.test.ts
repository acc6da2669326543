import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_LIMITS,
  excerpt,
  mentionedUserIds,
  plainText,
  renderHtml,
  RichTextError,
  richTextFromPlainText,
  sanitizeRichText,
} from "../../server/richtext/index.ts";

const p = (...children: object[]) => ({ type: "paragraph", version: 1, children });
const t = (text: string, format = 0) => ({ type: "text", version: 1, text, format });
const doc = (...children: object[]) => ({ root: { type: "root", version: 1, children } });

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RichTextError) return error.code;
    throw error;
  }
  return "ok";
}

describe("rich text", () => {
  it("renders formatting, lists, quotes, code and links to safe HTML", () => {
    const state = sanitizeRichText(
      doc(
        p(t("Werkgevers "), t("delen", 1), t(" wat ", 0), t("werkt", 2)),
        {
          type: "list",
          listType: "bullet",
          children: [
            { type: "listitem", children: [t("anoniem solliciteren")] },
            { type: "listitem", children: [t("gestructureerd interview")] },
          ],
        },
        { type: "quote", children: [t("Doen wat werkt.")] },
        { type: "code", children: [t("const a = 1;")] },
        p({ type: "link", url: "https://www.werkagenda-via.nl/menukaart", children: [t("de menukaart")] }),
      ),
    );
    expect(renderHtml(state)).toBe(
      "<p>Werkgevers <strong>delen</strong> wat <em>werkt</em></p>" +
        "<ul><li>anoniem solliciteren</li><li>gestructureerd interview</li></ul>" +
        "<blockquote>Doen wat werkt.</blockquote>" +
        "<pre><code>const a = 1;</code></pre>" +
        '<p><a href="https://www.werkagenda-via.nl/menukaart" rel="noopener noreferrer nofollow">de menukaart</a></p>',
    );
  });

  it("escapes text and drops javascript: links, unknown nodes and HTML", () => {
    const state = sanitizeRichText(
      doc(p(t('<script>alert("x")</script>'), { type: "link", url: "javascript:alert(1)", children: [t("klik")] })),
    );
    const html = renderHtml(state);
    expect(html).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;klik</p>");
    expect(codeOf(() => sanitizeRichText(doc({ type: "html", html: "<img onerror=x>" })))).toBe("invalid");
    expect(codeOf(() => sanitizeRichText(doc(p({ type: "image", src: "x" }))))).toBe("invalid");
  });

  it("keeps only known fields", () => {
    const state = sanitizeRichText(doc({ ...p(t("Hallo")), onclick: "x", style: "color:red" }));
    expect(JSON.stringify(state)).not.toContain("onclick");
    expect(JSON.stringify(state)).not.toContain("color:red");
  });

  it("refuses empty, malformed, over-long and over-deep input", () => {
    expect(codeOf(() => sanitizeRichText(doc(p(t("   ")))))).toBe("empty");
    expect(codeOf(() => sanitizeRichText("{niet json"))).toBe("invalid");
    expect(codeOf(() => sanitizeRichText({ root: "x" }))).toBe("invalid");
    expect(codeOf(() => sanitizeRichText(doc(p(t("a".repeat(20_001))))))).toBe("tooLong");
    let deep: object = { type: "list", listType: "bullet", children: [{ type: "listitem", children: [t("x")] }] };
    for (let i = 0; i < 20; i += 1) deep = { type: "list", listType: "bullet", children: [{ type: "listitem", children: [deep] }] };
    expect(codeOf(() => sanitizeRichText(doc(deep)))).toBe("tooComplex");
  });

  it("finds mentions and plain text", () => {
    const state = sanitizeRichText(
      doc(
        p(
          t("Vraag aan "),
          { type: "mention", text: "@Fatma", userId: "u1", mentionName: "Fatma" },
          t(" en "),
          { type: "mention", text: "@Jeroen", userId: "u2" },
          { type: "mention", text: "@Fatma", userId: "u1" },
        ),
      ),
    );
    expect(mentionedUserIds(state)).toEqual(["u1", "u2"]);
    expect(plainText(state)).toBe("Vraag aan @Fatma en @Jeroen@Fatma");
    expect(renderHtml(state, { mentionHref: (id) => `/leden/${id}` })).toContain(
      '<a class="mention" href="/leden/u1" data-user-id="u1">@Fatma</a>',
    );
  });

  it("turns a plain textarea into paragraphs", () => {
    const state = richTextFromPlainText("Eerste regel\ntweede regel\n\nNieuwe alinea");
    expect(renderHtml(state)).toBe("<p>Eerste regel<br>tweede regel</p><p>Nieuwe alinea</p>");
    expect(excerpt(state, 20)).toBe("Eerste regel tweede…");
  });

  it("headings become bold paragraphs in messages and move a level down in articles", () => {
    const input = doc({ type: "heading", tag: "h1", children: [t("Aanpak")] });
    expect(renderHtml(sanitizeRichText(input))).toBe("<p>Aanpak</p>");
    expect(renderHtml(sanitizeRichText(input, ARTICLE_LIMITS))).toBe("<h2>Aanpak</h2>");
  });

  it("never throws anything but RichTextError, and never renders a raw tag", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.string(), (json, text) => {
        for (const input of [json, doc(p(t(text))), { root: { type: "root", children: [json] } }]) {
          try {
            const html = renderHtml(sanitizeRichText(input));
            expect(html).not.toMatch(/<(script|img|iframe|style|object)/i);
          } catch (error) {
            expect(error).toBeInstanceOf(RichTextError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
