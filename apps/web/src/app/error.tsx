'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-box stack" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be built: {error.message || 'an unexpected error'}.</p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
