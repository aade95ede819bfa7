import ExcelJS from 'exceljs';
import type { Grade, Ranked } from '#libs/metrics';
import type { ExportFormat } from './figures.dto.js';
import type { UnitFigures } from './unit-figures.service.js';

const GRADE_NAMES: Readonly<Record<Grade, string>> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };

const NOT_APPLICABLE = '—';

const percent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 10_000) / 100);

/** The bulletin's columns (绩效评估结果公告), in the order printed. */
const COLUMNS: readonly { header: string; width: number; value: (row: Ranked<UnitFigures>) => string | number | null }[] = [
  { header: '排名', width: 6, value: (row) => row.rank },
  { header: '档次', width: 8, value: (row) => (row.grade ? GRADE_NAMES[row.grade] : null) },
  { header: '单位编码', width: 14, value: (row) => row.code },
  { header: '单位名称', width: 28, value: (row) => row.name },
  { header: '综合评分', width: 10, value: (row) => row.score },
  { header: '响应率(%)', width: 10, value: (row) => percent(row.rates.responseRate) },
  { header: '解决率(%)', width: 10, value: (row) => percent(row.rates.resolutionRate) },
  { header: '满意率(%)', width: 10, value: (row) => percent(row.rates.satisfactionRate) },
  { header: '按时办结率(%)', width: 13, value: (row) => percent(row.rates.onTimeRate) },
  { header: '退单率(%)', width: 10, value: (row) => percent(row.rates.returnRate) },
  { header: '应签收', width: 8, value: (row) => row.counts.signDue },
  { header: '按时签收', width: 9, value: (row) => row.counts.signedInTime },
  { header: '答复', width: 7, value: (row) => row.counts.replies },
  { header: '按时答复', width: 9, value: (row) => row.counts.repliedInTime },
  { header: '派单', width: 7, value: (row) => row.counts.dispatched },
  { header: '退单', width: 7, value: (row) => row.counts.returned },
  { header: '回访接通', width: 9, value: (row) => row.counts.reached },
  { header: '未接通', width: 8, value: (row) => row.counts.unreached },
  { header: '重办答复', width: 9, value: (row) => row.redo.counts.replies },
  { header: '重办满意率(%)', width: 13, value: (row) => percent(row.redo.rates.satisfactionRate) },
];

export interface ExportedFile {
  readonly contentType: string;
  readonly fileName: string;
  readonly body: Buffer;
}

/** The monthly ranking as a CSV (UTF-8 with a BOM, so that Excel reads the Chinese) or an Excel workbook. */
export async function exportRanking(rows: readonly Ranked<UnitFigures>[], title: string, format: ExportFormat): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31)); // Excel's limit on a sheet name
  sheet.columns = COLUMNS.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // "—" where a rate had no cases or a unit no rank: a blank would read as a missing figure.
  for (const row of rows) sheet.addRow(COLUMNS.map(({ value }) => value(row) ?? NOT_APPLICABLE));
  if (format === 'csv') {
    const csv = Buffer.from(await workbook.csv.writeBuffer());
    return { contentType: 'text/csv; charset=utf-8', fileName: `${title}.csv`, body: Buffer.concat([Buffer.from('\uFEFF'), csv]) };
  }
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${title}.xlsx`,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
