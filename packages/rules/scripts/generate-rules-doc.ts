import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderRulesDocument } from '../src/rules/rules-document';

const target = resolve(__dirname, '../../../docs/rules.md');
writeFileSync(target, renderRulesDocument());
console.log(`wrote ${target}`);
