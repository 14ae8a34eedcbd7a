// Recomputes the WCAG 2.1 contrast of the colour pairs the stylesheet uses, from the custom properties in
// css/portal.css, and fails when one is below AA. Run: npm run contrast (no dependencies).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const css = fs.readFileSync(path.join(__dirname, '..', 'css', 'portal.css'), 'utf8');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const tokens = Object.fromEntries(
  Array.from(root.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\b/g), (match) => [match[1], match[2]]),
);

// [foreground, background, minimum]: 4.5 for text, 3 for control boundaries and focus indicators.
const TEXT = 4.5;
const UI = 3;
const pairs = [
  ...['bg', 'surface', 'fail-bg', 'warn-bg', 'pass-bg', 'unknown-bg'].map((bg) => ['text', bg, TEXT]),
  ...['bg', 'surface', 'fail-bg', 'warn-bg', 'pass-bg', 'info-bg'].map((bg) => ['muted', bg, TEXT]),
  ...['bg', 'surface', 'fail-bg', 'warn-bg', 'pass-bg'].map((bg) => ['link', bg, TEXT]),
  ['brand', 'bg', TEXT], ['brand', 'surface', TEXT], ['brand', 'info-bg', TEXT],
  ['on-brand', 'brand', TEXT], ['on-brand', 'brand-dark', TEXT], ['brand-dark', 'bg', TEXT],
  ['pass', 'pass-bg', TEXT], ['pass', 'bg', TEXT],
  ['fail', 'fail-bg', TEXT], ['fail', 'bg', TEXT],
  ['warn', 'warn-bg', TEXT], ['warn', 'bg', TEXT],
  ['unknown', 'unknown-bg', TEXT],
  ['on-brand', 'text', TEXT], // skip link
  ['input-border', 'bg', UI],
  ['focus-ring', 'bg', UI], // the dark ring carries the focus indicator on light backgrounds
  ['focus', 'brand', UI], // the yellow outline carries it on the blue header
];

function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function ratio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

let failed = 0;
for (const [fg, bg, min] of pairs) {
  if (!tokens[fg] || !tokens[bg]) {
    console.error(`missing token: --${tokens[fg] ? bg : fg}`);
    failed++;
    continue;
  }
  const value = ratio(tokens[fg], tokens[bg]);
  const ok = value >= min;
  if (!ok) {
    failed++;
  }
  // Cut, not rounded, so the printed figure never overstates.
  const shown = (Math.floor(value * 10) / 10).toFixed(1);
  console.log(`${ok ? 'ok  ' : 'FAIL'} --${fg} on --${bg}: ${shown}:1 (needs ${min})`);
}
process.exitCode = failed ? 1 : 0;
