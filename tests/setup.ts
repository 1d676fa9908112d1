// Component tests opt into jsdom per file (`// @vitest-environment jsdom`);
// the matchers are harmless in node tests.
import '@testing-library/jest-dom/vitest';
