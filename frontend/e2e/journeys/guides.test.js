// Plain-language help: the guide of each journey and the glossary, in Chinese and in English, readable on a phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, launch, noProblems, open } from '../support.js';

const GUIDES = ['understand-my-case', 'apply-for-resumption', 'object-to-termination', 'lawyer-access'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const viewport of ['phone', 'desktop']) {
  test(`guides and glossary at ${viewport} size`, async () => {
    const session = await open(browser, viewport);
    const { page } = session;
    await page.goto('/guides');
    await check(session, 'guides');
    for (const guide of GUIDES) {
      assert.ok(await page.locator(`a[href="/guides/${guide}"]`).count() > 0, `the index links to ${guide}`);
    }
    for (const guide of GUIDES) {
      await page.goto(`/guides/${guide}`);
      assert.equal(await page.locator('h1').count(), 1);
      await check(session, `guide-${guide}`);
    }
    await page.goto('/glossary');
    assert.ok(await page.locator('dt[id] dfn').count() > 20, 'the glossary defines its terms');
    await check(session, 'glossary');

    const english = await open(browser, viewport, 'en-GB');
    await english.page.goto('/language?lang=en&return=/glossary');
    assert.equal(await english.page.getAttribute('html', 'lang'), 'en');
    await check(english, 'glossary-en');
    noProblems(session);
    noProblems(english);
    await english.context.close();
    await session.context.close();
  });
}
