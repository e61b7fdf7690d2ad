import { Injectable } from '@nestjs/common';
import type { OrgType } from '@nianbao/workflow';
import { searchableText } from '../publication/public-copy.service';
import { normalizeSearchText, queryGrams, queryTerms } from '../publication/search-grams';
import type { SearchHit } from './pages/search-page';
import { PublicReportsRepository } from './public-reports.repository';

/** Candidates read per query; a jurisdiction publishes a few hundred reports a year. */
const CANDIDATE_LIMIT = 200;
const RESULT_LIMIT = 50;
const SNIPPET_CONTEXT = 40;
export const MAX_QUERY_LENGTH = 50;

/**
 * Full-text search over the published reports: the gram index narrows the reports to those holding every pair of
 * characters of the query, then each candidate's text is checked for every term (a pair index alone would match
 * 公开信息 for 信息公开), and the first match is shown in context.
 */
@Injectable()
export class PublicSearchService {
  constructor(private readonly reports: PublicReportsRepository) {}

  async search(query: string, orgTypes: readonly OrgType[]): Promise<SearchHit[]> {
    const terms = queryTerms(query.slice(0, MAX_QUERY_LENGTH));
    if (!terms.length) return [];
    const candidates = await this.reports.withGrams(queryGrams(terms.join(' ')), orgTypes, CANDIDATE_LIMIT);
    const hits: SearchHit[] = [];
    for (const copy of candidates) {
      const text = searchableText(copy).replace(/\s+/g, ' ');
      const normalized = normalizeSearchText(text);
      if (!terms.every((term) => normalized.includes(term))) continue;
      hits.push({
        reportId: copy.reportId,
        title: `${copy.orgName}${copy.reportYear}年政府信息公开工作年度报告`,
        publishedAt: copy.publishedAt,
        snippet: snippet(text, normalized, terms),
      });
      if (hits.length === RESULT_LIMIT) break;
    }
    return hits;
  }
}

/**
 * Text around the first match with every term marked. NFKC can change lengths, so positions are found on the
 * normalized text only when it has the original's length; otherwise the start of the text is shown unmarked.
 */
function snippet(text: string, normalized: string, terms: string[]): SearchHit['snippet'] {
  if (normalized.length !== text.length)
    return [{ text: text.slice(0, SNIPPET_CONTEXT * 2), isMatch: false }];
  const first = Math.min(...terms.map((term) => normalized.indexOf(term)));
  const start = Math.max(0, first - SNIPPET_CONTEXT);
  const end = Math.min(text.length, first + SNIPPET_CONTEXT * 2);
  const window = normalized.slice(start, end);
  const parts: SearchHit['snippet'] = [];
  let position = 0;
  while (position < window.length) {
    const next = terms
      .map((term) => ({ term, at: window.indexOf(term, position) }))
      .filter((match) => match.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    if (next.at > position)
      parts.push({ text: text.slice(start + position, start + next.at), isMatch: false });
    parts.push({ text: text.slice(start + next.at, start + next.at + next.term.length), isMatch: true });
    position = next.at + next.term.length;
  }
  if (position < window.length) parts.push({ text: text.slice(start + position, end), isMatch: false });
  if (start > 0) parts.unshift({ text: '…', isMatch: false });
  if (end < text.length) parts.push({ text: '…', isMatch: false });
  return parts;
}
