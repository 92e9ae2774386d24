'use client';

/** Opens the browser's print dialog; the page's print styles leave only the briefing. */
export function PrintButton() {
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      Print
    </button>
  );
}
