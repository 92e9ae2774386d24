import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { THEME_SCRIPT, ThemeToggle } from '~/components/theme-toggle';
import { currentCaller } from '~/server/session';
import { TRPCReactProvider } from '~/trpc/react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'bilat — bilateral relations, every fact sourced', template: '%s · bilat' },
  description: 'Who met whom, when, where and in what capacity, what they agreed, and what trade and investment amount to — every figure traceable to its source.',
  applicationName: 'bilat',
  openGraph: { siteName: 'bilat', type: 'website' },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const caller = await currentCaller();
  const signedIn = caller.scope !== null;
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
            <Link href="/" className="brand">
              bilat
            </Link>
            <div className="nav-links">
              <Link href="/">Pairs</Link>
              <Link href="/changes">Changes</Link>
            </div>
            <div className="header-tools">
              <form action="/search" method="get" role="search">
                <label className="visually-hidden" htmlFor="site-search">
                  Search records
                </label>
                <input id="site-search" type="search" name="q" placeholder="Search people, meetings, places…" />
              </form>
              <ThemeToggle />
              {signedIn ? (
                <Link href="/account" className="button secondary">
                  Signed in ({caller.scope})
                </Link>
              ) : (
                <Link href="/account" className="button secondary">
                  Sign in
                </Link>
              )}
            </div>
          </nav>
        </header>
        <TRPCReactProvider>
          <main id="main">{children}</main>
        </TRPCReactProvider>
        <footer className="site-footer">
          <div>
            bilat — a typed, source-backed record of bilateral relations. Every fact links to the source that states it.{' '}
            <a href="/openapi.json">API</a>
          </div>
        </footer>
      </body>
    </html>
  );
}
