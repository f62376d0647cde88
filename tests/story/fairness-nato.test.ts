/** The fairness games of the nato desk (tests/story/fairness-suite.ts says what they assert). */
import { fairnessSuite } from './fairness-suite.js';

fairnessSuite('nato');
