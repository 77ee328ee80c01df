import { chromium } from 'playwright-core';
import { startLocalStack } from './stack';
import { WEB_DIST } from './web-app';

const main = async () => {
  const stack = await startLocalStack({ webDist: WEB_DIST });
  await fetch(stack.url + '/_local/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: '2023-10-12T09:00:00+08:00' }) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(stack.url + '/masuk');
  await page.getByRole('button', { name: 'Masuk sebagai Dinas Komunikasi dan Informatika' }).click();
  await page.getByRole('heading', { name: 'Inovasi saya' }).waitFor();
  console.log(await page.evaluate(() => [...document.querySelectorAll('*')].map((e) => [e.tagName + '.' + e.className, e.getBoundingClientRect().right] as const).filter(([, r]) => r > 360).slice(0, 10)));
  await page.screenshot({ path: `/tmp/shots/mine-360.png`, fullPage: true });
  await browser.close();
  await stack.stop();
};
void main();
