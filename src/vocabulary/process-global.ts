/**
 * One value per Node process under a registered symbol. Docusaurus loads the site config (which imports
 * the remark plugin) through its own module loader, so this package's modules can exist twice in one
 * process; state that both copies must share lives here.
 */
export function processGlobal<T>(name: string, create: () => T): T {
  const key = Symbol.for(`docusaurus-plugin-ai-policy.${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = slots[key];
  if (existing !== undefined) return existing;
  const created = create();
  slots[key] = created;
  return created;
}
