// Boundaries that `npm run lint` enforces (dependency-cruiser reads the TypeScript sources,
// type-only imports included). See ARCHITECTURE.md, "What lint enforces".
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No import cycles, type-only ones included: each type is declared where it is owned.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'renderer-no-cross-feature',
      severity: 'error',
      comment:
        'A feature folder imports only itself, lib/, app/ and shared code; what two features share moves to lib/.',
      from: { path: '^src/renderer/src/features/([^/]+)/' },
      to: { path: '^src/renderer/src/features/([^/]+)/', pathNot: '^src/renderer/src/features/$1/' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'src/shared runs in both processes: it never imports main, preload or renderer code.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(main|preload|renderer)/' },
    },
    {
      name: 'renderer-not-main',
      severity: 'error',
      comment: 'The renderer reaches the main process only through window.api (the contract).',
      from: { path: '^src/(renderer|preload)/' },
      to: { path: '^src/main/' },
    },
    {
      name: 'electron-in-the-shell-only',
      severity: 'error',
      comment: 'Only the thin shell imports electron; everything else runs under plain Node (tests, CLI).',
      from: { path: '^src/main/', pathNot: '^src/main/(index|ipc|window|dialogs)\\.ts$' },
      to: { path: '^electron$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    exclude: { path: '(^|/)(out|dist|node_modules)/' },
  },
};
