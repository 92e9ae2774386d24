import { waitingLabel } from '@bilat/formats/inbox';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { THEME_SCRIPT, ThemeToggle } from '~/components/theme-toggle';
import { siteOrigin } from '~/server/origin';
import { waitingCount } from '~/server/inbox';
import { currentCaller } from '~/server/session';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { default: 'bilat — bilateral relations, every fact sourced', template: '%s · bilat' },
    description: 'Who met whom, when, where and in what capacity, what they agreed, and what trade and investment amount to — every figure traceable to its source.',
    applicationName: 'bilat',
    openGraph: { siteName: 'bilat', type: 'website' },
    alternates: { types: { 'application/atom+xml': [{ url: '/changes.atom', title: 'bilat: changes' }] } },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfbf8' },
    { media: '(prefers-color-scheme: dark)', color: '#121416' },
  ],
};

/*
 * Links are plain anchors: pages are rendered on the server and cheap to load, and a
 * dossier's hundreds of links should not each prefetch a page.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const caller = await currentCaller();
  const signedIn = caller.scope !== null;
  // Reviewers (write keys) see how many drafts wait for them; readers see no inbox at all.
  const waiting = await waitingCount();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Main">
            <a href="/" className="brand">
              bilat
            </a>
            <div className="nav-links">
              <a href="/">World</a>
              <a href="/pairs">Pairs</a>
              <a href="/changes">Changes</a>
              <a href="/extract">Extract</a>
              {waiting !== null && (
                <a href="/inbox" aria-label={`Inbox, ${waitingLabel(waiting)}`}>
                  Inbox{' '}
                  <span className="badge new" aria-hidden="true" data-testid="inbox-count">
                    {waiting}
                  </span>
                </a>
              )}
              {waiting !== null && <a href="/watch">Watch</a>}
              <a href="/openapi.json">API</a>
            </div>
            <div className="header-tools">
              <form action="/search" method="get" role="search">
                <label className="visually-hidden" htmlFor="site-search">
                  Search records
                </label>
                <input id="site-search" type="search" name="q" placeholder="Search people, meetings, places…" />
                <button type="submit" className="secondary">
                  Search
                </button>
              </form>
              <ThemeToggle />
              <a href="/account" className="button secondary">
                {signedIn ? `Signed in (${caller.scope})` : 'Sign in'}
              </a>
            </div>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div>
            bilat — a typed, source-backed record of bilateral relations. Every fact links to the source that states it. <a href="/openapi.json">API (OpenAPI)</a> ·{' '}
            <a href="/changes.atom">Changes feed (Atom)</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
