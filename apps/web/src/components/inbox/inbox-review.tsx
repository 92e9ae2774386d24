'use client';

import { confidenceLabel, INBOX_KEY_HELP, inboxCommand, type InboxCommand } from '@bilat/formats/inbox';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type KeyboardEvent } from 'react';
import { acceptAction, acceptAllAction, rejectAction, type DecisionAnswer } from '~/server/actions/inbox';
import { ProposalEditor, type Edits } from './proposal-editor';
import { ProposalSummary } from './proposal-card';
import type { ReviewItem } from './review-item';

/*
 * The review list, keyboard first. Each proposal is one focusable article; j/k or the
 * arrows move between them, a accepts, e opens the editor, r rejects — and every one of
 * those is also a button reached with Tab. After a decision the proposal leaves the list
 * and focus lands on the one that took its place, so the reviewer can go on pressing
 * keys; what happened is said in a polite live region.
 */

export function InboxReview({ initial, waiting }: { initial: ReviewItem[]; waiting: boolean }) {
  const [items, setItems] = useState(initial);
  const [current, setCurrent] = useState(0);
  const [editing, setEditing] = useState<number>();
  const [status, setStatus] = useState('');
  const [minConfidence, setMinConfidence] = useState('0.8');
  const [pending, startTransition] = useTransition();
  const articles = useRef(new Map<number, HTMLElement>());
  const focusAfter = useRef<number | undefined>(undefined);
  const router = useRouter();

  // The server's list after a refresh is the truth (a proposal decided elsewhere leaves, a bulk accept's failures stay).
  useEffect(() => setItems(initial), [initial]);

  // After the list changes, focus goes where the decision left the reviewer.
  useEffect(() => {
    if (focusAfter.current === undefined) return;
    const target = items[Math.min(focusAfter.current, items.length - 1)];
    focusAfter.current = undefined;
    if (target) articles.current.get(target.id)?.focus();
    else document.getElementById('inbox-status')?.focus();
  }, [items]);

  const move = (to: number) => {
    if (items.length === 0) return;
    const index = Math.max(0, Math.min(items.length - 1, to));
    setCurrent(index);
    articles.current.get(items[index]!.id)?.focus();
  };

  const settle = (proposal: ReviewItem, answer: DecisionAnswer, verb: string) => {
    if (!answer.ok) {
      setStatus(`Not ${verb}: ${answer.message}`);
      articles.current.get(proposal.id)?.focus();
      return;
    }
    const index = items.findIndex((item) => item.id === proposal.id);
    focusAfter.current = index;
    setEditing(undefined);
    // Out of the waiting list once decided; in the other lists it stays, with its new status.
    setItems((list) => (waiting ? list.filter((item) => item.id !== proposal.id) : list.map((item) => (item.id === proposal.id ? { ...item, status: verb === 'rejected' ? 'rejected' : 'accepted' } : item))));
    setCurrent(Math.max(0, Math.min(index, items.length - 2)));
    const batch = answer.batchIds[0] ? ` (import batch ${answer.batchIds[0]}, undo with bilat import undo)` : '';
    setStatus(`${verb === 'rejected' ? 'Rejected' : 'Accepted'}: ${proposal.title}${batch}. ${waiting ? `${items.length - 1} left.` : ''}`.trim());
    router.refresh();
  };

  const accept = (proposal: ReviewItem, edits?: Edits) => {
    startTransition(async () => settle(proposal, await acceptAction(proposal.id, edits), 'accepted'));
  };
  const reject = (proposal: ReviewItem) => {
    startTransition(async () => settle(proposal, await rejectAction(proposal.id), 'rejected'));
  };
  const acceptAll = () => {
    const threshold = Number(minConfidence);
    startTransition(async () => {
      const answer = await acceptAllAction(threshold);
      if (!answer.ok) return setStatus(`Nothing accepted: ${answer.message}`);
      setItems((list) => (waiting ? list.filter((item) => item.confidence < threshold) : list));
      focusAfter.current = 0;
      const failures = answer.message.replace(/^Accepted\s*/, '');
      setStatus(`Accepted ${answer.accepted ?? 0} ${answer.accepted === 1 ? 'proposal' : 'proposals'} at or above ${confidenceLabel(threshold)}.${failures ? ` ${failures}` : ''}`);
      router.refresh();
    });
  };

  const run = (command: InboxCommand, index: number) => {
    const proposal = items[index];
    if (!proposal) return;
    if (command === 'next') return move(index + 1);
    if (command === 'previous') return move(index - 1);
    if (proposal.status !== 'waiting' || pending) return;
    if (command === 'accept') return accept(proposal);
    if (command === 'reject') return reject(proposal);
    if (command === 'edit') {
      setCurrent(index);
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
          <button type="submit" className="secondary" disabled={pending}>
            Accept all at or above {confidenceLabel(Number(minConfidence))}
          </button>
        </form>
      )}
      <p className="hint">Keys: {INBOX_KEY_HELP}. Tab reaches every button too.</p>
      {items.length === 0 ? (
        <p className="empty">{waiting ? 'Nothing waiting for review.' : 'No proposals here.'}</p>
      ) : (
        // Busy while a decision settles: the status is said as soon as the server answers, but the list's refresh
        // runs on in the same transition, and a key pressed before it ends is not taken (no second decision meanwhile).
        <ol className="plain-list inbox-list" aria-label="Proposals" aria-busy={pending} onKeyDown={onKeyDown}>
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
                    if (event.target === event.currentTarget) setCurrent(index);
                  }}
                >
                  <ProposalSummary proposal={proposal} headingId={headingId} />
                  {editing === proposal.id ? (
                    <ProposalEditor
                      proposal={proposal}
                      pending={pending}
                      onAccept={(edits) => accept(proposal, edits)}
                      onCancel={() => {
                        setEditing(undefined);
                        articles.current.get(proposal.id)?.focus();
                      }}
                    />
                  ) : (
                    proposal.status === 'waiting' && (
                      <p className="row fact-actions">
                        <button type="button" disabled={pending} onClick={() => accept(proposal)} aria-describedby={headingId}>
                          Accept
                        </button>
                        <button type="button" className="secondary" disabled={pending} onClick={() => run('edit', index)} aria-describedby={headingId}>
                          Edit
                        </button>
                        <button type="button" className="secondary" disabled={pending} onClick={() => reject(proposal)} aria-describedby={headingId}>
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
