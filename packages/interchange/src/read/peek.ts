/** The first item of an async sequence, and the whole sequence again (that item included). */
export async function peek<T>(source: AsyncIterable<T>): Promise<{ first: T | undefined; all: AsyncGenerator<T> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head = await iterator.next();
  async function* all(): AsyncGenerator<T> {
    if (head.done) return;
    yield head.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { first: head.done ? undefined : head.value, all: all() };
}
