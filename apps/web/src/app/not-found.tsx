import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="stack">
      <h1>Not found</h1>
      <p>There is no record at this address. It may have been deleted, merged into another record, or never existed.</p>
      <p>
        <Link href="/">Back to the country pairs</Link> or search from the box above.
      </p>
    </div>
  );
}
