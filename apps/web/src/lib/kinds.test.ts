import { RECORD_HEADINGS, RECORD_KINDS } from '@bilat/domain/kinds';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KindSelect } from '~/components/records/kind-select';
import { hasPage, recordHref } from './links';

/* Every kind the domain lists has an address and a name in the web viewer. */
describe('record kinds on the web', () => {
  it('every kind links somewhere: its page, or its resource in the API', () => {
    for (const kind of RECORD_KINDS) {
      const href = recordHref(kind, 'an id');
      expect(href, kind).toMatch(hasPage(kind) ? /^\/[a-z]+\/an%20id$/ : /^\/api\/v1\/[a-z-]+\/an%20id$/);
    }
    expect(recordHref('person', 'roman-vassilenko')).toBe('/officials/roman-vassilenko');
  });

  it('the kind filter of search and the change log offers every kind by its name', () => {
    const html = renderToStaticMarkup(createElement(KindSelect, { defaultValue: 'meeting' }));
    for (const kind of RECORD_KINDS) expect(html, kind).toContain(`<option value="${kind}"${kind === 'meeting' ? ' selected=""' : ''}>${RECORD_HEADINGS[kind].one}</option>`);
  });
});
