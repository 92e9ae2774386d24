'use client';

/** Shown when a page could not be built (the database unreachable, an unexpected failure); the layout stays. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box stack" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be put together just now. The record itself is safe: nothing was changed.</p>
      {error.digest && (
        <p className="muted">
          Reference for the server log: <code>{error.digest}</code>
        </p>
      )}
      <p className="row">
        <button type="button" onClick={reset}>
          Try again
        </button>
        <a className="button secondary" href="/">
          Back to the country pairs
        </a>
      </p>
    </div>
  );
}
