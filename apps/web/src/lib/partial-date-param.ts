/** A partial date as a URL parameter accepts it: YYYY, YYYY-MM or YYYY-MM-DD (checked again by the domain on the server). */
export const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

export const PARTIAL_DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';
