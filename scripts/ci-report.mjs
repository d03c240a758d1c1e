#!/usr/bin/env node
// Reads the runners' JSON reports in a folder and prints, for CI's last lines, every failed test
// with the first lines of its error (a reader of only the tail of the log sees what broke), then
// "passed failed" as the last line for the totals.
import { readdirSync, readFileSync } from "node:fs";
import { relative } from "node:path";

const folder = process.argv[2];
let passed = 0;
let failed = 0;
const failures = [];

const firstLines = (messages) =>
  (messages ?? [])
    .join("\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(0, 6)
    .map((line) => `      ${line.slice(0, 300)}`)
    .join("\n");

for (const file of readdirSync(folder).filter((name) => name.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(`${folder}/${file}`, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    const where = `${file.replace(/\.json$/, "")} · ${relative(process.cwd(), suite.name)}`;
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedTests) {
      failures.push(`  ✖ ${where} › ${test.fullName}\n${firstLines(test.failureMessages)}`);
    }
    // A test file that fails to load has no failed test but must count as a failure.
    if (suite.status === "failed" && failedTests.length === 0) {
      failed += 1;
      failures.push(`  ✖ ${where} (the file failed)\n${firstLines([suite.message])}`);
    }
  }
}

if (failures.length > 0) console.log(`Failed tests:\n${failures.join("\n")}`);
console.log(passed, failed);
