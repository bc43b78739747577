/**
 * The layering of the tree, checked in `npm test` (scripts/layering.test.ts) and by `npm run check`:
 * raw record → importer → record model → content → site → search. The model is the shared core;
 * the scripts may use it but not the site; nothing outside tests/ imports tests/; no cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules import each other in a circle: move the shared piece into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-the-core',
      severity: 'error',
      comment: 'src/model is the shared core: it imports nothing else of the project.',
      from: { path: '^src/model/' },
      to: { path: '^(src/(?!model/)|scripts/|tests/)' },
    },
    {
      name: 'scripts-use-the-model-not-the-site',
      severity: 'error',
      comment:
        'The importer, checker and benchmark may import src/model/ but not the site (src/site, src/markdown, src/people, src/search, src/components, src/pages, src/integrations).',
      from: { path: '^scripts/' },
      to: { path: '^src/(?!model/)' },
    },
    {
      name: 'src-does-not-import-scripts',
      severity: 'error',
      comment: 'The site does not depend on the importer, checker or benchmark.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      comment: 'Test helpers live in tests/; code in src/ and scripts/ must not depend on them.',
      from: { path: '^(src|scripts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'browser-code-stands-alone',
      severity: 'error',
      comment: 'src/search runs in the browser: it may import only the model and itself (its tests may build an index).',
      from: { path: '^src/search/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(?!search/|model/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|dist-test|\\.astro|\\.bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
