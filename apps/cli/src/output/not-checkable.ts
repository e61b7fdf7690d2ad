import { NOT_CHECKABLE, type Violation } from '@nianbao/rules';

/**
 * The rules' finding for an identity that involves a cell the reader could not read (its `cells` name the unread
 * cells). It is INFO: the report may well be right, we only could not verify it — never an error to fix.
 */
export const isNotCheckable = (violation: Violation) => violation.ruleId === NOT_CHECKABLE;
