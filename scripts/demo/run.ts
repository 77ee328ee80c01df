/** `npm run demo` — a fresh, in-memory local stack and a whole edition played through it, then exit.
 * `npm run demo -- --serve` serves the web app on the same stack and keeps it running afterwards,
 * so a newcomer can sign in as each sample user and see every role's pages on a whole edition. */
import { startLocalStack } from '#scripts/local/stack';
import { ensureWebBuilt, WEB_DIST } from '#scripts/local/web-app';
import { portIsFree } from '#scripts/local/engines';
import { playEdition } from './play-edition';

const serve = process.argv.includes('--serve');

const main = async () => {
  const port = serve ? Number(process.env.PORT ?? 3000) : undefined;
  if (port !== undefined && !(await portIsFree(port))) throw new Error(`Port ${port} on 127.0.0.1 is in use. Stop what uses it or run: PORT=3001 npm run demo -- --serve`);
  if (serve && ensureWebBuilt()) console.log('Web app built (web/dist)');
  const stack = await startLocalStack(serve ? { port, webDist: WEB_DIST } : {});
  console.log(`Local stack on ${stack.url} (in memory)`);
  try {
    await playEdition(stack.url);
  } catch (err) {
    await stack.stop();
    throw err;
  }
  if (!serve) return stack.stop();
  console.log(`
The played edition stays up until Ctrl-C (in memory: it is gone when you stop).
  Web app     ${stack.url}/              public results: ${stack.url}/hasil
  Sign in     ${stack.url}/masuk         pick a sample user:
    Badan Riset dan Inovasi Daerah, Puskesmas Tenggarong, …  participants with entries
    Peserta perorangan                                        a teacher's entry (GURU)
    Tim penilai (juri)                                        juri-1, who scored every round
    Tim verifikasi lapangan                                   verifikator-1, who visited the nominees
    Sekretariat (Brida)                                       the secretariat's pages
  API         ${stack.url}/editions/pik-2023
`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stack.stop();
};

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`\n✗ ${err.message}`);
    process.exit(1);
  },
);
