// The lawyer's journey: ask to act for a creditor with a power of attorney, the clerk approves, the lawyer opens the
// case and downloads the signed record bundle (its progress shown), and anyone's /verify accepts that file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DEMO_CLERK_TOTP_SECRET, accountSignIn, check, launch, noProblems, open, pdf, staffSignIn } from '../support.js';

const CASES = {
  phone: { number: '(2023)京0105执1234号', creditor: '北京示例商贸有限公司' },
  desktop: { number: '(2024)京0105执888号', creditor: '李秀英' },
};

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const viewport of ['phone', 'desktop']) {
  test(`lawyer journey at ${viewport} size`, async () => {
    const { number, creditor } = CASES[viewport];
    const lawyer = await open(browser, viewport);
    const page = lawyer.page;
    await accountSignIn(lawyer, 'lawyer@demo.invalid', 'demo-lawyer-password', /\/(lawyer|cases)/);
    await page.goto('/lawyer');
    await check(lawyer, 'lawyer-desk');
    await page.fill('#caseNumber', number);
    await page.fill('#creditorName', creditor);
    await page.setInputFiles('#attorney', { name: '授权委托书.pdf', mimeType: 'application/pdf', buffer: pdf('attorney') });
    await Promise.all([page.waitForURL(/done=requested/), page.click('form[action="/lawyer/requests"] button[type=submit]')]);
    await check(lawyer, 'lawyer-requested');

    const clerk = await open(browser, viewport);
    await staffSignIn(clerk, 'clerk@demo.invalid', 'demo-clerk-password', DEMO_CLERK_TOTP_SECRET, /\/court\/resumption/);
    await clerk.page.goto('/court/lawyers');
    await check(clerk, 'clerk-lawyers');
    const request = clerk.page.locator('article.card', { hasText: number }).first();
    await Promise.all([clerk.page.waitForURL(/done=1/), request.locator('button[value=approve]').click()]);

    await page.goto(`/cases/${encodeURIComponent(number)}`);
    await check(lawyer, 'lawyer-case');
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.click('a[href$="/records/bundle.zip"]')]);
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-')), 'bundle.zip');
    await download.saveAs(saved);
    assert.ok(fs.statSync(saved).size > 1000, 'a real bundle was downloaded');
    assert.equal(fs.readFileSync(saved).subarray(0, 2).toString('latin1'), 'PK');
    // the download went through the progress indicator, which reports it finished
    await page.waitForSelector('[data-download-for$="bundle.zip"][data-download-state="done"]');

    // anyone can check it: a visitor without a session
    const visitor = await open(browser, viewport);
    await visitor.page.goto('/verify');
    await visitor.page.setInputFiles('#file', saved);
    await Promise.all([visitor.page.waitForURL(/\/verify/),
      visitor.page.locator('form', { has: visitor.page.locator('#file') }).locator('button[type=submit]').click()]);
    await visitor.page.waitForSelector('#result-heading');
    assert.ok(await visitor.page.locator('#result-heading .badge--pass').count() === 1, 'the bundle verifies');
    assert.match(await visitor.page.locator('.status-banner').innerText(), new RegExp(number.replace(/[()]/g, '\\$&')));
    await check(visitor, 'verify-accepted');
    noProblems(lawyer);
    noProblems(clerk);
    noProblems(visitor);
    for (const session of [lawyer, clerk, visitor]) {
      await session.context.close();
    }
  });
}
