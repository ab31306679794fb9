// Fails the build when the JavaScript a first visit loads (the entry script and the chunks
// index.html preloads) is over budget gzipped, or when index.html carries an inline script
// (the gateway's Content-Security-Policy would refuse it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = new URL('../target/dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
  ([, attributes, body]) => !/\bsrc=/.test(attributes) || body.trim() !== '',
);
if (inline.length > 0) {
  console.error('index.html has an inline script; the CSP (script-src self) would block it.');
  process.exit(1);
}

const initial = new Set([
  ...[...html.matchAll(/<script\b[^>]*\bsrc="\/([^"]+\.js)"/g)].map((match) => match[1]),
  ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g)].map(
    (match) => match[1],
  ),
]);
let total = 0;
for (const file of initial) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(
    `Over budget by ${(kb - BUDGET_KB).toFixed(1)} KB: split the code (lazy pages, lazy charts).`,
  );
  process.exit(1);
}
