/** The stand-ins the bundles get for `node:stream/web` and `node:stream/promises` behave as Node's own
 * where middy would use them (streaming responses), though none of our functions streams. */
import { Readable, Writable } from 'node:stream';
import { pipeline, ReadableStream } from '#infra/shims/middy-streaming';

it('recognises a web ReadableStream with instanceof, and nothing else', () => {
  expect(new globalThis.ReadableStream() instanceof ReadableStream).toBe(true);
  expect(Readable.from(['x']) instanceof ReadableStream).toBe(false);
  expect({} instanceof ReadableStream).toBe(false);
});

it('pipes a stream to its end as stream/promises does', async () => {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  await pipeline(Readable.from(['a', 'b', 'c']), sink);
  expect(chunks.join('')).toBe('abc');
});
