/** Tool names compare case- and space-insensitively: "GitHub Copilot" and "github  copilot" are one tool. */
export function normalizeToolName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
