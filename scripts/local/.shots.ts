import { chromium, type Page } from 'playwright-core';
import { startLocalStack } from './stack';
import { WEB_DIST } from './web-app';
import { validInnovation, SAMPLE_PDF } from '../samples';

const main = async () => {
  const stack = await startLocalStack({ webDist: WEB_DIST });
  const call = async (method: string, path: string, token?: string, body?: unknown) => (await fetch(stack.url + path, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body && JSON.stringify(body) })).json() as any;
  await call('POST', '/_local/clock', undefined, { now: '2023-10-12T09:00:00+08:00' });
  const { token } = await call('POST', '/_local/token', undefined, { sub: 'peserta-opd-diskominfo', groups: ['participant'], institutionId: 'opd-diskominfo' });
  const { summary, problem, solution, ...rest } = validInnovation();
  const inv = await call('POST', '/editions/pik-2023/innovations', token, { ...rest, summary });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  for (const width of [360, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    const shot = async (name: string, path: string, then?: (p: Page) => Promise<void>) => {
      await page.goto(stack.url + path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await then?.(page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
    };
    await page.goto(stack.url + '/');
    await page.evaluate((t) => localStorage.setItem('pik.session', t), token);
    await shot('mine', '/inovasi');
    await shot('step1-errors', '/inovasi/baru', async (p) => { await p.getByRole('button', { name: 'Simpan dan lanjutkan' }).click(); await p.getByText('Ada yang perlu diperbaiki').waitFor(); });
    await shot('step2', `/inovasi/${inv.id}/langkah/uraian`);
    await shot('step3', `/inovasi/${inv.id}/langkah/penerapan`);
    await shot('documents', `/inovasi/${inv.id}/dokumen`);
    await shot('check', `/inovasi/${inv.id}/periksa`);
    await shot('innovation', `/inovasi/${inv.id}`);
    await ctx.close();
  }
  await browser.close();
  await stack.stop();
};
void main();
