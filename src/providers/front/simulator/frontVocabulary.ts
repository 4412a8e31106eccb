/** Word lists the generators draw names and text from. */

export const firstNames = [
  'Ada', 'Ben', 'Chloe', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam',
  'Maya', 'Nils', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wen', 'Yusuf', 'Zoe',
] as const;

export const lastNames = [
  'Abbott', 'Brennan', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka',
] as const;

export const companyWords = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne',
  'Soylent', 'Wonka', 'Gringotts', 'Oscorp', 'Massive', 'Dynamic', 'Northwind', 'Contoso', 'Fabrikam', 'Zenith',
] as const;

export const companySuffixes = ['Inc.', 'Ltd', 'GmbH', 'Labs', 'Group', 'Systems', 'Partners'] as const;

export const inboxNames = [
  'Support', 'Billing', 'Sales', 'Partnerships', 'Onboarding', 'Escalations', 'Feedback', 'Security',
  'Returns', 'Press',
] as const;

export const tagWords = [
  'urgent', 'vip', 'refund', 'bug', 'feature-request', 'churn-risk', 'invoice', 'shipping', 'login', 'outage',
  'renewal', 'trial', 'integration', 'mobile', 'api', 'gdpr', 'upgrade', 'downgrade', 'feedback', 'spam',
] as const;

export const highlights = ['red', 'orange', 'yellow', 'green', 'light-blue', 'blue', 'purple', 'pink', 'grey'] as const;

export const subjectWords = [
  'invoice', 'refund', 'shipment', 'password', 'reset', 'login', 'error', 'order', 'delayed', 'missing',
  'upgrade', 'plan', 'question', 'about', 'account', 'billing', 'broken', 'export', 'feature', 'request',
  'urgent', 'feedback', 'integration', 'webhook', 'timeout', 'renewal', 'contract', 'demo', 'trial', 'access',
] as const;

export const bodyWords = [
  'hello', 'thanks', 'please', 'could', 'you', 'check', 'the', 'status', 'of', 'my', 'order', 'again',
  'we', 'noticed', 'that', 'since', 'yesterday', 'it', 'fails', 'with', 'an', 'error', 'when', 'exporting',
  'data', 'best', 'regards', 'team', 'looking', 'into', 'this', 'now', 'will', 'update', 'soon', 'invoice',
] as const;
