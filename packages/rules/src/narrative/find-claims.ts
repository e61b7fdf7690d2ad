import { type CaseTopic, METRICS, type MetricDef, UNITS_OF } from './metrics';
import { findNumberMentions } from './number-mentions';
import { type Sentence, splitSentences } from './sentences';

/** Whose numbers a sentence gives: the reporting agency's own, or its whole region's (全县, 各部门…). */
export type Scope = 'own' | 'region';

/** A number the narrative states about the tables. */
export interface Claim {
  /** Usually one metric; “部分公开和不予公开的6件” states the sum of two. */
  metrics: MetricDef[];
  /** In the unit of the table (万元 for amounts). */
  value: number;
  /** As written, e.g. “6件”, “无”. */
  stated: string;
  sentence: Sentence;
  /** Where the label starts and the number ends in the sentence, for quoting. */
  start: number;
  end: number;
  scope: Scope;
  /** A share stated right after the number (“占总数的62%”), with where it stands in the sentence. */
  percent?: { value: number; decimals: number; start: number; end: number };
}

/** Label boundaries: a number's label never reaches back over these. “、” is not one: it joins “部分公开、不予公开”. */
const BOUNDARY = /[，,；;：:（()）。！？!?]/;
/** “全县”, “我区”: the whole region. (“各单位” is not: departments use it for their own divisions.) */
const REGION = /全(县|区|市|省|州|盟|旗|镇|乡)(?![长委])|我(县|区|市|省|州|盟|旗|镇|乡)/;
const OWN =
  /我(局|办|委|厅|院|中心|所|处|站|队|署|单位)|本(局|机关|单位|部门|办)|(办公室|局|委员会|中心)(共|全年)/;
const APPLICATION_CONTEXT = /申请|答复|办理|办结|处理结果/;
const SHARE = /占|比例|比重/;
const CHANGE = /同比|增长|下降|提高|上升|减少|增加|环比/;
const CONNECTOR = /^[”"’」]*\s*(和|及|与|、|以及|或)\s*[“"‘「]*$/;

interface MetricMatch {
  metric: MetricDef;
  start: number;
  end: number;
}

function lastMatch(pattern: RegExp, text: string): { start: number; end: number } | null {
  const global = new RegExp(pattern.source, 'g');
  let found: { start: number; end: number } | null = null;
  for (const match of text.matchAll(global)) {
    if (match[0].length) found = { start: match.index!, end: match.index! + match[0].length };
  }
  return found;
}

/** The case type a position of the sentence is about: whichever of 复议 and 诉讼 was named last before it. */
function topicAt(text: string, position: number): CaseTopic | null {
  const before = text.slice(0, position);
  const review = before.lastIndexOf('复议');
  const lawsuit = Math.max(
    before.lastIndexOf('诉讼'),
    before.lastIndexOf('起诉'),
    before.lastIndexOf('涉诉'),
  );
  if (review < 0 && lawsuit < 0) return null;
  // “复议后起诉” is a lawsuit: 起诉 comes after 复议.
  return lawsuit > review ? 'lawsuit' : 'review';
}

/**
 * The metric a label names: the match nearest the number wins (“在不同意公开答复中不是《条例》所指的政府信息达” is
 * the narrower ground), and metrics joined to it by 和/及/、 are summed with it.
 */
function metricsOfLabel(
  label: string,
  unit: string,
  topic: CaseTopic | null,
  hasApplicationContext: boolean,
): MetricDef[] {
  const matches: MetricMatch[] = [];
  for (const metric of METRICS) {
    if (metric.topic && metric.topic !== topic) continue;
    if (metric.needsApplicationContext && !hasApplicationContext) continue;
    if (!UNITS_OF[metric.unit].includes(unit)) continue;
    if (metric.requires && !metric.requires.test(label)) continue;
    if (metric.excludes?.test(label)) continue;
    const match = lastMatch(metric.pattern, label);
    if (match) matches.push({ metric, ...match });
  }
  const nearest = matches
    .filter((match) => label.length - match.end <= (match.metric.maxTail ?? 4))
    .sort(
      (a, b) =>
        b.end - a.end ||
        Number(!!b.metric.topic) - Number(!!a.metric.topic) ||
        b.end - b.start - (a.end - a.start),
    )[0];
  if (!nearest) return [];
  const joined = [nearest];
  for (;;) {
    const first = joined[joined.length - 1];
    const partner = matches.find(
      (match) =>
        match.end <= first.start &&
        match.metric.group === first.metric.group &&
        !joined.some((taken) => taken.metric === match.metric) &&
        CONNECTOR.test(label.slice(match.end, first.start)),
    );
    if (!partner) break;
    joined.push(partner);
  }
  return joined.reverse().map((match) => match.metric);
}

function labelStart(text: string, from: number, to: number): number {
  for (let index = to - 1; index >= from; index--) if (BOUNDARY.test(text[index])) return index + 1;
  return from;
}

const ZERO_CLAIMS: { metricId: string; clause: RegExp; requires?: RegExp; excludes?: RegExp }[] = [
  {
    metricId: 'REVIEW-TOTAL',
    clause: /(?<!尚)(未|没有|无)(发生|出现|收到|接到|有|被)?[^，。；]{0,25}复议|零复议/,
    excludes: /审结|败诉|纠错|纠正|维持/,
  },
  {
    metricId: 'LAWSUIT-TOTAL',
    clause: /(?<!尚)(未|没有|无)(发生|出现|收到|接到|有|被)?[^，。；]{0,25}(诉讼|起诉)|零诉讼/,
    excludes: /审结|败诉|纠错|纠正|维持|驳回/,
  },
  {
    metricId: 'FEES',
    clause: /(未|没有|无|不)(收取|收费)|免收|(未|没有)[^，。；]{0,20}收取[^，。；]{0,12}费/,
    requires: /费/,
  },
  { metricId: 'FULL-TIME-STAFF', clause: /(没有|无|未(设|配备|配置))[^，。；]{0,10}专职/ },
  { metricId: 'PART-TIME-STAFF', clause: /(没有|无|未(设|配备|配置))[^，。；]{0,10}兼职/ },
  {
    metricId: 'RECEIVED',
    clause: /(未|没有)(收到|受理)[^，。；]{0,20}申请/,
    requires: /依申请|公开申请|信息公开/,
    excludes: /复议|诉讼/,
  },
];

/** Statements of “none”: 零诉讼, 未收取任何费用, 没有专职人员… */
function zeroClaims(sentence: Sentence, scope: Scope): Claim[] {
  const claims: Claim[] = [];
  let offset = 0;
  for (const clause of sentence.text.split(/(?<=[，,；;。])/)) {
    for (const zero of ZERO_CLAIMS) {
      const match = zero.clause.exec(clause);
      if (!match || zero.excludes?.test(clause) || (zero.requires && !zero.requires.test(clause))) continue;
      const metric = METRICS.find((candidate) => candidate.id === zero.metricId)!;
      claims.push({
        metrics: [metric],
        value: 0,
        stated: '无（即 0）',
        sentence,
        start: offset,
        end: offset + clause.length,
        scope,
      });
    }
    offset += clause.length;
  }
  return claims;
}

/** “行政复议5起，全部维持”: every case of the stated total was upheld. */
function allKeptClaims(sentence: Sentence, claims: Claim[]): Claim[] {
  const kept: Claim[] = [];
  for (const match of sentence.text.matchAll(/全部(予以)?(维持|驳回)|均(被|予以)?(维持|驳回)/g)) {
    const topic = topicAt(sentence.text, match.index!);
    const total = [...claims]
      .reverse()
      .find(
        (claim) =>
          claim.end <= match.index! &&
          claim.metrics[0].id === `${topic === 'review' ? 'REVIEW' : 'LAWSUIT'}-TOTAL`,
      );
    if (!topic || !total) continue;
    const metric = METRICS.find(
      (candidate) => candidate.id === `${topic === 'review' ? 'REVIEW' : 'LAWSUIT'}-KEPT`,
    )!;
    kept.push({
      ...total,
      metrics: [metric],
      stated: `${match[0]}（${total.stated}）`,
      end: match.index! + match[0].length,
      percent: undefined,
    });
  }
  return kept;
}

function sentenceClaims(sentence: Sentence, scope: Scope, hasApplicationContext: boolean): Claim[] {
  const { text } = sentence;
  const claims: Claim[] = [];
  let previousEnd = 0;
  for (const mention of findNumberMentions(text)) {
    const sinceLast = text.slice(previousEnd, mention.start);
    const start = labelStart(text, previousEnd, mention.start);
    previousEnd = mention.end;
    const lastClaim = claims[claims.length - 1];
    if (mention.isPercent) {
      if (lastClaim && !lastClaim.percent && SHARE.test(sinceLast) && !CHANGE.test(sinceLast)) {
        lastClaim.percent = {
          value: mention.value,
          decimals: mention.decimals,
          start: mention.start,
          end: mention.end,
        };
      }
      continue;
    }
    const label = text.slice(start, mention.start).replace(/\s+/g, '');
    const metrics = metricsOfLabel(label, mention.unit, topicAt(text, mention.start), hasApplicationContext);
    if (!metrics.length) continue;
    if (metrics.length === 1 && metrics[0].isTotal && sinceLast.includes('其中')) continue;
    claims.push({
      metrics,
      value: mention.unit === '元' ? mention.value / 10000 : mention.value,
      stated: text.slice(mention.start, mention.end),
      sentence,
      start,
      end: mention.end,
      scope,
    });
  }
  return [...claims, ...allKeptClaims(sentence, claims), ...zeroClaims(sentence, scope)];
}

/** Every number the narrative states about the tables, in text order. */
export function findClaims(narrative: string): Claim[] {
  const sentences = splitSentences(narrative);
  const claims: Claim[] = [];
  let scope: Scope = 'own';
  sentences.forEach((sentence, index) => {
    const previous = sentences[index - 1];
    const isNewParagraph = !previous || previous.paragraph !== sentence.paragraph;
    if (REGION.test(sentence.text)) scope = 'region';
    else if (OWN.test(sentence.text) || isNewParagraph) scope = 'own';
    const hasApplicationContext =
      APPLICATION_CONTEXT.test(sentence.text) || (!isNewParagraph && APPLICATION_CONTEXT.test(previous.text));
    claims.push(...sentenceClaims(sentence, scope, hasApplicationContext));
  });
  return claims;
}
