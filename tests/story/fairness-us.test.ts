/** The fairness games of the us desk (tests/story/fairness-suite.ts says what they assert). */
import { fairnessSuite } from './fairness-suite.js';

fairnessSuite('us');
