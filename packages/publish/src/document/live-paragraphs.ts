import { LiveNumberError, readLiveNumber, resolveRuns } from '@nianbao/rules';
import type { LiveContext, LiveRun } from '@nianbao/rules';
import { PublishError, PublishErrorCode } from '../publish.error';
import type { Block } from './blocks';
import type { NarrativeSection } from './report-document';

/** The runs checked against the report's format: a reference to a cell the format lacks is refused. */
function checkedRuns(runs: LiveRun[], context: LiveContext, where: string): LiveRun[] {
  return runs.map((run) => {
    if ('text' in run) return run;
    try {
      return { number: readLiveNumber(run.number, context.report.formatId) };
    } catch (error) {
      if (error instanceof LiveNumberError) {
        throw new PublishError(
          PublishErrorCode.InvalidNarrative,
          `正文（narrative）${where}：${error.message}`,
        );
      }
      throw error;
    }
  });
}

/** Paragraphs with live numbers get the text their numbers print as for this report (and last year's). */
export function resolveBlocks(blocks: Block[], context: LiveContext, where: string): Block[] {
  return blocks.map((block, index) => {
    if (block.type !== 'paragraph' || !block.runs) return block;
    const runs = checkedRuns(block.runs, context, `${where}第 ${index + 1} 段`);
    return { type: 'paragraph', text: resolveRuns(runs, context).text.trim(), runs };
  });
}

export function resolveSection(section: NarrativeSection, context: LiveContext): NarrativeSection {
  return {
    ...section,
    blocks: resolveBlocks(section.blocks, context, `“${section.title}”`),
    subsections: section.subsections.map((sub) => resolveSection(sub, context)),
  };
}
