// Called by build-wasm.sh with the part loader that wasm-split-cli writes (__wasm_split.js).
// wasm-split lists the exports the parts share in a random order. Sorted, the same code
// makes the same files, so a rebuild does not make every phone download the app again.
// If a list is not found (a new wasm-split writes its loader differently), the build stops:
// silently unsorted, every build would look new to every phone.
import { readFileSync, writeFileSync } from 'node:fs';

const lists = [
  { what: 'the exports the first part hands the parts', pattern: /(const \{)([^}]*)(\} = initSync)/ },
  { what: 'the shared imports', pattern: /(Object\.assign\(sharedImports\.__wasm_split, \{)([^}]*)(\})/ },
];
const sorted = (names) => names.split(',').map((n) => n.trim()).filter(Boolean).sort().join(', ');

const file = process.argv[2];
let text = readFileSync(file, 'utf8');
for (const { what, pattern } of lists) {
  if (!pattern.test(text)) {
    console.error(`build stopped: wasm-split-cli's ${file} no longer has ${what} where scripts/sort-split-exports.mjs looks (${pattern}), so the build would not be reproducible; a new wasm-split-cli changed its output (scripts/tools.sh pins the version).`);
    process.exit(1);
  }
  text = text.replace(pattern, (_, open, names, close) => `${open} ${sorted(names)} ${close}`);
}
writeFileSync(file, text);
