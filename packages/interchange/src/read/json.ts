import { TokenParser, Tokenizer, TokenType } from '@streamparser/json';
import type { Line } from './lines.js';

/**
 * Streaming JSON: the elements of the arrays a document holds (`data` of a Comtrade
 * response, `persons` of a Popolo file) are yielded one at a time with the line each
 * starts on, so a file of any size is read in bounded memory and a problem is located.
 */

export interface JsonElement {
  /** The top-level key the element sits under (`data`, `persons`), or null for a top-level value. */
  collection: string | null;
  index: number;
  value: unknown;
  /** The line the element starts on. */
  line: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: not valid JSON: ${reason}`);
    this.name = 'JsonSyntaxError';
  }
}

export interface ReadJsonOptions {
  /** Top-level keys whose array elements to yield (default: every top-level array). */
  collections?: readonly string[];
  /** Top-level keys whose whole value to yield, as `{ collection: key, index: -1 }` (small ones: `format`, `meta`). */
  values?: readonly string[];
  /** Keep numbers as the text the file writes ("6804128143.0"), for exact decimals. */
  numbersAsText?: boolean;
}

/** Numbers stay the text the file writes: "6804128143.0" must not pass through a binary float. */
class TextNumberTokenizer extends Tokenizer {
  protected override parseNumber(text: string): number {
    return text as unknown as number;
  }
}

const OPENERS = new Set<TokenType>([TokenType.LEFT_BRACE, TokenType.LEFT_BRACKET]);
const CLOSERS = new Set<TokenType>([TokenType.RIGHT_BRACE, TokenType.RIGHT_BRACKET]);

/** Yields the elements of the document's top-level arrays (and its other top-level values). */
export async function* readJsonElements(lines: AsyncIterable<Line>, options: ReadJsonOptions = {}): AsyncGenerator<JsonElement> {
  const tokenizer = options.numbersAsText ? new TextNumberTokenizer() : new Tokenizer();
  // `keepStack: false` drops each element once emitted: memory stays bounded by one element.
  // Never `$.*` for an array: a whole value that is emitted keeps everything under it.
  const paths = [...(options.values ?? []).map((key) => `$.${key}`), ...(options.collections ? options.collections.map((key) => `$.${key}.*`) : ['$.*.*'])];
  const parser = new TokenParser({ paths, keepStack: false });
  const ready: JsonElement[] = [];
  let currentLine = 0;
  let depth = 0;
  let elementStart = 0;
  let firstToken = true;
  tokenizer.onToken = (info) => {
    if (firstToken) {
      firstToken = false;
      if (info.token !== TokenType.LEFT_BRACE) throw new JsonSyntaxError(currentLine, 'expected an object ({ … }) at the top');
    }
    // An element of a top-level array starts at depth 2 (inside the object and the array).
    if (depth === 2 || depth === 1) elementStart = currentLine;
    if (OPENERS.has(info.token)) depth += 1;
    else if (CLOSERS.has(info.token)) depth -= 1;
    parser.write(info);
  };
  parser.onValue = ({ value, key, parent, stack }) => {
    const depthOfValue = stack.length;
    if (depthOfValue === 1) {
      ready.push({ collection: String(key), index: -1, value, line: elementStart });
    } else if (depthOfValue === 2 && Array.isArray(parent)) {
      ready.push({ collection: String(stack[1]?.key), index: Number(key), value, line: elementStart });
    }
  };
  try {
    for await (const line of lines) {
      currentLine = line.number;
      tokenizer.write(line.text);
      tokenizer.write('\n');
      if (ready.length) yield* ready.splice(0);
    }
    if (firstToken) throw new JsonSyntaxError(1, 'the file is empty');
    tokenizer.end();
    // The tokenizer only knows a token was cut; open brackets mean the document was.
    if (depth > 0) throw new JsonSyntaxError(currentLine, 'the file ends in the middle of a value (truncated?)');
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/Unexpected|Tokenizer|Parser|ended/i.test(message)) {
      throw new JsonSyntaxError(currentLine, /ended|end/i.test(message) && !/Unexpected "/.test(message) ? 'the file ends in the middle of a value (truncated?)' : message);
    }
    throw error;
  }
  if (ready.length) yield* ready.splice(0);
}
