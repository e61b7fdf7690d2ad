import { createReportDocument } from '../document/create-report-document';
import { everyCellFilled } from '../../test/fixtures';
import { findCopiedSections } from './find-copied-sections';

const LAST_YEAR_PROBLEMS =
  '一是政务公开工作人员业务能力有待提高，对条例的理解不够深入。二是政策解读形式较为单一，图解、视频等解读方式运用较少。' +
  '下一步，我局将加强业务培训，丰富解读形式，进一步提升政务公开工作水平。2022年共组织培训2次。';

function documentWith(problems: string, reportYear: number) {
  return createReportDocument({
    report: { ...everyCellFilled('2021'), reportYear },
    narrative: {
      sections: [
        { id: 'problems', text: problems },
        { id: 'other', text: '本年度未收取信息处理费。' },
      ],
    },
  });
}

describe('内容雷同: a section copied from last year’s report', () => {
  const lastYear = documentWith(LAST_YEAR_PROBLEMS, 2022);

  it('is flagged when the text is the same, even with this year’s numbers put in', () => {
    const copied = LAST_YEAR_PROBLEMS.replace('2022年共组织培训2次', '2023年共组织培训5次');
    const findings = findCopiedSections(documentWith(copied, 2023), lastYear);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'NARRATIVE-COPIED',
      severity: 'SOFT',
      actual: 1,
      sectionId: 'problems',
    });
    expect(findings[0].message).toContain(
      '“五、存在的主要问题及改进情况”与2022年报告的“五、存在的主要问题及改进情况”',
    );
  });

  it('is not flagged when the section was written anew', () => {
    const rewritten =
      '一是部分栏目更新不及时，基层政务公开标准目录落实不到位。二是依申请公开答复的规范性仍需加强，个别答复说理不充分。' +
      '2024年将建立栏目更新台账，开展答复文书评查，并邀请法律顾问参与审核。';
    expect(findCopiedSections(documentWith(rewritten, 2023), lastYear)).toEqual([]);
  });

  it('ignores short sections that are legitimately the same every year', () => {
    const findings = findCopiedSections(documentWith(LAST_YEAR_PROBLEMS + '新增一句。', 2023), lastYear);
    expect(findings.map((finding) => finding.message)).not.toContainEqual(
      expect.stringContaining('六、其他需要报告的事项'),
    );
  });
});
