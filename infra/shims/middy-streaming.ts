/** Stand-ins for `node:stream/web` and `node:stream/promises` in the function bundles (esbuild
 * `alias`, infra/bundling.ts). @middy/core 6 imports both at its top for response streaming, which no
 * function here uses, and binding them as ES modules costs every cold start about 4 % (bench, cold
 * load). Middy 7 loads them only in streaming mode but needs Node 22 (../shared/STACK.md). Should
 * streaming ever be switched on, both forward to Node's own. */
import { promises } from 'node:stream';

/** `instanceof` against Node's ReadableStream, whose global is only loaded when first read. */
export class ReadableStream {
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof globalThis.ReadableStream;
  }
}

export const pipeline = ((...args: Parameters<typeof promises.pipeline>) => promises.pipeline(...args)) as typeof promises.pipeline;
