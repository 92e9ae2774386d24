// The shared test support, from the package's own source.
export * from '../../src/testing.js';
