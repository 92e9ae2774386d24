import type { Metadata } from 'next';

/** A page's title, description and Open Graph tags, from one place. */
export function pageMetadata(input: { title: string; description: string; path: string; type?: 'website' | 'article' | 'profile' }): Metadata {
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: input.path },
    openGraph: { title: input.title, description: input.description, url: input.path, type: input.type ?? 'website', siteName: 'bilat' },
    twitter: { card: 'summary', title: input.title, description: input.description },
  };
}
