/**
 * Where the facts of a policy built on baselines (`extends`) come from. Its own module, free of Node
 * built-ins, because the engine and the browser bundles read it; `layers.ts` computes it.
 */

/** One baseline of a resolved policy, as the page and the JSON download name it. */
export interface BaselineInfo {
  /** The package name, or the path as the overlay wrote it. */
  name: string;
  /** The package's version; null for a file. */
  version: string | null;
  /** The first 12 hex digits of the SHA-256 of the file's bytes: which text of the baseline was read. */
  hash: string;
}

/** Which baseline set each approved tool and data class: its name, or null for the site's own file. */
export interface PolicyProvenance {
  /** Baselines in the order they were applied, the most basic first. */
  baselines: BaselineInfo[];
  /** By the tool's position in `config.tools`. */
  tools: Array<string | null>;
  /** By the class's position in `config.dataClasses`. */
  dataClasses: Array<string | null>;
}
