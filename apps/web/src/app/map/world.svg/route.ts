import { worldSprite } from '~/lib/world-geometry';

/*
 * The map's outlines as one SVG sprite, built once per process and cached by browsers
 * for a day: every page with a map points at its shapes by id.
 */
// Built at `next build` and served as a file.
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(worldSprite(), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400' },
  });
}
