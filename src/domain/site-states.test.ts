import { describeSiteValue, UNDOCUMENTED_CODE_NOTE } from './site-states';
import { isSecretName } from './secret-names';

describe('describeSiteValue', () => {
  it('reads the words of the customer details page through the status vocabulary', () => {
    expect(describeSiteValue('sbcDeploymentState', 'Deployed')).toMatchObject({ label: 'Deployed', severity: 'ok', undocumentedCode: false });
    expect(describeSiteValue('sbcConfigurationType', 'SipTrunk')).toMatchObject({ label: 'SipTrunk', undocumentedCode: false });
  });

  it('shows an integer as its digits with a note, never a guessed word', () => {
    expect(describeSiteValue('sbcDeploymentState', 3)).toEqual({
      value: '3',
      label: '3',
      severity: 'unknown',
      undocumentedCode: true,
      description: UNDOCUMENTED_CODE_NOTE,
    });
    expect(describeSiteValue('sbcConfigurationType', 0)?.label).toBe('0');
  });

  it('keeps "not sent" apart from 0', () => {
    expect(describeSiteValue('m365DeploymentState', null)).toBeNull();
    expect(describeSiteValue('m365DeploymentState', 0)).not.toBeNull();
  });
});

describe('isSecretName', () => {
  it.each(['CarrierUserPassword', 'carrierpassword', 'SBC_PWD', 'ApiKey', 'client_secret', 'AccessToken', 'PASSWD'])('%s is a secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  it.each(['CarierMailLine', 'CustomVar.Variable1', 'CarrierHostName', 'CacProfile'])('%s is not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});
