import type { RecordRef } from '@bilat/domain';
import { kindHeading } from '@bilat/domain/kinds';
import { draftFactLabel, plural } from '@bilat/formats';
import { Box, render, Text, useApp, useInput } from 'ink';
import { useState } from 'react';
import { factsByKind, locators, quotedWords, type Draft } from '../render/draft.js';

/*
 * `bilat extract FILE --apply` on a terminal: the drafted facts one at a time, each
 * accepted or skipped with a key, then one question before saving. Skipping a fact also
 * leaves out what depends on it (the holding of a skipped person), which the confirmation
 * says before anything is written.
 */

export interface ReviewDecision {
  skipped: RecordRef[];
}

type Choice = 'accept' | 'skip';

export function Review({ draft, file, onDone }: { draft: Draft; file: string; onDone: (decision: ReviewDecision | undefined) => void }) {
  const facts = factsByKind(draft.facts).flatMap(([, group]) => group);
  const [index, setIndex] = useState(0);
  const [choices, setChoices] = useState<Choice[]>([]);
  const [confirming, setConfirming] = useState(facts.length === 0);
  const { exit } = useApp();
  const finish = (decision: ReviewDecision | undefined) => {
    onDone(decision);
    exit();
  };
  const decide = (choice: Choice) => {
    const next = [...choices];
    next[index] = choice;
    setChoices(next);
    if (index + 1 >= facts.length) setConfirming(true);
    else setIndex(index + 1);
  };

  useInput((input, key) => {
    if (input === 'q' || key.escape || (key.ctrl && input === 'c')) return finish(undefined);
    if (confirming) {
      if (input === 'y' || key.return) {
        const skipped = facts.filter((_, i) => choices[i] === 'skip').map((fact) => ({ kind: fact.kind, id: fact.id }));
        return finish({ skipped });
      }
      if (input === 'n' || input === 'b' || key.leftArrow || key.upArrow) {
        setConfirming(false);
        setIndex(Math.max(0, facts.length - 1));
      }
      return;
    }
    if (input === 'y' || key.return || key.rightArrow) decide('accept');
    else if (input === 'n' || input === 's') decide('skip');
    else if (input === 'b' || key.leftArrow || key.upArrow) setIndex(Math.max(0, index - 1));
    else if (input === 'a') {
      const next = facts.map((_, i) => choices[i] ?? 'accept');
      setChoices(next);
      setConfirming(true);
    }
  });

  const accepted = choices.filter((c) => c === 'accept').length;
  const skippedCount = choices.filter((c) => c === 'skip').length;
  if (confirming) {
    return (
      <Box flexDirection="column">
        <Text bold>Save the draft of {file}?</Text>
        <Text>
          {plural(accepted, 'fact')} accepted, {skippedCount} skipped{skippedCount ? ' (with whatever depends on them)' : ''}; {plural(draft.disputes.length, 'dispute')} with held records {draft.disputes.length === 1 ? 'is' : 'are'} kept beside them.
        </Text>
        <Text>Everything is saved as one batch (undo with bilat import undo), as drafts awaiting verification.</Text>
        <Text dimColor>y/Enter save · n/← back to the facts · q cancel</Text>
      </Box>
    );
  }
  const fact = facts[index]!;
  const person = fact.kind === 'person' ? draft.people.find((p) => p.proposedId === fact.id) : undefined;
  const choice = choices[index];
  return (
    <Box flexDirection="column">
      <Text bold>
        Review the draft of {file} — fact {index + 1} of {facts.length}
      </Text>
      <Text>
        {kindHeading(fact.kind)} · confidence {fact.confidence.toFixed(2)} · {fact.basis}
        {choice ? ` · ${choice === 'accept' ? 'accepted' : 'skipped'}` : ''}
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text bold>{draftFactLabel(fact, draft.bundle)}</Text>
        <Text>
          {quotedWords(draft.text, fact)} <Text dimColor>[{locators(fact)}]</Text>
        </Text>
        {person && <Text dimColor>A new person: no one held matches this name.</Text>}
        {fact.held && <Text dimColor>Already held: saving adds this report to its citations.</Text>}
      </Box>
      <Box marginTop={1}>
        <Text dimColor>
          {accepted} accepted, {skippedCount} skipped · y/Enter accept · n skip · ←/b back · a accept the rest · q cancel
        </Text>
      </Box>
    </Box>
  );
}

/** Runs the review on the terminal; undefined when the user cancels. */
export async function reviewDraft(draft: Draft, file: string): Promise<ReviewDecision | undefined> {
  let decision: ReviewDecision | undefined;
  const instance = render(<Review draft={draft} file={file} onDone={(d) => (decision = d)} />, { exitOnCtrlC: false });
  await instance.waitUntilExit();
  return decision;
}
