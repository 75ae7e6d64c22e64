import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy*/waitFor wait for what a person would see; their deadline is a hang detector, not a speed
// budget (a loaded 2-core machine renders a whole page several times slower than an idle one; at
// load 20 the first import of a lazy page alone took over 20 s). Inside Vitest's 120 s per test.
configure({ asyncUtilTimeout: 60_000 });
