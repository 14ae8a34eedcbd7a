// Public register: anyone searches by name (exact, then fuzzy: a homophone written with other characters), opens
// the correction form of an entry; no sign-in, no captcha.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, launch, noProblems, open } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const viewport of ['phone', 'desktop']) {
  test(`register search at ${viewport} size`, async () => {
    const session = await open(browser, viewport);
    const { page } = session;
    await page.goto('/registry');
    await check(session, 'registry-empty');

    // the first showcase case's debtor
    await page.fill('#name', '张伟');
    await Promise.all([page.waitForURL(/name=/), page.click('form[role=search] button[type=submit]')]);
    const rows = page.locator('table.table--stack tbody tr');
    assert.ok(await rows.count() > 0, 'the exact name finds entries');
    assert.match(await rows.first().innerText(), /张伟/);
    assert.doesNotMatch(await page.content(), /\d{17}[\dX]/, 'no full ID number on a public page');
    await check(session, 'registry-results');

    // sounds the same, written differently: 章威 (zhang wei)
    await page.fill('#name', '章威');
    await page.selectOption('#match', 'fuzzy');
    await Promise.all([page.waitForURL(/match=fuzzy/), page.click('form[role=search] button[type=submit]')]);
    assert.match(await page.locator('table.table--stack tbody').innerText(), /张伟/, 'fuzzy finds the homophone');

    await Promise.all([page.waitForURL(/\/correction$/), page.locator('a[href$="/correction"]').first().click()]);
    await check(session, 'registry-correction');
    noProblems(session);
    await session.context.close();
  });
}
