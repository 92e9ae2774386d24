import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Not found', robots: { index: false } };

/** The 404 page: what may have happened, and ways on. */
export default function NotFound() {
  return (
    <div className="stack narrow">
      <p className="eyebrow">404</p>
      <h1>Not found</h1>
      <p>There is no record at this address. It may have been deleted, merged into another record under a different address, or never existed; a pair is written with two country codes, such as KZ-LT.</p>
      <form action="/search" method="get" role="search" className="row" aria-label="Search every record">
        <label>
          Search instead
          <input type="search" name="q" placeholder="A name, a place, a post…" />
        </label>
        <button type="submit">Search</button>
      </form>
      <p>
        <a href="/">Back to the country pairs</a> · <a href="/changes">Recent changes</a>
      </p>
    </div>
  );
}
