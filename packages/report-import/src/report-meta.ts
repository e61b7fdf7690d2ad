/** Report year and agency, read from the title, the table heading, 填报单位 and the signature. */
export interface ReportMeta {
  reportYear: number | null;
  agency: string | null;
}

const HAN = '\\u4e00-\\u9fff';
/** `2018年政府信息公开工作年度报告`, `2017年度政府信息公开工作年度报告`, `2020年宁海县人民政府办公室信息公开工作年度报告`. */
const TITLE = /^(.*?)(\d{4})年度?(.*?)(?:政府)?(?:信息公开|政务公开)(?:工作)?年度?报告/;
const TABLE_HEADING_YEAR = /^\((\d{4})年度?\)$|统计表\((\d{4})年?度?\)|(\d{4})年度?政府信息公开情况统计表/;
const REPORT_YEAR_ANYWHERE = /(\d{4})年度?(?:政府)?信息公开工作年度报告/;
const FILLER = /填报单位(?:\(盖章\))?:(.+)$/;
const COMPILED_BY = new RegExp(`由([${HAN}]{4,30}?)(?:负责)?编制`);
const AGENCY_SUFFIX =
  /(局|委|委员会|办|办公室|政府|厅|中心|办事处|管委会|管理委员会|院|所|站|队|部|署|会|室)$/;
const DATE_LINE =
  /^[\d〇○零一二三四五六七八九十]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;
/** `市规划局`, `区规划资源局`: a title that names the agency without its place. */
const ABBREVIATED = /^[省市区县镇乡]/;
/** The title may be wrapped over the first lines, or sit below a page's navigation links. */
const WRAPPED_TITLE_LINES = 3;
const TITLE_SEARCH_LINES = 15;
const SIGNATURE_SEARCH_LINES = 15;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

function isPlausibleYear(year: number): boolean {
  return year >= 2000 && year <= 2100;
}

function isPlausibleAgency(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && new RegExp(`^[${HAN}()（）]+$`).test(name);
}

function titleMatch(heads: string[]): { year: number; agency: string | null } | null {
  for (const head of heads) {
    const match = TITLE.exec(head);
    if (!match || !isPlausibleYear(Number(match[2]))) continue;
    const before = match[1].replace(/^关于|关于$/g, '');
    // “…县人民政府信息公开工作年度报告”: the 政府 the pattern read as part of 政府信息公开 belongs to the agency.
    const after = match[3].replace(/的$/, '').replace(/人民$/, '人民政府');
    const agency = [before, after].find(isPlausibleAgency) ?? null;
    return { year: Number(match[2]), agency };
  }
  return null;
}

function signatureAgency(lines: string[]): string | null {
  const tail = lines.slice(-SIGNATURE_SEARCH_LINES);
  for (let position = tail.length - 2; position >= 0; position--) {
    const name = tail[position];
    if (DATE_LINE.test(tail[position + 1]) && AGENCY_SUFFIX.test(name) && isPlausibleAgency(name))
      return name;
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words of a sentence, not of a place name: “现公布区统计局…” does not name a 现公布区. */
const PROSE_BEFORE_PLACE = /公布|发布|编制|现将|根据|关于|报告|本|的/;

/** `区规划资源局` → `宝山区规划和自然资源局` when the text names the agency in full somewhere. */
function expandAbbreviation(abbreviation: string, fullText: string): string | null {
  // The pieces come from the document: escaped, so （）, [] or + in an agency's name stay plain text.
  const level = escapeRegExp(abbreviation[0]);
  const core = escapeRegExp(abbreviation.slice(1, 3));
  const last = escapeRegExp(abbreviation[abbreviation.length - 1]);
  const pattern = new RegExp(`(?<![${HAN}])([${HAN}]{2,6}?)${level}${core}[${HAN}]{0,10}?${last}`, 'g');
  for (const match of fullText.matchAll(pattern)) {
    if (!PROSE_BEFORE_PLACE.test(match[1])) return match[0];
  }
  return null;
}

/**
 * Reads report year and agency from the text. The year is the year the report covers — from the title or the
 * 统计表 heading `（2018年度）` — never the date under the signature (a 2017 report is signed in 2018).
 */
export function readReportMeta(title: string | null, lines: string[]): ReportMeta {
  const compactLines = lines.map(compact).filter((line) => line.length > 0);
  const heads = [
    title ? compact(title) : '',
    compactLines.slice(0, WRAPPED_TITLE_LINES).join(''),
    ...compactLines.slice(0, TITLE_SEARCH_LINES),
  ].filter(Boolean);
  const fromTitle = titleMatch(heads);

  let reportYear = fromTitle?.year ?? null;
  if (reportYear === null) {
    for (const line of compactLines) {
      const match = TABLE_HEADING_YEAR.exec(line) ?? REPORT_YEAR_ANYWHERE.exec(line);
      const year = match ? Number(match.slice(1).find(Boolean)) : NaN;
      if (isPlausibleYear(year)) {
        reportYear = year;
        break;
      }
    }
  }

  const filler = compactLines
    .map((line) => FILLER.exec(line)?.[1])
    .find((name) => name && isPlausibleAgency(name));
  const titleAgency = fromTitle?.agency ?? null;
  const fullText = compactLines.join('\n');
  const compiledBy = COMPILED_BY.exec(fullText)?.[1];
  const candidates = [
    filler,
    titleAgency && !ABBREVIATED.test(titleAgency) ? titleAgency : null,
    compiledBy && isPlausibleAgency(compiledBy) ? compiledBy : null,
    signatureAgency(compactLines),
    titleAgency ? expandAbbreviation(titleAgency, fullText) : null,
    titleAgency,
  ];
  return { reportYear, agency: candidates.find((name): name is string => Boolean(name)) ?? null };
}
