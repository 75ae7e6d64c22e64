/**
 * Which customer-variable names hold a secret. The vendor's example sends "CarrierUserPassword" in clear
 * text; any name that says password, secret, key or token (any case, common abbreviations too) is treated
 * as one. Shared by the server (which removes the value) and the browser (which never shows one anyway).
 */
const SECRET_NAME = /pass|pwd|secret|key|token|credential/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}
