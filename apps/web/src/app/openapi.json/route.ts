import { openApiDocument } from '@bilat/api';

export function GET() {
  return Response.json(openApiDocument());
}
