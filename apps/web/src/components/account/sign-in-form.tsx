'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '~/server/actions/account';

/** The key field with its error beside it; works without JavaScript as a plain form post. */
export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="stack card form" aria-describedby="key-help">
      <input type="hidden" name="next" value={next ?? '/account'} />
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        name="key"
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
        size={60}
        aria-invalid={Boolean(state.error)}
        aria-describedby={state.error ? 'key-error key-help' : 'key-help'}
      />
      {state.error && (
        <p id="key-error" className="field-error" role="alert">
          {state.error}
        </p>
      )}
      <p id="key-help" className="muted">
        A key made with <code>npx bilat keys create --scope write</code>. It is kept in a cookie scripts cannot read, sent only to this site.
      </p>
      <p>
        <button type="submit" disabled={pending}>
          {pending ? 'Checking…' : 'Sign in'}
        </button>
      </p>
    </form>
  );
}
