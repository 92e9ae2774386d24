import { appliedMigrations, SCHEMA_VERSION } from '@bilat/db';
import { getDatabase } from '~/server/database';

export async function GET() {
  try {
    const database = await getDatabase();
    const applied = await appliedMigrations(database);
    return Response.json({ status: 'ok', database: database.dialect, schema: applied.at(-1) ?? null, current: applied.at(-1) === SCHEMA_VERSION });
  } catch (error) {
    return Response.json({ status: 'unavailable', error: (error as Error).message }, { status: 503 });
  }
}
export const dynamic = 'force-dynamic';
