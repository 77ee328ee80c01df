/** Request bodies are decoded without ever replacing what is not UTF-8: valid text comes through as
 * it is, and each byte that starts no valid sequence becomes a lone surrogate that the validation
 * then refuses, naming its field. */
import fc from 'fast-check';
import { apiGatewayEvent } from '#scripts/local/api-gateway-event';
import { routes } from '#shared/contracts/route-table';
import { decodeUtf8, ESCAPED_BYTE, isValidUtf8 } from '#shared/http/utf8';
import { parseOr400 } from '#shared/http/validation';
import { InnovationPatch } from '#shared/schemas/innovation.schema';
import { AppError } from '#shared/errors';

test('valid UTF-8 decodes exactly as Node does, with nothing escaped', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const bytes = Buffer.from(s, 'utf8');
      expect(isValidUtf8(bytes)).toBe(true);
      expect(decodeUtf8(bytes)).toEqual({ text: bytes.toString('utf8'), invalid: false });
    }),
  );
});

test.each([
  ['a lone continuation byte', [0x80]],
  ['an overlong slash', [0xc0, 0xaf]],
  ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80]],
  ['a truncated three-byte sequence', [0xe2, 0x82]],
  ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['0xFF', [0xff]],
])('%s is escaped byte by byte, never replaced by U+FFFD', (_name, bad) => {
  const bytes = Buffer.concat([Buffer.from('Inovasi é '), Buffer.from(bad), Buffer.from(' Desa 🌾')]);
  expect(isValidUtf8(bytes)).toBe(false);
  const { text, invalid } = decodeUtf8(bytes);
  expect(invalid).toBe(true);
  expect(text).not.toContain('\uFFFD');
  expect(text.startsWith('Inovasi é ')).toBe(true);
  expect(text.endsWith(' Desa 🌾')).toBe(true);
  expect(ESCAPED_BYTE.test(text)).toBe(true);
  expect(text.length).toBe('Inovasi é '.length + bad.length + ' Desa 🌾'.length);
});

test('a field holding bytes that were not UTF-8 is refused naming it, as not UTF-8', () => {
  const { text } = decodeUtf8(Buffer.concat([Buffer.from('{"summary":"Ringkasan '), Buffer.from([0xff]), Buffer.from('"}')]));
  let caught: unknown;
  try {
    parseOr400(InnovationPatch, JSON.parse(text), 'body', true);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).kind).toBe('invalid-input');
  expect((caught as AppError).details).toEqual([expect.objectContaining({ path: ['body', 'summary'], code: 'invalid_utf8', message: { key: 'INVALID_UTF8', params: undefined } })]);
});

describe('the local server hands bodies to the handler as API Gateway does', () => {
  const event = (body: Buffer, contentType?: string) =>
    apiGatewayEvent({
      route: routes.updateInnovation,
      method: 'PATCH',
      url: new URL('http://127.0.0.1/innovations/x'),
      headers: contentType ? { 'content-type': contentType } : {},
      pathParameters: {},
      body,
      sourceIp: '127.0.0.1',
      now: new Date(),
    });

  test('UTF-8 JSON as text', () => {
    const e = event(Buffer.from('{"title":"Désa"}'), 'application/json; charset=utf-8');
    expect([e.isBase64Encoded, e.body]).toEqual([false, '{"title":"Désa"}']);
  });

  test('JSON with bytes that are not UTF-8, base64-encoded', () => {
    const raw = Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    const e = event(raw, 'application/json');
    expect([e.isBase64Encoded, e.body]).toEqual([true, raw.toString('base64')]);
  });

  test('a body of a binary content type, or of none, base64-encoded', () => {
    expect(event(Buffer.from('abc'), 'application/octet-stream').isBase64Encoded).toBe(true);
    expect(event(Buffer.from('abc')).isBase64Encoded).toBe(true);
    expect(event(Buffer.from('a=b'), 'application/x-www-form-urlencoded').isBase64Encoded).toBe(false);
    expect(event(Buffer.alloc(0), 'application/json').body).toBeUndefined();
  });
});
