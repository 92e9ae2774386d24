import { handleImportUpload } from '@bilat/api/imports';
import { contextFromRequest } from '~/server/api-context';

/** POST /api/v1/imports/{format}: the same streamed import `bilat serve` offers (a write key). */
export async function POST(request: Request, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  const context = await contextFromRequest(request);
  const length = request.headers.get('content-length');
  const result = await handleImportUpload({
    database: context.database,
    caller: context.caller,
    format,
    query: Object.fromEntries(new URL(request.url).searchParams),
    body: request.body as AsyncIterable<Uint8Array> | null,
    length: length === null ? undefined : Number(length),
  });
  return Response.json(result.body, { status: result.status, headers: result.drained ? {} : { connection: 'close' } });
}

export const dynamic = 'force-dynamic';
