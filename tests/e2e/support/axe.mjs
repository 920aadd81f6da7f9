// Runs axe-core inside the app's page and returns its serious and critical findings.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export async function seriousViolations(session) {
  await session.execute(`if (!window.axe) { ${axeSource} }`);
  const results = await session.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.axe.run(document, { resultTypes: ["violations"] })
       .then((r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))))
       .catch((e) => done([{ id: "axe-error", impact: "critical", help: String(e), nodes: [] }]));`,
  );
  return results.filter((v) => v.impact === "serious" || v.impact === "critical");
}
