import { SCHEMA_VERSION, appliedSchema, type BilatDatabase } from '@bilat/db';
import { API_VERSION } from './version.js';

export type HealthReport =
  | { status: 'ok'; version: string; database: BilatDatabase['dialect']; schema: string | null; current: boolean }
  | { status: 'unavailable'; version: string; database: BilatDatabase['dialect']; error: string };

/**
 * What /healthz answers, on `bilat serve` and the web server alike: the API's version (a
 * client compares its major), the database and whether its schema is the latest. One read
 * of the migrations table per call (not the migrator's introspection), so a load balancer
 * polling it costs next to nothing, and a database that went away still reads as a 503.
 */
export async function healthReport(database: BilatDatabase): Promise<{ httpStatus: 200 | 503; body: HealthReport }> {
  try {
    const schema = await appliedSchema(database);
    return { httpStatus: 200, body: { status: 'ok', version: API_VERSION, database: database.dialect, schema, current: schema === SCHEMA_VERSION } };
  } catch (error) {
    return { httpStatus: 503, body: { status: 'unavailable', version: API_VERSION, database: database.dialect, error: (error as Error).message } };
  }
}
