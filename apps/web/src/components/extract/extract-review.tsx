'use client';

import { READING_ORDER, RECORD_COLLECTIONS, RECORD_HEADINGS, type RecordKind } from '@bilat/domain/kinds';
import { useState, useTransition, type FormEvent } from 'react';
import { draftReport, saveDraft, type ExtractDraft, type SaveAnswer } from '~/server/actions/extract';
import { FactEditor, withoutEmpty } from './fact-editor';
import { HighlightedText } from './highlighted-text';
import { plural } from '~/lib/labels';

/*
 * /extract: paste or upload a report, draft records from it, review them beside the text
 * (each fact's words marked; hover or focus a fact to see its words), edit or drop each,
 * and save them as one batch through the API. Drafting is open to all; saving needs a
 * write key, as every write does.
 */

type Fact = ExtractDraft['facts'][number];
type AnyRecord = { id: string } & Record<string, unknown>;

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<main[\s>]|<div[\s>]|<p[\s>])/i;
const keyOf = (fact: Pick<Fact, 'kind' | 'id'>) => `${fact.kind}:${fact.id}`;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function recordOf(draft: ExtractDraft, fact: Pick<Fact, 'kind' | 'id'>): AnyRecord | undefined {
  const list = (draft.bundle as Record<string, unknown>)[RECORD_COLLECTIONS[fact.kind]] as AnyRecord[] | undefined;
  return list?.find((record) => record.id === fact.id);
}

export function ExtractReview({ canWrite }: { canWrite: boolean }) {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [publisher, setPublisher] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [draft, setDraft] = useState<ExtractDraft>();
  const [edited, setEdited] = useState<Record<string, AnyRecord>>({});
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Set<string>>(new Set());
  const [active, setActive] = useState<string>();
  const [answer, setAnswer] = useState<SaveAnswer>();
  const [pending, startTransition] = useTransition();

  const submitDraft = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const html = HTML_START.test(text);
      const result = await draftReport({ ...(html ? { html: text } : { text }), published, publisher });
      setAnswer(undefined);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        return;
      }
      setFieldErrors({});
      setDraft(result.draft);
      setEdited({});
      setDropped(new Set());
      setEditing(new Set());
    });
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
  };

  const save = () => {
    if (!draft) return;
    const bundle = structuredClone(draft.bundle) as Record<string, unknown>;
    for (const [key, record] of Object.entries(edited)) {
      const kind = key.slice(0, key.indexOf(':')) as RecordKind;
      const list = bundle[RECORD_COLLECTIONS[kind]] as AnyRecord[];
      bundle[RECORD_COLLECTIONS[kind]] = list.map((item) => (item.id === record.id ? withoutEmpty(record) : item));
    }
    const drop = [...dropped].map((key) => ({ kind: key.slice(0, key.indexOf(':')), id: key.slice(key.indexOf(':') + 1) }));
    startTransition(async () => setAnswer(await saveDraft({ bundle: bundle as never, drop: drop as never })));
  };

  const field = (name: string) => ({
    'aria-invalid': Boolean(fieldErrors[name]?.length),
    'aria-describedby': fieldErrors[name]?.length ? `extract-${name}-error` : undefined,
  });
  const errorFor = (name: string) =>
    fieldErrors[name]?.length ? (
      <span id={`extract-${name}-error`} className="field-error" data-error-for={name}>
        {fieldErrors[name]!.join('; ')}
      </span>
    ) : null;

  const facts = draft ? READING_ORDER.flatMap((kind) => draft.facts.filter((fact) => fact.kind === kind)) : [];
  const kept = facts.filter((fact) => !dropped.has(keyOf(fact)));
  const recordErrors = answer && !answer.ok ? (answer.recordErrors ?? {}) : {};
  const saved = answer?.ok ? answer : undefined;

  return (
    <div className="stack">
      <form className="stack extract-form" onSubmit={submitDraft} aria-labelledby="extract-input-heading">
        <h2 id="extract-input-heading">1. The report</h2>
        <label className="field" htmlFor="extract-text">
          <span>Text of the report (or a saved HTML page)</span>
          <textarea id="extract-text" name="text" rows={10} value={text} onChange={(event) => setText(event.target.value)} {...field('text')} />
          {errorFor('text')}
        </label>
        <label className="field" htmlFor="extract-file">
          <span>Or upload a file (.txt, .html)</span>
          <input id="extract-file" type="file" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" onChange={(event) => void upload(event.target.files?.[0])} />
        </label>
        <div className="form-grid">
          <label className="field" htmlFor="extract-published">
            <span>Published (YYYY, YYYY-MM or YYYY-MM-DD)</span>
            <input
              id="extract-published"
              name="published"
              type="text"
              value={published}
              onChange={(event) => setPublished(event.target.value)}
              {...field('published')}
              aria-describedby={[field('published')['aria-describedby'], 'extract-published-hint'].filter(Boolean).join(' ')}
            />
            <span id="extract-published-hint" className="hint">
              Left empty: the text&rsquo;s front matter (published:), else the page&rsquo;s metadata, a date line under the headline or the dateline, else today; the draft says which.
            </span>
            {errorFor('published')}
          </label>
          <label className="field" htmlFor="extract-publisher">
            <span>Publisher</span>
            <input id="extract-publisher" name="publisher" type="text" value={publisher} onChange={(event) => setPublisher(event.target.value)} {...field('publisher')} />
            {errorFor('publisher')}
          </label>
        </div>
        <p className="hint">Relative dates in the text (&ldquo;last year&rdquo;, &ldquo;on Tuesday&rdquo;) are read against the publication date.</p>
        <div>
          <button type="submit" disabled={pending}>
            {pending && !draft ? 'Drafting…' : 'Draft records'}
          </button>
        </div>
      </form>

      {draft && (
        <section className="stack" aria-labelledby="extract-review-heading">
          <h2 id="extract-review-heading">2. Review the draft</h2>
          <p className="muted" data-testid="draft-summary">
            {plural(draft.facts.length, 'drafted fact')} from {draft.publisherLabel}, {draft.publishedLabel} (date from {draft.dateSource}), in {draft.language.name}. Every new fact is a draft; hover or focus a fact to see its words in the text.
          </p>
          {draft.warnings.length > 0 && (
            <ul className="notice" role="status" data-testid="draft-warnings">
              {draft.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <div className="extract-layout">
            <section aria-labelledby="extract-text-heading" className="extract-source">
              <h3 id="extract-text-heading">The text</h3>
              <HighlightedText text={draft.text} facts={kept.map((fact) => ({ key: keyOf(fact), spans: fact.spans }))} active={active} />
            </section>
            <section aria-labelledby="extract-facts-heading" className="stack">
              <h3 id="extract-facts-heading">Drafted records</h3>
              {draft.people.length > 0 && (
                <div>
                  <h4>People named</h4>
                  <ul className="related" data-testid="people-matches">
                    {draft.people.map((person) => (
                      <li key={person.name}>
                        {person.name}:{' '}
                        {person.known ? (
                          <>
                            <span className="badge ok">matched</span> <a href={`/officials/${person.known.id}`}>{person.known.name}</a>
                          </>
                        ) : (
                          <span className="badge new">new person</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {READING_ORDER.filter((kind) => facts.some((fact) => fact.kind === kind)).map((kind) => (
                <div key={kind}>
                  <h4>{RECORD_HEADINGS[kind].many}</h4>
                  <ul className="fact-list">
                    {facts
                      .filter((fact) => fact.kind === kind)
                      .map((fact) => {
                        const key = keyOf(fact);
                        const isDropped = dropped.has(key);
                        const isEditing = editing.has(key);
                        const record = edited[key] ?? recordOf(draft, fact);
                        const errors = recordErrors[key] ?? {};
                        return (
                          <li
                            key={key}
                            className={`fact-card${isDropped ? ' dropped' : ''}${active === key ? ' active' : ''}`}
                            data-fact={key}
                            onMouseEnter={() => setActive(key)}
                            onFocus={() => setActive(key)}
                          >
                            <div>
                              <strong>{oneLine(fact.label)}</strong> {isDropped && <span className="badge warn">dropped</span>}
                              {Object.keys(errors).length > 0 && <span className="badge warn">needs attention</span>}
                            </div>
                            <div className="muted">
                              confidence {fact.confidence.toFixed(2)} · {fact.basis}
                            </div>
                            <div className="fact-words">
                              {fact.spans.map((span, index) => (
                                <q key={index}>{oneLine(draft.text.slice(span.start, span.end))}</q>
                              ))}
                            </div>
                            <div className="fact-actions">
                              <button
                                type="button"
                                className="secondary"
                                aria-expanded={isEditing}
                                data-action="edit"
                                disabled={isDropped}
                                onClick={() => setEditing((current) => new Set(current.has(key) ? [...current].filter((k) => k !== key) : [...current, key]))}
                              >
                                {isEditing ? 'Done editing' : 'Edit'}
                              </button>{' '}
                              <button
                                type="button"
                                className="secondary"
                                aria-pressed={isDropped}
                                data-action="drop"
                                onClick={() => setDropped((current) => new Set(current.has(key) ? [...current].filter((k) => k !== key) : [...current, key]))}
                              >
                                {isDropped ? 'Keep' : 'Drop'}
                              </button>
                            </div>
                            {isEditing && !isDropped && record && (
                              <FactEditor factKey={key} record={record} errors={errors} onChange={(next) => setEdited((current) => ({ ...current, [key]: next as AnyRecord }))} />
                            )}
                            {!isEditing && Object.keys(errors).length > 0 && (
                              <p className="field-error">
                                {Object.entries(errors)
                                  .map(([name, messages]) => `${name}: ${messages.join('; ')}`)
                                  .join(' · ')}
                              </p>
                            )}
                          </li>
                        );
                      })}
                  </ul>
                </div>
              ))}
              {draft.disputes.length > 0 && (
                <div>
                  <h4>Disputes with what is held</h4>
                  <p className="hint">Both versions are kept, linked as disputing each other; nothing held is overwritten.</p>
                  <ul className="related" data-testid="draft-disputes">
                    {draft.disputes.map((dispute) => (
                      <li key={dispute.id}>
                        {dispute.subject ? `${dispute.subject.kind} ${dispute.subject.id}` : 'A record'}, {dispute.field}: held &ldquo;<span title={dispute.claims[0]?.value}>{draft.disputeLabels[dispute.id]?.[0] ?? dispute.claims[0]?.value}</span>&rdquo;, this report &ldquo;<span title={dispute.claims[1]?.value}>{draft.disputeLabels[dispute.id]?.[1] ?? dispute.claims[1]?.value}</span>&rdquo;
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
          </div>
          <section aria-labelledby="extract-save-heading" className="stack">
            <h2 id="extract-save-heading">3. Save</h2>
            {answer && !answer.ok && (
              <div className="error-box" role="alert" data-testid="save-errors">
                <p>{answer.formError}</p>
                {answer.violations && (
                  <ul>
                    {answer.violations.map((violation) => (
                      <li key={violation}>{violation}</li>
                    ))}
                  </ul>
                )}
                {answer.recordErrors?.['(bundle)'] && <p>{Object.values(answer.recordErrors['(bundle)']).flat().join('; ')}</p>}
              </div>
            )}
            {saved ? (
              <div className="notice" role="status" data-testid="saved">
                <p>
                  Saved as one batch ({saved.saved.batchId ?? 'nothing new: already saved'}): {saved.saved.total.created} record(s) created, {saved.saved.total.unchanged} unchanged
                  {saved.dropped ? `, ${saved.dropped} left out` : ''}. Undo with <code>bilat import undo {saved.saved.batchId}</code>.
                </p>
                <ul className="related">
                  {saved.saved.pairs.map((pair) => (
                    <li key={pair}>
                      <a href={`/pairs/${pair}`}>Open the {pair} dossier</a>
                    </li>
                  ))}
                  {saved.saved.sourceId && (
                    <li>
                      <a href={`/sources/${saved.saved.sourceId}`}>The report as a source, with the words each fact cites</a>
                    </li>
                  )}
                </ul>
              </div>
            ) : canWrite ? (
              <div>
                <button type="button" onClick={save} disabled={pending || kept.length === 0}>
                  {pending ? 'Saving…' : `Save ${kept.length} record(s)`}
                </button>{' '}
                <span className="hint">{dropped.size > 0 ? `${dropped.size} dropped (with whatever depends on them). ` : ''}Saved as drafts awaiting verification, in one batch.</span>
              </div>
            ) : (
              <p className="notice">
                Saving needs an API key with the write scope. <a href="/account?next=/extract">Sign in with a key</a>, then draft again.
              </p>
            )}
          </section>
        </section>
      )}
    </div>
  );
}
