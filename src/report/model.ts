/** The report model is declared once, as the zod schema the report route answers with. */
export type { Counts } from '../contract/common.js';
export type { ReportModel } from '../contract/report.js';
export type { ReportComparison } from '../contract/comparison.js';
