'use client';

import { useActionState } from 'react';
import { addSourceAction, removeSourceAction, runSourcesAction, type WatchFormState } from '~/server/actions/watch';

/*
 * /watch's forms. Each is a plain form posting to a server action (so it works before
 * the page's script has loaded) and says what happened in a live region beside it.
 */

const START: WatchFormState = { version: 0 };

/** How often to fetch, as the API takes it ('30m', '1h', '1d'). */
export const EVERY_CHOICES = [
  { value: '30m', label: 'every 30 minutes' },
  { value: '1h', label: 'every hour' },
  { value: '6h', label: 'every 6 hours' },
  { value: '1d', label: 'every day' },
];

function Status({ state }: { state: WatchFormState }) {
  return (
    <p role="status" aria-live="polite" className={state.ok === false ? 'notice' : 'hint'}>
      {state.message}
    </p>
  );
}

function FieldError({ state, name, id }: { state: WatchFormState; name: string; id: string }) {
  const errors = state.fieldErrors?.[name];
  if (!errors?.length) return null;
  return (
    <span id={id} className="field-error">
      {errors.join('; ')}
    </span>
  );
}

export function AddSourceForm() {
  const [state, action, pending] = useActionState(addSourceAction, START);
  const invalid = (name: string) => (state.fieldErrors?.[name]?.length ? { 'aria-invalid': true as const, 'aria-describedby': `watch-${name}-error` } : {});
  return (
    <form action={action} className="stack" aria-labelledby="add-source-heading">
      <h2 id="add-source-heading">Watch a source</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="watch-url">Feed or news page address</label>
          <input id="watch-url" name="url" type="url" required placeholder="https://…/rss.xml" {...invalid('url')} />
          <FieldError state={state} name="url" id="watch-url-error" />
        </div>
        <div className="field">
          <label htmlFor="watch-publisher">Publisher (optional)</label>
          <input id="watch-publisher" name="publisher" {...invalid('publisher')} />
          <FieldError state={state} name="publisher" id="watch-publisher-error" />
        </div>
        <div className="field">
          <label htmlFor="watch-country">Publisher’s country (optional)</label>
          <input id="watch-country" name="country" maxLength={8} placeholder="KZ" {...invalid('country')} />
          <FieldError state={state} name="country" id="watch-country-error" />
        </div>
        <div className="field">
          <label htmlFor="watch-every">Fetch</label>
          <select id="watch-every" name="every" defaultValue="1h" {...invalid('every')}>
            {EVERY_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <FieldError state={state} name="every" id="watch-every-error" />
        </div>
      </div>
      <p className="row">
        <button type="submit" disabled={pending}>
          Watch
        </button>
      </p>
      <Status state={state} />
    </form>
  );
}

/** Fetch now and stop watching, for one source; "fetch every source now" when no id is given. */
export function SourceActions({ id, label }: { id?: number; label: string }) {
  const [runState, run, running] = useActionState(runSourcesAction, START);
  const [removeState, remove, removing] = useActionState(removeSourceAction, START);
  return (
    <div>
      <div className="row">
        <form action={run}>
          {id !== undefined && <input type="hidden" name="id" value={id} />}
          <button type="submit" className="secondary" disabled={running} aria-label={id === undefined ? undefined : `Fetch now: ${label}`}>
            {id === undefined ? 'Fetch every source now' : 'Fetch now'}
          </button>
        </form>
        {id !== undefined && (
          <form action={remove}>
            <input type="hidden" name="id" value={id} />
            <button type="submit" className="secondary" disabled={removing} aria-label={`Remove: ${label}`}>
              Remove
            </button>
          </form>
        )}
      </div>
      <Status state={runState.version >= removeState.version ? runState : removeState} />
    </div>
  );
}
