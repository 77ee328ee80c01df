/** `npm run demo` — a fresh, in-memory local stack and a whole edition played through it. */
import { startLocalStack } from '#scripts/local/stack';
import { playEdition } from './play-edition';

const main = async () => {
  const stack = await startLocalStack();
  console.log(`Local stack on ${stack.url} (in memory)`);
  try {
    await playEdition(stack.url);
  } finally {
    await stack.stop();
  }
};

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`\n✗ ${err.message}`);
    process.exit(1);
  },
);
