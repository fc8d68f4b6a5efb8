import type {RegimeId} from '../../vocabulary/config-values.js';
import {euAiAct} from './eu-ai-act.js';
import {gdpr} from './gdpr.js';
import {hipaa} from './hipaa.js';
import {iso27001} from './iso27001.js';
import {iso42001} from './iso42001.js';
import {nistAiRmf} from './nist-ai-rmf.js';
import {pciDss} from './pci-dss.js';
import type {Regime} from './regime.js';
import {soc2} from './soc2.js';

export type {Regime, RegimeClause} from './regime.js';

/** Every regime the policy can cite, in the order of `REGIME_IDS`. */
export const REGIMES: Readonly<Record<RegimeId, Regime>> = Object.freeze({
  soc2,
  hipaa,
  gdpr,
  iso27001,
  'pci-dss': pciDss,
  'eu-ai-act': euAiAct,
  iso42001,
  'nist-ai-rmf': nistAiRmf,
});
