// No zod here (also `@bilat/domain/ids`): a quick read checks the ids it is given without
// loading the schemas. idSchema (ids.ts) is built on this rule.

/** Ids are stable, readable slugs: `kz-lt-political-consultations-10`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 120;

/** True for what idSchema accepts. */
export function isId(value: string): boolean {
  return value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}
