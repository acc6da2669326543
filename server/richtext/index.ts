export * from "./document.ts";
export { escapeHtml, renderHtml, type RenderOptions } from "./html.ts";
