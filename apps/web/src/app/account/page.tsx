import type { Metadata } from 'next';
import { SignInForm } from '~/components/account/sign-in-form';
import { param } from '~/server/pair';
import { signOut } from '~/server/actions/account';
import { currentCaller } from '~/server/session';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Account', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const query = await searchParams;
  const caller = await currentCaller();
  const canWrite = caller.scope === 'write' || caller.scope === 'admin';
  return (
    <div className="stack narrow">
      <h1>Account</h1>
      {param(query, 'signedOut') && !caller.scope && (
        <p className="notice" role="status">
          You are signed out. This browser no longer holds a key.
        </p>
      )}
      {caller.scope ? (
        <section className="card stack" aria-labelledby="session-heading">
          <h2 id="session-heading">Signed in</h2>
          <p data-testid="session">
            With key <code>{caller.keyId}</code>, scope <strong>{caller.scope}</strong>.{' '}
            {canWrite ? 'You can add and edit records: look for the Edit buttons on record pages.' : 'This key can read only; editing needs a write key.'}
          </p>
          {canWrite && (
            <ul>
              <li>
                <a href="/meetings/new">Add a meeting</a>
              </li>
              <li>
                <a href="/officials/new">Add a person</a>
              </li>
              <li>
                <a href="/agreements/new">Add an agreement</a>
              </li>
              <li>
                <a href="/figures/trade/new">Add a trade figure</a> · <a href="/figures/investment/new">an investment figure</a>
              </li>
            </ul>
          )}
          <form action={signOut}>
            <button type="submit">Sign out</button>
          </form>
        </section>
      ) : (
        <section aria-labelledby="sign-in-heading">
          <h2 id="sign-in-heading">Sign in with an API key</h2>
          <p>Reading needs no key. To add or edit records, sign in with a key that has the write scope; every edit is recorded in the revision log under the key&rsquo;s id.</p>
          <SignInForm next={param(query, 'next')} />
        </section>
      )}
    </div>
  );
}
