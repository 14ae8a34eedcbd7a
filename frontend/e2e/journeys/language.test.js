// The language switch: every page exists in Chinese (default) and English, and switching keeps what was typed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, launch, noProblems, open } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const viewport of ['phone', 'desktop']) {
  test(`language switch at ${viewport} size`, async () => {
    const session = await open(browser, viewport);
    const { page } = session;
    await page.goto('/');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    await check(session, 'home-zh');

    await page.goto('/registry');
    await page.fill('#name', '李秀英');
    const switchLink = page.locator('a[href^="/language?lang=en"]');
    await Promise.all([page.waitForURL(/\/registry/), switchLink.click()]);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.locator('h1').innerText(), /[A-Za-z]/);
    assert.equal(await page.inputValue('#name'), '李秀英', 'what was typed survives the switch');
    await check(session, 'registry-en');

    await page.goto('/');
    await check(session, 'home-en');
    await Promise.all([page.waitForURL(/\/$/), page.locator('a[href^="/language?lang=zh"]').click()]);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    noProblems(session);
    await session.context.close();
  });
}
