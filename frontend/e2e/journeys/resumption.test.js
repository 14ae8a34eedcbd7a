// The creditor's journey: sign in with the case number and query code, read the case page (the prescribed-actions
// checklist and the follow-up schedule), apply for resumption with a vehicle clue and an evidence upload (the
// progress bar is seen), the clerk asks for more materials, the creditor answers, the clerk accepts and names the
// 执恢 case, and the creditor sees it. At desktop size the creditor does all of it with the keyboard only.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DEMO_CLERK_TOTP_SECRET, caseSignIn, check, launch, noProblems, open, pdf, staffSignIn, tabTo,
} from '../support.js';

const CASES = {
  phone: { number: '(2023)京0105执1234号', code: 'DEMO-0000-0000-0001' },
  desktop: { number: '(2024)京0105执888号', code: 'DEMO-0000-0000-0002' },
};

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Follows a link or presses a button: by keyboard (Tab to it, then Enter) or by a click. */
async function activate(page, selector, keyboard, waitFor) {
  const navigation = waitFor ? page.waitForURL(waitFor) : Promise.resolve();
  if (keyboard) {
    await tabTo(page, selector);
    await page.keyboard.press('Enter');
  } else {
    await page.click(selector);
  }
  await navigation;
}

async function type(page, selector, text, keyboard) {
  if (keyboard) {
    await tabTo(page, selector);
    await page.keyboard.type(text);
  } else {
    await page.fill(selector, text);
  }
}

for (const viewport of ['phone', 'desktop']) {
  test(`resumption journey at ${viewport} size${viewport === 'desktop' ? ', keyboard only' : ''}`, async () => {
    const keyboard = viewport === 'desktop';
    const { number, code } = CASES[viewport];
    const path = `/cases/${encodeURIComponent(number)}`;
    const creditor = await open(browser, viewport);
    const page = creditor.page;

    await caseSignIn(creditor, number, code);
    assert.match(await page.locator('h1').innerText(), /执/);
    assert.ok(await page.locator('#compliance li.check').count() > 0, 'the prescribed-actions checklist is shown');
    assert.ok(await page.locator('#follow-ups').isVisible(), 'the follow-up schedule is shown');
    await check(creditor, `case-${viewport === 'phone' ? 'mixed' : 'hasty'}`);

    // the application: a vehicle clue
    await page.goto(`${path}/resumption/new`);
    await check(creditor, 'resumption-editor');
    await activate(page, 'a[href*="type=VEHICLE"]', keyboard, /type=VEHICLE/);
    await type(page, '#clue-plate', viewport === 'phone' ? '京A12345' : '京B67890', keyboard);
    await activate(page, 'form.clue-form button[type=submit]', keyboard, /added=clue/);
    assert.ok(await page.locator('ul.clue-list li').count() > 0, 'the clue is in the application');

    // evidence: 3 MB over a link throttled to 1.5 MB/s, so the progress bar has time to move
    const cdp = await creditor.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1,
      uploadThroughput: 1_500_000 });
    const seen = [];
    await page.exposeFunction('reportProgress', (value, max) => { seen.push([value, max]); });
    await page.evaluate(() => {
      const form = document.querySelector('form[data-upload-progress]');
      new MutationObserver(() => {
        const bar = form.querySelector('[data-upload-progress-bar]');
        if (bar && !bar.hidden && bar.hasAttribute('value')) {
          window.reportProgress(bar.value, bar.max);
        }
      }).observe(form, { subtree: true, attributes: true, childList: true });
    });
    const padding = 'x'.repeat(3 * 1024 * 1024);
    await page.setInputFiles('#evidence-file', { name: '车辆登记证明.pdf', mimeType: 'application/pdf',
      buffer: pdf(padding) });
    await activate(page, 'form[data-upload-progress] button[type=submit]', keyboard, /added=evidence/);
    await page.waitForSelector('text=车辆登记证明.pdf');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1,
      uploadThroughput: -1 });
    assert.ok(seen.some(([value, max]) => value > 0 && value < max), `upload progress seen: ${JSON.stringify(seen)}`);

    // submit with the declaration
    if (keyboard) {
      await tabTo(page, 'input[name=declared]');
      await page.keyboard.press('Space');
    } else {
      await page.check('input[name=declared]');
    }
    await activate(page, 'form[action$="/resumption/submit"] button[type=submit]', keyboard, /done=submitted/);
    const applicationUrl = page.url().split('?')[0];
    const id = applicationUrl.match(/resumption\/(\d+)/)[1];
    await check(creditor, 'resumption-submitted');

    // the clerk asks for more materials
    const clerk = await open(browser, viewport);
    await staffSignIn(clerk, 'clerk@demo.invalid', 'demo-clerk-password', DEMO_CLERK_TOTP_SECRET, /\/court\/resumption/);
    await check(clerk, 'clerk-queue');
    await clerk.page.goto(`/court/resumption/${id}`);
    await check(clerk, 'clerk-application');
    await clerk.page.fill('#materials-message', '请补充车辆行驶证复印件。');
    await Promise.all([clerk.page.waitForURL(/done=/), clerk.page.click('form[action$="/materials"] button')]);

    // the creditor answers
    await page.goto(applicationUrl);
    assert.match(await page.content(), /请补充车辆行驶证复印件/);
    await type(page, '#answer-message', '已补充行驶证复印件,见新上传的证据。', keyboard);
    await activate(page, 'form[action$="/answer"] button[type=submit]', keyboard, /done=/);
    await check(creditor, 'resumption-answered');

    // withdrawing asks first; cancelling keeps the application and the page
    let asked = '';
    page.once('dialog', (dialog) => { asked = dialog.message(); dialog.dismiss(); });
    await page.fill('#withdraw-message', '不想撤回');
    await page.click('#withdraw-button');
    assert.ok(asked.length > 0, 'a confirmation was asked');
    assert.equal(page.url().split('?')[0], applicationUrl, 'still on the application');
    assert.equal(await page.inputValue('#withdraw-message'), '不想撤回');

    // the clerk accepts and names the 执恢 case
    const child = `(2026)京0105执恢${viewport === 'phone' ? 701 : 702}号`;
    await clerk.page.goto(`/court/resumption/${id}`);
    await clerk.page.fill('#child-case', child);
    await Promise.all([clerk.page.waitForURL(/done=/), clerk.page.click('form[action$="/accept"] button')]);

    // the creditor sees the decision and the 执恢 case
    await page.goto(applicationUrl);
    assert.match(await page.content(), new RegExp(child.replace(/[()]/g, '\\$&')));
    await check(creditor, 'resumption-accepted');
    await page.goto(`${path}/resumption`);
    assert.match(await page.locator('table').innerText(), /执恢/);
    noProblems(creditor);
    noProblems(clerk);
    await clerk.context.close();
    await creditor.context.close();
  });
}
