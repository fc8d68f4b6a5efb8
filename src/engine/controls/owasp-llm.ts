import {type ControlFramework, mapping} from './framework.js';

/**
 * OWASP Top 10 for LLM Applications 2025: risks, not controls. An item maps to a risk it mitigates; the
 * list is voluntary guidance and applies to every policy about LLM tools, so it needs no regime.
 */
export const owaspLlmControls: ControlFramework = {
  id: 'owasp-llm',
  label: 'OWASP Top 10 for LLM Applications',
  edition: '2025',
  regime: null,
  voluntary: true,
  source:
    'ids and names as published at https://genai.owasp.org/llm-top-10/ (LLM01:2025 … LLM10:2025); checked against several public copies of the 2025 list, the OWASP pages themselves not opened',
  oscalSource: 'https://genai.owasp.org/llm-top-10/',
  oscalControlId: (id) => id.toLowerCase(),
  scope: [
    ['LLM01', 'Prompt Injection'],
    ['LLM02', 'Sensitive Information Disclosure'],
    ['LLM03', 'Supply Chain'],
    ['LLM04', 'Data and Model Poisoning'],
    ['LLM05', 'Improper Output Handling'],
    ['LLM06', 'Excessive Agency'],
    ['LLM07', 'System Prompt Leakage'],
    ['LLM08', 'Vector and Embedding Weaknesses'],
    ['LLM09', 'Misinformation'],
    ['LLM10', 'Unbounded Consumption'],
  ],
  mappings: [
    mapping(
      'org.data-classification',
      'LLM02',
      'partially',
      'the class rules keep sensitive data out of prompts; disclosure by a model of what it was trained on is the vendor’s risk',
    ),
    mapping(
      'org.approved-tools',
      'LLM03',
      'partially',
      'only reviewed vendors’ tools are used; the models, datasets and plugins behind them are not assessed by the policy',
    ),
    mapping(
      'org.code-review',
      'LLM05',
      'supports',
      'generated code is reviewed by a person before it reaches a system',
    ),
    mapping('org.code-review', 'LLM09', 'supports', 'a person checks generated output and owns it'),
    mapping(
      'org.budgets',
      'LLM10',
      'partially',
      'a budget owner and anomaly response limit runaway cost; rate limits on an application are not in the policy',
    ),
    mapping(
      'gdpr.minimisation',
      'LLM02',
      'supports',
      'only the personal data a purpose needs goes into a prompt',
    ),
    mapping('hipaa.min-necessary', 'LLM02', 'supports', 'only the minimum PHI goes into a prompt'),
    mapping('pci.no-sad', 'LLM02', 'supports', 'sensitive authentication data never goes into a prompt'),
    mapping('iso27001.dlp', 'LLM02', 'supports', 'leakage prevention on AI endpoints'),
    mapping('soc2.vendor-risk', 'LLM03', 'supports', 'each AI vendor is assessed'),
    mapping('iso27001.suppliers', 'LLM03', 'supports', 'AI suppliers are vetted and monitored'),
  ],
};
