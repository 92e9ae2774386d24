import { openApiDocument } from '@bilat/api/openapi';

export function GET() {
  return Response.json(openApiDocument());
}
