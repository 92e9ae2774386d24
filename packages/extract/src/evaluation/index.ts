export { expectedSchema, realReportSchema, type Expected, type RealReport } from './expected.js';
export { FIGURE_KINDS, KINDS, SAME, actualFacts, add, empty, normalTitle, precision, recall, scoreKind, type Score } from './score.js';
export { scoreRealReports, scoreReportMeetings, formatRealScores, type RealInput, type RealScores } from './real.js';
