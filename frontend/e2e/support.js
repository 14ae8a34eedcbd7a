// Shared helpers of the browser journeys: Debian's Chromium through playwright-core, axe-core on every page, and a
// screenshot of every page at the viewport the journey runs at (saved under target/browser-screenshots).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Secret, TOTP } from 'otpauth';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.PORTAL_URL ?? 'http://localhost:8096';
export const SHOTS = process.env.SCREENSHOTS ?? path.resolve('../../target/browser-screenshots');
export const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

// The flags this machine's closed network needs: without them Chromium keeps trying to reach Google's hosts.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export async function launch() {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
}

/**
 * A fresh browser profile at a viewport, in Chinese unless told otherwise. Every page error and every console error
 * (a Content-Security-Policy violation shows up as one) is collected; a journey ends by asserting there were none.
 */
export async function open(browser, viewport, locale = 'zh-CN') {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale, acceptDownloads: true,
    baseURL: BASE });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // a failed resource is reported below with its address
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  return { context, page, problems, viewport };
}

/** Runs axe-core on the page (serious and critical violations fail) and saves a full-page screenshot. */
export async function check(session, name) {
  const { page, viewport } = session;
  await page.waitForLoadState('load');
  // evaluated through the DevTools protocol, so the page's strict CSP does not block it
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport}.png`), fullPage: true });
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(serious, [], `axe on ${name} at ${viewport} (${page.url()})`);
}

/** Asserts that nothing went wrong in the page's scripts or against its CSP during the journey. */
export function noProblems(session) {
  assert.deepEqual(session.problems, [], `browser errors at ${session.viewport}`);
}

/** Signs in through the form with a case number and query code. */
export async function caseSignIn(session, caseNumber, code) {
  const { page } = session;
  await page.goto('/login');
  await page.fill('#caseNumber', caseNumber);
  await page.fill('#queryCode', code);
  await Promise.all([page.waitForURL(/\/cases\//), page.click('form[action="/login/case"] button[type=submit]')]);
}

/** Signs in through the form with an account's e-mail and password. */
export async function accountSignIn(session, email, password, landing) {
  const { page } = session;
  await page.goto('/login');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(landing), page.click('form[action="/login/account"] button[type=submit]')]);
}

/** The demo clerk's authenticator secret (published with the demo credentials; demo data only). */
export const DEMO_CLERK_TOTP_SECRET = 'KRSXG5DDNRSXE2ZAGEZDGNBVGY3TQOJQ';

// A code is accepted once per 30-second step, and journeys run in separate processes: the last step used is kept in
// a file so that the next sign-in picks a later step (the portal accepts one step ahead) or waits for one.
const stepFile = path.join(os.tmpdir(), 'creditor-portal-e2e-clerk-step');

/**
 * Signs a court staff member in: password, then the code of their authenticator app, as a person would type it.
 * {@code landing} is where the portal should send them afterwards.
 */
export async function staffSignIn(session, email, password, secret, landing) {
  const { page } = session;
  await page.goto('/login');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(/\/login\/second-factor/), page.click('form[action="/login/account"] button[type=submit]')]);
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  const last = fs.existsSync(stepFile) ? Number(fs.readFileSync(stepFile, 'utf8')) : 0;
  let now = Math.floor(Date.now() / 30000);
  while (last > now) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    now = Math.floor(Date.now() / 30000);
  }
  const step = Math.max(now, last + 1);
  fs.writeFileSync(stepFile, String(step));
  await page.fill('#code', totp.generate({ timestamp: step * 30000 }));
  await Promise.all([page.waitForURL(landing), page.click('form[action="/login/second-factor"] button[type=submit]')]);
}

/** Presses Tab until the element matching {@code selector} has the focus (keyboard-only journeys). */
export async function tabTo(page, selector, limit = 200) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** A tiny valid PDF, for evidence and powers of attorney. */
export function pdf(text = 'evidence') {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n`
    + `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\n`;
  const xref = `xref\n0 4\n0000000000 65535 f \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n${body.length}\n%%EOF\n`;
  return Buffer.from(body + xref, 'latin1');
}
