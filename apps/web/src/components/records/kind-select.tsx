import { RECORD_HEADINGS, RECORD_KINDS } from '@bilat/domain/kinds';

/** The "kind of record" filter of the search and change-log forms: every kind, named as every view names it. */
export function KindSelect({ defaultValue }: { defaultValue: string | undefined }) {
  return (
    <label>
      Kind of record
      <select name="kind" defaultValue={defaultValue ?? ''}>
        <option value="">Any kind</option>
        {RECORD_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {RECORD_HEADINGS[kind].one}
          </option>
        ))}
      </select>
    </label>
  );
}
