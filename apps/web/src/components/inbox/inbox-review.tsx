'use client';

import { confidenceLabel, INBOX_KEY_HELP, inboxCommand, type InboxCommand } from '@bilat/formats/inbox';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { acceptAction, acceptAllAction, rejectAction, type DecisionAnswer } from '~/server/actions/inbox';
import { ProposalEditor, type Edits } from './proposal-editor';
import { ProposalSummary } from './proposal-card';
import type { ReviewItem } from './review-item';

/*
 * The review list, keyboard first. Each proposal is one focusable article; j/k or the
 * arrows move between them, a accepts, e opens the editor, r rejects — and every one of
 * those is also a button reached with Tab. A decision takes the proposal out of the list at
 * once and focus lands on the one that took its place, so the reviewer can go on pressing
 * keys while the server works: decisions are sent one after another in the order they were
 * made, each answered in a polite live region; a refused one comes back into the list.
 * The server's action answers with the page's fresh list (it revalidates), so a decision
 * costs one request and the list the server sends is the truth, less what is still on its way.
 */

type Focus = { index: number } | { id: number };

export function InboxReview({ initial, waiting }: { initial: ReviewItem[]; waiting: boolean }) {
  // Decided here: out of the waiting list (in the other lists, shown with the new status) until the server's list knows.
  const [decided, setDecided] = useState<ReadonlyMap<number, 'accepted' | 'rejected'>>(new Map());
  // Edited then accepted: the editor stays open (its fields kept if the server refuses) until the answer comes.
  const [saving, setSaving] = useState<number>();
  const [currentId, setCurrentId] = useState<number>();
  const [editing, setEditing] = useState<number>();
  const [status, setStatus] = useState('');
  const [minConfidence, setMinConfidence] = useState('0.8');
  const [inFlight, setInFlight] = useState(0);
  const articles = useRef(new Map<number, HTMLElement>());
  const focusAfter = useRef<Focus | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const items = useMemo(
    () =>
      waiting
        ? initial.filter((item) => !decided.has(item.id))
        : initial.map((item) => {
            const verdict = decided.get(item.id);
            return verdict ? { ...item, status: verdict } : item;
          }),
    [initial, decided, waiting],
  );
  const latest = useRef(items);
  latest.current = items;
  const found = items.findIndex((item) => item.id === currentId);
  const current = found < 0 ? 0 : found;

  // After the list changes, focus goes where the decision left the reviewer (before the next key is read).
  useLayoutEffect(() => {
    const wanted = focusAfter.current;
    if (wanted === undefined) return;
    focusAfter.current = undefined;
    const target = 'id' in wanted ? items.find((item) => item.id === wanted.id) : items[Math.min(wanted.index, items.length - 1)];
    if (target) {
      setCurrentId(target.id);
      articles.current.get(target.id)?.focus();
    } else document.getElementById('inbox-status')?.focus();
  }, [items]);

  const move = (to: number) => {
    if (items.length === 0) return;
    const index = Math.max(0, Math.min(items.length - 1, to));
    setCurrentId(items[index]!.id);
    articles.current.get(items[index]!.id)?.focus();
  };

  /** Work for the server, after every decision made before it; the list is busy while any is on its way. */
  const enqueue = (work: () => Promise<void>) => {
    setInFlight((count) => count + 1);
    queue.current = queue.current.then(work).finally(() => setInFlight((count) => count - 1));
  };
  const answerOf = async (send: () => Promise<DecisionAnswer>): Promise<DecisionAnswer> => {
    try {
      return await send();
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
  const forget = (id: number) =>
    setDecided((map) => {
      const next = new Map(map);
      next.delete(id);
      return next;
    });

  const decide = (proposal: ReviewItem, verb: 'accepted' | 'rejected', edits?: Edits) => {
    const index = items.findIndex((item) => item.id === proposal.id);
    const edited = edits !== undefined;
    if (edited) setSaving(proposal.id);
    else {
      // Out of the list now; the next key goes to the proposal that took its place.
      focusAfter.current = { index };
      if (editing === proposal.id) setEditing(undefined);
      setDecided((map) => new Map(map).set(proposal.id, verb));
    }
    enqueue(async () => {
      const answer = await answerOf(() => (verb === 'accepted' ? acceptAction(proposal.id, edits) : rejectAction(proposal.id)));
      if (edited) setSaving(undefined);
      if (!answer.ok) {
        // Back in the list (or the editor left open with what was typed), with focus on it and the reason said.
        setStatus(`Not ${verb}: ${proposal.title}: ${answer.message}`);
        if (edited) articles.current.get(proposal.id)?.focus();
        else {
          focusAfter.current = { id: proposal.id };
          forget(proposal.id);
        }
        return;
      }
      if (edited) {
        focusAfter.current = { index: latest.current.findIndex((item) => item.id === proposal.id) };
        setEditing(undefined);
        setDecided((map) => new Map(map).set(proposal.id, verb));
      }
      const left = latest.current.filter((item) => item.id !== proposal.id).length;
      const batch = answer.batchIds[0] ? ` (import batch ${answer.batchIds[0]}, undo with bilat import undo)` : '';
      setStatus(`${verb === 'rejected' ? 'Rejected' : 'Accepted'}: ${proposal.title}${batch}. ${waiting ? `${left} left.` : ''}`.trim());
    });
  };

  const acceptAll = () => {
    const threshold = Number(minConfidence);
    enqueue(async () => {
      const answer = await answerOf(() => acceptAllAction(threshold));
      if (!answer.ok) return setStatus(`Nothing accepted: ${answer.message}`);
      const failed = new Set(answer.failedIds ?? []);
      focusAfter.current = { index: 0 };
      setDecided((map) => {
        const next = new Map(map);
        for (const item of latest.current) if (item.status === 'waiting' && item.confidence >= threshold && !failed.has(item.id)) next.set(item.id, 'accepted');
        return next;
      });
      const failures = answer.message.replace(/^Accepted\s*/, '');
      setStatus(`Accepted ${answer.accepted ?? 0} ${answer.accepted === 1 ? 'proposal' : 'proposals'} at or above ${confidenceLabel(threshold)}.${failures ? ` ${failures}` : ''}`);
    });
  };

  const run = (command: InboxCommand, index: number) => {
    const proposal = items[index];
    if (!proposal) return;
    if (command === 'next') return move(index + 1);
    if (command === 'previous') return move(index - 1);
    if (proposal.status !== 'waiting' || saving === proposal.id) return;
    if (command === 'accept') return decide(proposal, 'accepted');
    if (command === 'reject') return decide(proposal, 'rejected');
    if (command === 'edit') {
      setCurrentId(proposal.id);
      setEditing(proposal.id);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const target = event.target as HTMLElement;
    // Typing in the editor is typing, not commands.
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const command = inboxCommand(event.key, { ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey });
    if (!command) return;
    const article = target.closest<HTMLElement>('[data-proposal]');
    const index = article ? items.findIndex((item) => String(item.id) === article.dataset.proposal) : current;
    event.preventDefault();
    run(command, index < 0 ? current : index);
  };

  return (
    <div className="stack">
      <p id="inbox-status" role="status" aria-live="polite" tabIndex={-1} className="inbox-status">
        {status}
      </p>
      {waiting && items.length > 0 && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            acceptAll();
          }}
        >
          <div className="field">
            <label htmlFor="min-confidence">Accept every proposal at or above this confidence</label>
            <input id="min-confidence" type="number" min="0" max="1" step="0.05" value={minConfidence} onChange={(event) => setMinConfidence(event.target.value)} />
          </div>
          <button type="submit" className="secondary">
            Accept all at or above {confidenceLabel(Number(minConfidence))}
          </button>
        </form>
      )}
      <p className="hint">Keys: {INBOX_KEY_HELP}. Tab reaches every button too.</p>
      {items.length === 0 ? (
        <p className="empty">{waiting ? 'Nothing waiting for review.' : 'No proposals here.'}</p>
      ) : (
        // Busy while a decision is on its way to the server; keys are taken meanwhile, and sent after it in order.
        <ol className="plain-list inbox-list" aria-label="Proposals" aria-busy={inFlight > 0} onKeyDown={onKeyDown}>
          {items.map((proposal, index) => {
            const headingId = `proposal-${proposal.id}-title`;
            return (
              <li key={proposal.id}>
                <article
                  className={index === current ? 'card inbox-item current' : 'card inbox-item'}
                  data-proposal={proposal.id}
                  tabIndex={0}
                  aria-labelledby={headingId}
                  aria-current={index === current ? 'true' : undefined}
                  ref={(element) => {
                    if (element) articles.current.set(proposal.id, element);
                    else articles.current.delete(proposal.id);
                  }}
                  onFocus={(event) => {
                    if (event.target === event.currentTarget) setCurrentId(proposal.id);
                  }}
                >
                  <ProposalSummary proposal={proposal} headingId={headingId} />
                  {editing === proposal.id ? (
                    <ProposalEditor
                      proposal={proposal}
                      pending={saving === proposal.id}
                      onAccept={(edits) => decide(proposal, 'accepted', edits)}
                      onCancel={() => {
                        setEditing(undefined);
                        articles.current.get(proposal.id)?.focus();
                      }}
                    />
                  ) : (
                    proposal.status === 'waiting' && (
                      <p className="row fact-actions">
                        <button type="button" onClick={() => run('accept', index)} aria-describedby={headingId}>
                          Accept
                        </button>
                        <button type="button" className="secondary" onClick={() => run('edit', index)} aria-describedby={headingId}>
                          Edit
                        </button>
                        <button type="button" className="secondary" onClick={() => run('reject', index)} aria-describedby={headingId}>
                          Reject
                        </button>
                      </p>
                    )
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
