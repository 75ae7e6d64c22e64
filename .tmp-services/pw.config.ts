import base from '../playwright.config';
const webServer = (Array.isArray(base.webServer) ? base.webServer : []).map((s) => ({ ...s, cwd: '/work/main' }));
export default { ...base, testDir: '.', timeout: 120_000, webServer };
