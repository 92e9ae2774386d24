'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '~/trpc/react';
import { ROLES } from './choices';
import { SelectField, type Errors, type Option } from './fields';
import { KeptFields } from './kept-fields';
import { useRows } from './use-rows';

export interface ParticipantValue {
  personId?: string;
  side?: string;
  role?: string;
  postId?: string;
}


/**
 * One participant: the post list puts first the posts this person is recorded as holding,
 * read through the API (tRPC + TanStack Query) as soon as a person is chosen.
 */
function ParticipantRow({ index, value, people, posts, sides, errors, onRemove }: { index: number; value: ParticipantValue; people: readonly Option[]; posts: readonly Option[]; sides: readonly Option[]; errors: Errors; onRemove: () => void }) {
  const trpc = useTRPC();
  const [personId, setPersonId] = useState(value.personId ?? '');
  const held = useQuery({ ...trpc.holdings.list.queryOptions({ person: personId, limit: 50 }), enabled: Boolean(personId) });
  const heldIds = new Set(held.data?.items.map((holding) => holding.postId) ?? []);
  const heldPosts = posts.filter((post) => heldIds.has(post.value));
  const prefix = `participants.${index}`;
  return (
    <div className="form-grid row-group" data-row={`participants-${index}`}>
      <SelectField name={`${prefix}.personId`} label={`Person ${index + 1}`} errors={errors} defaultValue={value.personId} options={people} blank="— choose a person —" onChange={setPersonId} />
      <SelectField name={`${prefix}.side`} label="Side" errors={errors} defaultValue={value.side} options={sides} blank="—" />
      <SelectField name={`${prefix}.role`} label="Role" errors={errors} defaultValue={value.role} options={ROLES} blank="—" />
      <SelectField
        name={`${prefix}.postId`}
        label="Post held that day"
        errors={errors}
        defaultValue={value.postId}
        options={[]}
        blank="— not recorded —"
        hint={held.isFetching ? 'Looking up the posts this person held…' : heldPosts.length ? 'Posts this person is recorded as holding come first.' : undefined}
      >
        {heldPosts.length > 0 && (
          <optgroup label="Held by this person">
            {heldPosts.map((post) => (
              <option key={`held-${post.value}`} value={post.value}>
                {post.label}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="All posts">
          {posts.map((post) => (
            <option key={post.value} value={post.value}>
              {post.label}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <KeptFields name={prefix} value={value} shown={['personId', 'side', 'role', 'postId']} />
      <button type="button" className="secondary remove" onClick={onRemove} aria-label={`Remove participant ${index + 1}`}>
        Remove
      </button>
    </div>
  );
}

export function ParticipantsField({ initial, people, posts, sides, errors }: { initial: readonly ParticipantValue[]; people: readonly Option[]; posts: readonly Option[]; sides: readonly Option[]; errors: Errors }) {
  const { rows, add, remove } = useRows<ParticipantValue>([...initial, {}], {});
  return (
    <fieldset className="fieldset" data-testid="participants-fieldset">
      <legend>Participants</legend>
      <p className="hint">Who took part, for which side, in what role, and in what post on that day. A blank row is ignored.</p>
      {rows.map((row, index) => (
        <ParticipantRow key={row.key} index={index} value={row.value} people={people} posts={posts} sides={sides} errors={errors} onRemove={() => remove(row.key)} />
      ))}
      <button type="button" className="secondary" onClick={add}>
        Add a participant
      </button>
    </fieldset>
  );
}
