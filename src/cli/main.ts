import { runCli } from "./run.js";

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`chronomerge: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
