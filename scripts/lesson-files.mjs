// Reads cargo's JSON messages (stdin) and prints the folder where the package's build.rs
// wrote the lesson files: <OUT_DIR>/lessons. Used by scripts/build-wasm.sh.
import { readFileSync } from 'node:fs';

const name = process.argv[2];
let outDir = null;
for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (!line.startsWith('{')) continue;
  const message = JSON.parse(line);
  // A package id names the package as "<name>@<version>" (or "<name> <version>" before cargo 1.77).
  if (message.reason === 'build-script-executed' && new RegExp(`(^|[#/])${name}[@ ]`).test(message.package_id)) {
    outDir = message.out_dir;
  }
}
if (!outDir) {
  console.error(`build stopped: cargo named no build script output for ${name}, so the lesson files cannot be found.`);
  process.exit(1);
}
console.log(`${outDir}/lessons`);
