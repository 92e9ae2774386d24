import { API_VERSION, healthReport } from '@bilat/api';
import { getDatabase } from '~/server/database';

/** The same answer as `bilat serve`'s /healthz; a database that cannot even be opened is a 503 too. */
export async function GET() {
  let database: Awaited<ReturnType<typeof getDatabase>>;
  try {
    database = await getDatabase();
  } catch (error) {
    return Response.json({ status: 'unavailable', version: API_VERSION, error: (error as Error).message }, { status: 503 });
  }
  const { httpStatus, body } = await healthReport(database);
  return Response.json(body, { status: httpStatus });
}
export const dynamic = 'force-dynamic';
