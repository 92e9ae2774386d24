export default function Loading() {
  return (
    <div className="stack" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton" style={{ height: '2rem', width: '40%' }} />
      <div className="skeleton" style={{ height: '1rem', width: '70%' }} />
      <div className="skeleton" style={{ height: '8rem' }} />
    </div>
  );
}
