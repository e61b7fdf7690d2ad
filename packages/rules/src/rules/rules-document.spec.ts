import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from './catalogue';
import { renderRulesDocument } from './rules-document';

describe('docs/rules.md', () => {
  it('is generated from the current definitions (run `pnpm docs:rules` after changing a rule or a format)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../../docs/rules.md'), 'utf8');
    expect(committed).toBe(renderRulesDocument());
  });

  it('documents every rule with a Chinese title', () => {
    const document = renderRulesDocument();
    for (const rule of RULES) {
      expect(document).toContain(`\`${rule.id}\``);
      expect(rule.title).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });
});
