// An organisation's portfolio: a bank follows many cases and narrows the list by typing, without a round trip.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accountSignIn, check, launch, noProblems, open } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const viewport of ['phone', 'desktop']) {
  test(`portfolio live filter at ${viewport} size`, async () => {
    const session = await open(browser, viewport);
    const { page } = session;
    await accountSignIn(session, 'bank@demo.invalid', 'demo-bank-password', /\/cases/);
    await page.goto('/cases');
    await check(session, 'portfolio');
    const rows = page.locator('#case-table [data-live-filter-row]');
    const all = await rows.count();
    assert.ok(all > 1, 'the bank follows several cases');
    const first = (await rows.first().innerText()).match(/\(\d{4}\)[^\s]+?号/)[0];
    await page.fill('#case-filter', first);
    await page.waitForFunction((n) => document.querySelectorAll('#case-table [data-live-filter-row]:not([hidden])').length < n, all);
    const shown = await page.locator('#case-table [data-live-filter-row]:not([hidden])').count();
    assert.ok(shown >= 1 && shown < all, `filtered ${all} to ${shown}`);
    // the count is announced once typing pauses
    await page.waitForFunction((n) => document.querySelector('#case-filter-count').textContent.includes(String(n)), shown);
    await check(session, 'portfolio-filtered');
    noProblems(session);
    await session.context.close();
  });
}
