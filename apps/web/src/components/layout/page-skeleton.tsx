/** The placeholder shown while a list page is read: a heading, a line and a block, shimmering unless motion is reduced. */
export function PageSkeleton({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="stack" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton" style={{ height: '2rem', width: '40%' }} />
      <div className="skeleton" style={{ height: '1rem', width: '70%' }} />
      <div className="skeleton" style={{ height: '8rem' }} />
      <div className="skeleton" style={{ height: '8rem' }} />
    </div>
  );
}
