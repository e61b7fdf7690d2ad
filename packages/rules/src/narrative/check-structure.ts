import { SIX_NARRATIVE_SECTIONS } from '../formats/shared-2019-2021';
import type { ReportData, Violation } from '../report';

/** How the six headings are recognised whatever their wording details (“因政府信息公开工作被申请行政复议…”). */
const SECTION_PATTERNS: RegExp[] = [
  /^(总体情况|总体概述|概述|基本情况|工作概况|总体工作情况|基本概况)/,
  /^主动公开(政府)?(信息)?(的)?(基本)?(工作)?情况/,
  /^(收到和处理(政府信息公开)?申请|依申请公开(政府信息)?(的)?(工作)?情况)/,
  /^(政府信息公开)?(的)?(因政府信息公开(工作|申请)?)?(被)?(申请)?(行政复议|复议)[、和及与,，]?(提起)?(行政诉讼|诉讼)?/,
  /^(政府信息公开工作)?(存在的?)?主要问题(及|和|与)?(改进)?/,
  /^其[他它](需要)?报告的?事项/,
];

/** 一、 / 1、 / 1. / 第一部分 number a top-level heading; （一） numbers a sub-heading (e.g. （二）依申请公开). */
const TOP_NUMBERING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．])\s*/;
const SUB_NUMBERING = /^[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*/;

interface Heading {
  section: number;
  line: number;
  isTopLevel: boolean;
}

function headingsOf(narrative: string): Heading[] {
  const headings: Heading[] = [];
  narrative.split(/\r?\n/).forEach((raw, line) => {
    const text = raw.replace(/[\s\u3000]+/g, '');
    if (!text || text.length > 40 || /。$/.test(text)) return;
    const isTopLevel = !SUB_NUMBERING.test(text);
    const title = text.replace(TOP_NUMBERING, '').replace(SUB_NUMBERING, '');
    const section = SECTION_PATTERNS.findIndex((pattern) => pattern.test(title));
    if (section >= 0) headings.push({ section, line, isTopLevel });
  });
  return headings;
}

/** The first heading of each section, preferring top-level ones over sub-headings of the same wording. */
function firstOfEachSection(headings: Heading[]): (Heading | undefined)[] {
  return SIX_NARRATIVE_SECTIONS.map((_, section) => {
    const candidates = headings.filter((heading) => heading.section === section);
    return candidates.find((heading) => heading.isTopLevel) ?? candidates[0];
  });
}

/**
 * The 2019 and 2021 formats require six narrative sections in a fixed order (条例第五十条); a missing or misplaced
 * section is a SOFT finding. Legacy reports have a free narrative and are not checked.
 */
export function checkStructure(narrative: string, report: Pick<ReportData, 'formatId'>): Violation[] {
  if (report.formatId === 'legacy') return [];
  const found = firstOfEachSection(headingsOf(narrative));
  if (found.every((heading) => !heading)) {
    return [
      {
        ruleId: 'NARRATIVE-SECTIONS',
        severity: 'INFO',
        message: '未能在正文中识别出“一、总体情况”至“六、其他需要报告的事项”任何一个章节标题，未检查章节结构',
        cells: [],
      },
    ];
  }
  const violations: Violation[] = found.flatMap((heading, section) =>
    heading
      ? []
      : [
          {
            ruleId: 'NARRATIVE-SECTIONS',
            severity: 'SOFT' as const,
            message: `正文缺少“${SIX_NARRATIVE_SECTIONS[section]}”部分（年度报告格式要求的六个部分之一）`,
            cells: [],
          },
        ],
  );
  const present = found
    .map((heading, section) => ({ heading, section }))
    .filter((entry): entry is { heading: Heading; section: number } => !!entry.heading);
  const isInOrder = present.every(
    (entry, index) => index === 0 || present[index - 1].heading.line < entry.heading.line,
  );
  if (!isInOrder) {
    const actualOrder = [...present]
      .sort((a, b) => a.heading.line - b.heading.line)
      .map((entry) => SIX_NARRATIVE_SECTIONS[entry.section].replace(/^[一二三四五六]、/, ''));
    violations.push({
      ruleId: 'NARRATIVE-SECTION-ORDER',
      severity: 'SOFT',
      message: `正文各部分顺序与年度报告格式不符，实际顺序为：${actualOrder.join(' → ')}`,
      cells: [],
    });
  }
  return violations;
}
