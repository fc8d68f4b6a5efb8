#!/usr/bin/env node
const io = {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};
const argv = process.argv.slice(2);

// `ai-policy render | head -1`: the reader closed the pipe and wants no more; stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

if (argv[0] === 'hook') {
  // An agent hook is a new process on every tool call: it loads its own few modules, not the whole CLI.
  const {runHook} = await import('./hook.js');
  process.exitCode = await runHook(argv.slice(1), io);
} else {
  const {runCli} = await import('./run.js');
  process.exitCode = await runCli(argv, io);
}
