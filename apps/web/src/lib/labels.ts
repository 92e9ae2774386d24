/*
 * The web's words for codes come from @bilat/formats' client-safe entry point, the same
 * wording the command line, the terminal UI and the exporters use; client components
 * import them from here like the pages do.
 */
export { actionLabel, humanize, instantLabel, plural, roleLabel, stageLabel } from '@bilat/formats/describe';
