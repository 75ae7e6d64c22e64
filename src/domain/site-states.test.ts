import { describeSiteValue } from './site-states';
import { isSecretName } from './secret-names';

describe('describeSiteValue', () => {
  it('reads the words of the customer details page through the status vocabulary', () => {
    expect(describeSiteValue('sbcDeploymentState', 'Deployed')).toMatchObject({ value: 'Deployed', severity: 'ok', undocumentedCode: false });
    expect(describeSiteValue('sbcConfigurationType', 'SipTrunk')).toMatchObject({ value: 'SipTrunk', severity: 'unknown', undocumentedCode: false });
  });

  it('shows an integer as its digits with a note, never a guessed word', () => {
    expect(describeSiteValue('sbcDeploymentState', 3)).toEqual({
      value: '3',
      severity: 'unknown',
      undocumentedCode: true,
    });
    expect(describeSiteValue('sbcConfigurationType', 0)?.value).toBe('0');
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
