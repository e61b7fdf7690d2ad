/** Words a saved report's file name carries besides the agency: `东区统计局2023年政府信息公开工作年度报告.html`. */
const REPORT_WORDS =
  /(?:关于)?(?:\d{4}年?度?)|(?:政府)?(?:信息公开|政务公开)|工作|年度报告|年度|年报|报告|附件|统计表|[()（）[\]【】_\-—–.\s]/g;

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, '');
}

/** The agency a file name names, when what is left after the report words reads as a name (else null). */
export function agencyFromFileName(fileName: string): string | null {
  const rest = baseName(fileName).normalize('NFKC').replace(REPORT_WORDS, '');
  return /^[\u4e00-\u9fff]{2,40}$/.test(rest) ? rest : null;
}

/** A plausible report year in the file name (`…2023年…`, `2021_…`), or null. */
export function reportYearFromFileName(fileName: string, latestYear: number): number | null {
  for (const match of baseName(fileName)
    .normalize('NFKC')
    .matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
    const year = Number(match[1]);
    if (year >= 2008 && year <= latestYear) return year;
  }
  return null;
}
