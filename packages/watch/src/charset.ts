import iconv from 'iconv-lite';

/*
 * Bytes to text. The charset comes from the Content-Type header, else a byte-order mark,
 * else what the document says of itself (an XML declaration, a <meta charset> or
 * http-equiv in its head), else UTF-8 — the order browsers and feed readers use, so a
 * ministry's windows-1251 page reads as it does in a browser.
 */

export interface DecodedBody {
  text: string;
  /** The charset the bytes were read as, lower case (`utf-8`, `windows-1251`). */
  charset: string;
  /** Where it was found. */
  from: 'header' | 'bom' | 'document' | 'default';
}

/** The charset a Content-Type header names, if any. */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The charset the document declares in its first bytes (read as ASCII, which every such declaration is). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

/** Decodes a response body; an unknown charset name falls back to UTF-8 rather than failing the report. */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const candidates: [string | undefined, DecodedBody['from']][] = [
    [headerCharset(contentType), 'header'],
    [bomCharset(bytes), 'bom'],
    [declaredCharset(bytes), 'document'],
  ];
  for (const [charset, from] of candidates) {
    if (charset && iconv.encodingExists(charset)) {
      const text = iconv.decode(Buffer.from(bytes), charset).replace(/^\uFEFF/, '');
      return { text, charset: normalise(charset), from };
    }
  }
  return { text: iconv.decode(Buffer.from(bytes), 'utf-8').replace(/^\uFEFF/, ''), charset: 'utf-8', from: 'default' };
}

function normalise(charset: string): string {
  const lower = charset.toLowerCase();
  if (lower === 'utf8') return 'utf-8';
  if (lower === 'cp1251') return 'windows-1251';
  return lower;
}
