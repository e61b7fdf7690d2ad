import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The search index of the 年报专栏: every distinct character and character pair of a published report's text, as a
 * number (see search-grams.ts). Kept by the application because MariaDB has no ngram FULLTEXT parser and sql.js's
 * FTS tokenizers do not split Chinese, so one table serves both storage modes.
 */
@Entity('public_search_grams')
@Index('idx_public_search_grams_report', ['reportId'])
export class PublicSearchGram {
  @PrimaryColumn({ type: 'int' })
  gram: number;

  @PrimaryColumn({ type: 'int' })
  reportId: number;
}
