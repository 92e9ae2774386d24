'use client';

import { useRouter } from 'next/navigation';
import { useTransition, type FormEvent } from 'react';
import { PARTIAL_DATE_HINT, PARTIAL_DATE_PATTERN } from '~/lib/partial-date-param';

interface Props {
  action: string;
  values: { from?: string; to?: string; kind?: string; changed?: string; asOf?: string };
  kinds: { value: string; label: string }[];
  errors: Partial<Record<'from' | 'to' | 'kind' | 'changed' | 'asOf', string>>;
}

const FIELDS = ['from', 'to', 'kind', 'changed', 'asOf'] as const;

/**
 * The dossier's filters. They live in the URL: without JavaScript the form is a plain GET;
 * with it, the URL is replaced in place and the server renders the new timeline without a
 * full reload.
 */
export function FilterForm({ action, values, kinds, errors }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const field of FIELDS) {
      const value = String(data.get(field) ?? '').trim();
      if (value) params.set(field, value);
    }
    const query = params.toString();
    startTransition(() => router.replace(query ? `${action}?${query}` : action, { scroll: false }));
  };
  const described = (field: (typeof FIELDS)[number]) => (errors[field] ? `filter-${field}-error` : `filter-date-hint`);
  return (
    <form className="filters no-print" action={action} method="get" onSubmit={submit} aria-busy={pending} aria-label="Filter the dossier">
      <p id="filter-date-hint" className="muted">
        Dates as {PARTIAL_DATE_HINT}; a meeting known only to the month matches a range it overlaps.
      </p>
      <div className="row">
        <label>
          From
          <input type="text" name="from" inputMode="numeric" pattern={PARTIAL_DATE_PATTERN} placeholder="2014" defaultValue={values.from} aria-invalid={Boolean(errors.from)} aria-describedby={described('from')} size={10} />
          {errors.from && <span id="filter-from-error" className="field-error">{errors.from}</span>}
        </label>
        <label>
          To
          <input type="text" name="to" inputMode="numeric" pattern={PARTIAL_DATE_PATTERN} placeholder="2024-06" defaultValue={values.to} aria-invalid={Boolean(errors.to)} aria-describedby={described('to')} size={10} />
          {errors.to && <span id="filter-to-error" className="field-error">{errors.to}</span>}
        </label>
        <label>
          Kind of meeting
          <select name="kind" defaultValue={values.kind ?? ''} aria-invalid={Boolean(errors.kind)} aria-describedby={errors.kind ? 'filter-kind-error' : undefined}>
            <option value="">Every kind</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
          {errors.kind && <span id="filter-kind-error" className="field-error">{errors.kind}</span>}
        </label>
        <label>
          Changed since
          <input type="date" name="changed" defaultValue={values.changed} aria-invalid={Boolean(errors.changed)} aria-describedby={errors.changed ? 'filter-changed-error' : undefined} />
          {errors.changed && <span id="filter-changed-error" className="field-error">{errors.changed}</span>}
        </label>
        <label>
          As of
          <input type="text" name="asOf" inputMode="numeric" pattern={PARTIAL_DATE_PATTERN} placeholder="today" defaultValue={values.asOf} aria-invalid={Boolean(errors.asOf)} aria-describedby={described('asOf')} size={10} />
          {errors.asOf && <span id="filter-asOf-error" className="field-error">{errors.asOf}</span>}
        </label>
        <button type="submit">{pending ? 'Applying…' : 'Apply'}</button>
        <a href={action} className="button secondary">
          Clear
        </a>
      </div>
    </form>
  );
}
