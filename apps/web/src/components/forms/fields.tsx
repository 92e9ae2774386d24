import type { ReactNode } from 'react';

export type Errors = Record<string, string[] | undefined>;

const idOf = (name: string) => `field-${name.replaceAll('.', '-')}`;

/** The messages for a field, shown beside it and tied to it with aria-describedby. */
export function FieldError({ name, errors }: { name: string; errors: Errors }) {
  const messages = errors[name];
  if (!messages?.length) return null;
  return (
    <span id={`${idOf(name)}-error`} className="field-error" data-error-for={name}>
      {messages.join('; ')}
    </span>
  );
}

function describedBy(name: string, errors: Errors, hint?: string): string | undefined {
  const ids = [errors[name]?.length ? `${idOf(name)}-error` : undefined, hint ? `${idOf(name)}-hint` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FieldProps {
  name: string;
  label: string;
  errors: Errors;
  defaultValue?: string | number;
  hint?: string;
  required?: boolean;
}

export function TextField({ name, label, errors, defaultValue, hint, required, type = 'text', ...rest }: FieldProps & { type?: string; placeholder?: string; size?: number; pattern?: string; inputMode?: 'numeric' | 'decimal' | 'text' }) {
  return (
    <label className="field">
      <span>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </span>
      <input id={idOf(name)} name={name} type={type} defaultValue={defaultValue} required={required} aria-invalid={Boolean(errors[name]?.length)} aria-describedby={describedBy(name, errors, hint)} {...rest} />
      {hint && (
        <span id={`${idOf(name)}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldError name={name} errors={errors} />
    </label>
  );
}

export function TextAreaField({ name, label, errors, defaultValue, hint, required }: FieldProps) {
  return (
    <label className="field wide">
      <span>{label}</span>
      <textarea id={idOf(name)} name={name} defaultValue={defaultValue} rows={3} required={required} aria-invalid={Boolean(errors[name]?.length)} aria-describedby={describedBy(name, errors, hint)} />
      {hint && (
        <span id={`${idOf(name)}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldError name={name} errors={errors} />
    </label>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ name, label, errors, defaultValue, hint, required, options, blank, children, onChange }: FieldProps & { options: readonly Option[]; blank?: string; children?: ReactNode; onChange?: (value: string) => void }) {
  return (
    <label className="field">
      <span>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </span>
      <select id={idOf(name)} name={name} defaultValue={defaultValue ?? ''} required={required} aria-invalid={Boolean(errors[name]?.length)} aria-describedby={describedBy(name, errors, hint)} onChange={onChange ? (event) => onChange(event.target.value) : undefined}>
        {blank !== undefined && <option value="">{blank}</option>}
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <span id={`${idOf(name)}-hint`} className="hint">
          {hint}
        </span>
      )}
      <FieldError name={name} errors={errors} />
    </label>
  );
}

