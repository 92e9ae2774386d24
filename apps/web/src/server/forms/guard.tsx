import 'server-only';
import { currentCaller } from '../session';

/** Whether the signed-in key may write; edit pages show a sign-in prompt otherwise. */
export async function canWrite(): Promise<boolean> {
  const caller = await currentCaller();
  return caller.scope === 'write' || caller.scope === 'admin';
}

export function SignInPrompt({ next, purpose = 'edit', needs = 'Adding and editing records' }: { next: string; purpose?: string; needs?: string }) {
  return (
    <div className="stack">
      <h1>Sign in to {purpose}</h1>
      <p className="notice">
        {needs} needs an API key with the write scope. <a href={`/account?next=${encodeURIComponent(next)}`}>Sign in with a key</a>.
      </p>
    </div>
  );
}
