/**
 * Whether what bilat's own code builds from validated data (the API's answers, the
 * extractor's drafted records) is checked against its schema again. Such a check can only
 * find a bug of ours and costs about as much as the building, so the tests do it
 * (BILAT_VALIDATE_OUTPUT=1 in their setup) and a running program does not. One switch for
 * every package; read when asked, so a test can change it and load a module afresh.
 */
export function validatingOutput(): boolean {
  return globalThis.process?.env?.BILAT_VALIDATE_OUTPUT === '1';
}
