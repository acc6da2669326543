/**
 * The Nu Html Checker (vnu.jar from the vnu-jar package) over a set of HTML
 * documents in one JVM run. Needs Java (.ci/run installs default-jre-headless).
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const require = createRequire(import.meta.url);
/** The package's main export is the jar's path (a String object). */
const VNU_JAR = String(require("vnu-jar") as string);
const JAVA = process.env.JAVA ?? "java";

export type NuMessage = { document: string; type: string; message: string; extract: string; line?: number };

type NuJson = { messages: { type: string; subType?: string; url?: string; message: string; extract?: string; lastLine?: number }[] };

/** Checks every document; returns the errors (and fatal errors), named by the document's label. */
export async function nuHtmlErrors(documents: { label: string; html: string }[]): Promise<NuMessage[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "vnu-"));
  try {
    const byFile = new Map<string, string>();
    await Promise.all(
      documents.map(async (document, index) => {
        const file = path.join(dir, `page-${index}.html`);
        byFile.set(`file:${file}`, document.label);
        await writeFile(file, document.html);
      }),
    );
    const { stdout, stderr } = await promisify(execFile)(
      JAVA,
      ["-Xss8m", "-jar", VNU_JAR, "--errors-only", "--exit-zero-always", "--format", "json", dir],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    // vnu writes its JSON report to stderr.
    const report = JSON.parse(stderr || stdout) as NuJson;
    return report.messages
      .filter((message) => message.type === "error" || message.subType === "fatal")
      .map((message) => ({
        document: byFile.get(message.url ?? "") ?? message.url ?? "?",
        type: message.subType ?? message.type,
        message: message.message,
        extract: (message.extract ?? "").slice(0, 200),
        line: message.lastLine,
      }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
