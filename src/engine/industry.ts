import type {IndustryId} from './model.js';

/**
 * What is at stake for each industry. The purpose section leads with this, because people follow rules
 * whose reason they recognize: a hospital protects patients, a bank protects card data and market trust.
 */
export interface IndustryFraming {
  /** The people or assets whose trust the policy protects. */
  stakes: string;
  /** The data that must never leak through a prompt, in the industry's own words. */
  sensitiveData: string;
  /** What a leak would cost beyond the data itself. */
  harm: string;
}

export const INDUSTRY_FRAMING: Record<IndustryId, IndustryFraming> = {
  saas: {
    stakes: 'the customers who trust us with their data and the product we build for them',
    sensitiveData: 'customer data, proprietary source code and credentials',
    harm: 'a broken customer commitment, a leaked competitive advantage or a compromised production system',
  },
  healthcare: {
    stakes: 'patients, their privacy and the clinicians who rely on our systems',
    sensitiveData: 'protected health information (PHI), clinical records and the systems that process them',
    harm: 'harm to patients, a reportable breach and loss of the trust that care depends on',
  },
  'financial-services': {
    stakes: 'account holders, their money and the integrity of the financial system',
    sensitiveData:
      'cardholder data, account and transaction records, credentials and non-public financial information',
    harm: 'fraud, regulatory action and a loss of market confidence that is slow to recover',
  },
  government: {
    stakes: 'citizens and the public trust placed in government services',
    sensitiveData: 'citizen records, non-public government information and the credentials of public systems',
    harm: 'exposure of people who had no choice but to share their data with us, and damage to public trust',
  },
  education: {
    stakes: 'students, their families and the integrity of teaching and assessment',
    sensitiveData: 'student records, grades, and personal data of minors and staff',
    harm: 'exposure of students, many of them minors, and damage to academic integrity',
  },
  retail: {
    stakes: 'shoppers, their payment details and the brand they choose to trust',
    sensitiveData: 'cardholder data, customer profiles and order histories, and pricing and supplier terms',
    harm: 'payment fraud, regulatory penalties and lost customer loyalty',
  },
  manufacturing: {
    stakes: 'product designs, production processes and the safety of what we make',
    sensitiveData: 'designs, process know-how, supplier contracts and the credentials of operational systems',
    harm: 'lost intellectual property, disrupted production or unsafe changes to operational technology',
  },
  other: {
    stakes: 'the people and organizations who trust us with their information',
    sensitiveData: 'personal data, confidential business information, source code and credentials',
    harm: 'harm to the people concerned, legal exposure and lost trust',
  },
};
