/** Where the REST routes are mounted, on `bilat serve` and the web server alike. */
export const REST_BASE_PATH = '/api/v1';
